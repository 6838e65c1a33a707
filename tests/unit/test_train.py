"""The core trainer: parameters move, the loss falls, the saved RM is a plain transformers model."""

import json

import numpy as np
import pytest
import torch

from repshift.config import TrainSpec
from repshift.data.load import select
from repshift.models import load
from repshift.score import score_pairs
from repshift.train import (
    COLLAPSED,
    NOT_LEARNED,
    NULL,
    OK,
    TRAIN_INFO,
    rm_health,
    shuffled_labels,
    train_rm,
    training_health,
)


@pytest.fixture(scope="module")
def train_pairs(builtin_pairs):
    return select(builtin_pairs, languages=["en"], split="train", limit=48)


@pytest.mark.parametrize("method", ["lora", "full"])
def test_training_changes_parameters_and_lowers_loss(tmp_path, tiny_dir, train_pairs, method):
    # a memorisation task: 16 pairs, many epochs; the loss must fall well below log 2
    spec = TrainSpec(method=method, epochs=15, batch_size=8, lr=1e-2 if method == "lora" else 3e-3, seed=0)
    base, _ = load.load_base(str(tiny_dir))
    before = {k: v.clone() for k, v in base.state_dict().items()}
    result = train_rm(str(tiny_dir), train_pairs[:16], tmp_path / "rm", spec=spec, progress=False)
    losses = result.losses
    assert len(losses) == 30
    assert np.mean(losses[-4:]) < np.mean(losses[:4]) - 0.1, losses
    rm, _tok = load.load_rm(tmp_path / "rm")
    after = rm.state_dict()
    changed = [k for k in before if k in after and not torch.equal(before[k], after[k])]
    head = [k for k in changed if k.startswith(("classifier", "score"))]
    blocks = [k for k in changed if ".layer." in k or ".layers." in k]
    assert head, "score head did not change"
    # every block was adapted, not only the top one (LoRA on all linear layers, merged on save)
    n_blocks = base.config.num_hidden_layers
    assert {
        int(k.split(".layer.")[-1].split(".")[0])
        if ".layer." in k
        else int(k.split(".layers.")[-1].split(".")[0])
        for k in blocks
    } == set(range(n_blocks))
    info = json.loads((tmp_path / "rm" / TRAIN_INFO).read_text())
    assert info["n_train"] == 16 and info["spec"]["method"] == method
    assert (tmp_path / "rm" / "README.md").read_text().startswith("---")


def test_saved_rm_loads_with_transformers_alone_and_scores_identically(
    tmp_path, tiny_encoder_dir, small_pairs, train_pairs
):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    train_rm(
        str(tiny_encoder_dir), train_pairs[:16], tmp_path / "rm", spec=TrainSpec(epochs=1), progress=False
    )
    ours, tok = load.load_rm(tmp_path / "rm")
    s1 = score_pairs(ours, tok, "encoder", small_pairs)
    plain = AutoModelForSequenceClassification.from_pretrained(tmp_path / "rm").eval()
    ptok = AutoTokenizer.from_pretrained(tmp_path / "rm")
    batch = ptok(
        [p.prompt for p in small_pairs], [p.chosen for p in small_pairs], padding=True, return_tensors="pt"
    )
    with torch.no_grad():
        ref = plain(**batch).logits[:, 0].numpy()
    np.testing.assert_allclose(s1.chosen, ref, atol=1e-5)


def test_no_partial_directory_after_a_failure(tmp_path, tiny_encoder_dir, train_pairs):
    from transformers import TrainerCallback

    class Boom(TrainerCallback):
        def on_step_end(self, args, state, control, **kw):
            if state.global_step == 2:
                raise RuntimeError("interrupted")

    from repshift import train as train_mod

    with pytest.raises(RuntimeError, match="interrupted"):
        train_mod.train_rm(
            str(tiny_encoder_dir),
            train_pairs,
            tmp_path / "rm",
            spec=TrainSpec(epochs=1),
            progress=False,
            callbacks=[Boom()],
        )
    assert not (tmp_path / "rm").exists()


def test_shuffled_labels_flip_exactly_half(train_pairs):
    flipped = shuffled_labels(train_pairs, seed=1)
    swaps = sum(a.chosen == b.rejected for a, b in zip(train_pairs, flipped, strict=False))
    assert swaps == len(train_pairs) // 2
    assert shuffled_labels(train_pairs, seed=1) == flipped


def test_training_health_tells_collapse_from_no_learning_and_noise(tmp_path):
    rng = np.random.default_rng(0)
    ln2 = float(np.log(2))
    dip = list(np.linspace(0.69, 0.35, 20))
    # the shape of a real divergence (me5-small, zh, lr 1e-3): learns, then every pair scores alike
    collapsed = [0.69] * 20 + dip + list(ln2 + rng.normal(0, 3e-4, 95))
    assert training_health(collapsed)[0] == COLLAPSED
    flat = list(ln2 + rng.normal(0, 3e-3, 40))  # never learned: too short or lr too low
    assert training_health(flat)[0] == NOT_LEARNED
    noisy = [0.7] * 10 + list(np.clip(0.45 + rng.normal(0, 0.25, 35), 0.05, 1.2))  # batch-8 noise, learning
    assert training_health(noisy)[0] == OK
    assert training_health(flat, shuffled=True)[0] == NULL
    (tmp_path / TRAIN_INFO).write_text(json.dumps({"losses": collapsed, "spec": {"shuffle_labels": False},
                                                   "eval_accuracy": {"overall": 0.5}}))  # fmt: skip
    h = rm_health(tmp_path)
    assert h is not None and h["health"] == COLLAPSED and abs(h["final_loss"] - ln2) < 1e-3
    assert rm_health(tmp_path / "not-an-rm") is None


def test_a_first_conversion_of_the_base_does_not_change_the_trained_rm(
    tmp_path, tiny_dir, train_pairs, monkeypatch
):
    # A named base is converted on first use, which draws random numbers; the same recipe and seed
    # must give the same RM whether the base was cached or not (it once did not: cold and warm
    # `make run` trained different RM-en).
    from repshift.models import registry

    spec = TrainSpec(epochs=1, batch_size=8, seed=0)
    a = train_rm(str(tiny_dir), train_pairs[:16], tmp_path / "a", spec=spec, progress=False)
    real, calls = registry.resolve, []

    def converting(name):
        if not calls:
            torch.randn(10_000)  # what building the model during a conversion does to the global RNG
        calls.append(name)
        return real(name)

    monkeypatch.setattr(registry, "resolve", converting)
    b = train_rm(str(tiny_dir), train_pairs[:16], tmp_path / "b", spec=spec, progress=False)
    assert calls and a.losses == b.losses
    sa, sb = load.load_rm(tmp_path / "a")[0].state_dict(), load.load_rm(tmp_path / "b")[0].state_dict()
    assert all(torch.equal(sa[k], sb[k]) for k in sa)


@pytest.mark.parametrize("progress", [True, False])
def test_training_prints_a_bar_not_a_log_line_per_step(tmp_path, tiny_dir, train_pairs, capsys, progress):
    # logging_steps=1 keeps every loss for the health check; printing each step's dict buried the bar
    spec = TrainSpec(epochs=2, batch_size=8, seed=0)
    result = train_rm(str(tiny_dir), train_pairs[:16], tmp_path / "rm", spec=spec, progress=progress)
    out = capsys.readouterr()
    assert len(result.losses) == 4
    assert "'loss'" not in out.out + out.err and "grad_norm" not in out.out + out.err
    if progress:
        assert "4/4" in out.err and f"loss={result.losses[-1]:.3f}" in out.err
    else:
        assert "4/4" not in out.err
