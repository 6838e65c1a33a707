"""Captured states equal transformers' own hidden states; the captured score equals the logits."""

import numpy as np
import pytest
import torch

from repshift.capture import Capture, capture, pool
from repshift.config import CaptureSpec
from repshift.models import inputs, load, sites


def _reference(model, tok, kind, pairs, max_length=256):
    enc = inputs.encode_pairs(tok, kind, pairs, max_length)
    seqs = enc.chosen + enc.rejected
    batch = inputs.pad_batch(seqs, tok.pad_token_id)
    with torch.no_grad():
        out = model(**batch, output_hidden_states=True)
    return batch, out


@pytest.mark.parametrize("pooling", ["auto", "mean"])
def test_capture_matches_output_hidden_states(tiny_dir, small_pairs, pooling):
    model, tok = load.load_base(str(tiny_dir))
    site = sites.for_model(model)
    pairs = small_pairs[:6]
    cap = capture(model, tok, pairs, CaptureSpec(pooling=pooling, batch_size=4))
    batch, out = _reference(model, tok, site.kind, pairs)
    how = ("first" if site.kind == "encoder" else "last") if pooling == "auto" else pooling
    n_layers = len(out.hidden_states)
    assert cap.n_layers == n_layers
    states = np.concatenate([cap.chosen, cap.rejected], axis=1)
    for layer in range(n_layers):
        ref = out.hidden_states[layer]
        if site.kind == "decoder" and layer == n_layers - 1:
            # repshift keeps the raw block output; transformers' last entry is after the final norm
            assert not np.allclose(states[layer], pool(ref, batch["attention_mask"], how).numpy(), atol=1e-3)
            if how != "last":
                continue  # the norm does not commute with mean pooling
            norm = sites.resolve(model, site.final_norm)
            with torch.no_grad():
                assert torch.allclose(
                    norm(torch.from_numpy(states[layer])), pool(ref, batch["attention_mask"], how), atol=1e-5
                )
            continue
        np.testing.assert_allclose(states[layer], pool(ref, batch["attention_mask"], how).numpy(), atol=1e-5)
    scores = np.concatenate([cap.score_chosen, cap.score_rejected])
    np.testing.assert_allclose(scores, out.logits[:, 0].numpy(), atol=1e-5)


def test_token_level_capture_and_round_trip(tmp_path, tiny_decoder_dir, small_pairs):
    model, tok = load.load_base(str(tiny_decoder_dir))
    pairs = small_pairs[:5]
    cap = capture(model, tok, pairs, CaptureSpec(token_layers=[1, 2], batch_size=3))
    enc = inputs.encode_pairs(tok, "decoder", pairs, 256)
    mats = cap.token_matrices(2)
    assert [len(m) for m in mats] == [len(s) for s in enc.chosen + enc.rejected]
    # the last token row of each matrix is the pooled state (last-token pooling)
    np.testing.assert_allclose(mats[0][-1], cap.chosen[2, 0], atol=1e-6)
    path = cap.save(tmp_path / "c.safetensors")
    back = Capture.load(path)
    assert back.item_ids == cap.item_ids and back.categories == cap.categories
    np.testing.assert_array_equal(back.chosen, cap.chosen)
    np.testing.assert_array_equal(back.token_matrices(1)[3], cap.token_matrices(1)[3])
    with pytest.raises(KeyError):
        back.token_matrices(0)


def test_batching_does_not_change_states(tiny_encoder_dir, small_pairs):
    model, tok = load.load_base(str(tiny_encoder_dir))
    a = capture(model, tok, small_pairs[:7], CaptureSpec(batch_size=1))
    b = capture(model, tok, small_pairs[:7], CaptureSpec(batch_size=7))
    np.testing.assert_allclose(a.chosen, b.chosen, atol=1e-5)
    np.testing.assert_allclose(a.score_rejected, b.score_rejected, atol=1e-5)
