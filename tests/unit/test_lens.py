"""Reward lens: at the last layer it reproduces the captured RM score; undefined layers are skipped."""

import numpy as np
import pytest
import torch

from repshift.capture import capture
from repshift.config import CaptureSpec
from repshift.lens import COLUMNS, lens_layers, lens_rows, lens_scores, reward_head
from repshift.models import load


def _rm(tiny_dir, seed=1):
    """The tiny base as a 'reward model': a seq-cls model whose random head is what the lens applies."""
    torch.manual_seed(seed)
    model, tok = load.load_base(str(tiny_dir))
    with torch.no_grad():  # a head with some scale, so scores of different states differ clearly
        for p in model.parameters():
            if p.ndim == 2 and p.shape[0] == 1:
                p.normal_(0, 1.0)
    return model, tok


def test_lens_at_last_layer_equals_the_captured_score(tiny_dir, small_pairs):
    model, tok = _rm(tiny_dir)
    cap = capture(model, tok, small_pairs[:8], CaptureSpec(batch_size=4))
    head = reward_head(model)
    last = cap.n_layers - 1
    sc, sr = lens_scores(head, cap, [last])
    np.testing.assert_allclose(sc[0], cap.score_chosen, atol=1e-5)
    np.testing.assert_allclose(sr[0], cap.score_rejected, atol=1e-5)
    assert np.ptp(cap.score_chosen) > 1e-3  # the comparison is not between constants
    # an earlier layer read by the same head gives other scores
    sc1, _ = lens_scores(head, cap, [1])
    assert np.abs(sc1[0] - cap.score_chosen).max() > 1e-3


def test_lens_on_a_roberta_head(tiny_encoder_dir, small_pairs, tmp_path):
    from transformers import RobertaConfig, RobertaForSequenceClassification

    tok = load.load_tokenizer(str(tiny_encoder_dir))
    torch.manual_seed(0)
    cfg = RobertaConfig(
        vocab_size=len(tok), hidden_size=32, num_hidden_layers=2, num_attention_heads=4, intermediate_size=64,
        max_position_embeddings=600, pad_token_id=tok.pad_token_id, num_labels=1,
    )  # fmt: skip
    model = RobertaForSequenceClassification(cfg).eval()
    cap = capture(model, tok, small_pairs[:6], CaptureSpec(batch_size=3))
    head = reward_head(model)
    assert head.reads == "first"
    sc, sr = lens_scores(head, cap, [cap.n_layers - 1])
    np.testing.assert_allclose(sc[0], cap.score_chosen, atol=1e-5)
    np.testing.assert_allclose(sr[0], cap.score_rejected, atol=1e-5)


def test_lens_rows_skip_constant_layer_zero_and_match_transfer_at_the_top(tiny_dir, small_pairs):
    from repshift.score import accuracy_table

    rm, tok = _rm(tiny_dir)
    base, _ = load.load_base(str(tiny_dir))
    pairs = small_pairs[:12]
    caps = {"rm": capture(rm, tok, pairs), "base": capture(base, tok, pairs)}
    assert 0 not in lens_layers(caps["rm"])  # first/last-token pooling: one special token everywhere
    rows = lens_rows(reward_head(rm), caps, "rm-en", "en", n_boot=200)
    assert rows and set(rows[0]) == set(COLUMNS)
    assert {r["layer"] for r in rows} == {1, 2} and {r["model"] for r in rows} == {"rm", "base"}
    top = next(r for r in rows if r["model"] == "rm" and r["layer"] == 2)
    c = caps["rm"]
    expected = accuracy_table(c.score_chosen > c.score_rejected, c.categories)["overall"]
    assert top["accuracy"] == pytest.approx(expected)
    assert all(r["ci_low"] <= r["accuracy"] <= r["ci_high"] for r in rows)


def test_lens_rows_refuse_captures_of_other_items(tiny_encoder_dir, small_pairs):
    rm, tok = _rm(tiny_encoder_dir)
    a = capture(rm, tok, small_pairs[:5])
    b = capture(rm, tok, small_pairs[1:6])
    with pytest.raises(ValueError, match="other items"):
        lens_rows(reward_head(rm), {"rm": a, "base": b}, "rm-en", "en", n_boot=10)
