"""Registered metrics applied to one LayerView equal the public functions they wrap."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import repshift.metrics as metrics
from repshift.metrics import LayerView


def apply(name: str, view: LayerView) -> dict[str, float]:
    applier = metrics.get(name).apply
    assert applier is not None
    return applier(view)


@pytest.fixture
def view() -> LayerView:
    rng = np.random.default_rng(0)
    n, d = 40, 12
    bc, br = rng.normal(size=(n, d)) + 2.0, rng.normal(size=(n, d)) + 2.0
    br[:, 0] -= 2.0  # a preference direction the probe can read
    return LayerView(
        lang="ko",
        layer=3,
        base_chosen=bc,
        base_rejected=br,
        rm_chosen=bc + 0.5 * rng.normal(size=(n, d)),
        rm_rejected=br + 0.5 * rng.normal(size=(n, d)),
        item_ids=np.arange(n),
        categories=np.array(["chat"] * n),
        seed=1,
    )


def test_registered_names():
    assert metrics.defaults() == ["cka", "cosine_drift", "difference_drift", "norm", "probe", "spectral"]
    assert "cka_biased" in metrics.names(layerwise=True)
    assert metrics.get("cka").func is metrics.linear_cka


def test_every_default_applies_to_a_layer(view):
    expected_keys = {
        "cka": {"shift"},
        "cosine_drift": {"shift", "shift_centered"},
        "difference_drift": {"shift"},
        "norm": {"base", "rm"},
        "probe": {"base", "rm"},
        "spectral": {"base", "rm"},
    }
    for name in metrics.defaults():
        out = apply(name, view)
        assert set(out) == expected_keys[name]
        assert all(isinstance(v, float) and np.isfinite(v) for v in out.values())


def test_applied_values_equal_the_functions(view):
    assert apply("cka", view)["shift"] == metrics.linear_cka(view.base, view.rm)
    assert apply("cka_biased", view)["shift"] == metrics.linear_cka(view.base, view.rm, debiased=False)
    assert apply("cosine_drift", view)["shift_centered"] == pytest.approx(
        metrics.cosine_drift(view.base, view.rm, centered=True).mean()
    )
    assert apply("spectral", view)["rm"] == metrics.spectral_concentration(view.rm)
    probe = apply("probe", view)
    assert (
        probe["base"]
        == metrics.preference_probe(
            view.base_chosen - view.base_rejected, view.item_ids, seed=view.seed
        ).accuracy
    )
    assert probe["base"] > 0.8


def test_torch_tensors_accepted_everywhere():
    rng = np.random.default_rng(1)
    X, Y = rng.normal(size=(20, 6)), rng.normal(size=(20, 6))
    Xt, Yt = torch.tensor(X, dtype=torch.float32), torch.tensor(Y, dtype=torch.float32)
    X32, Y32 = Xt.double().numpy(), Yt.double().numpy()
    assert metrics.spectral_concentration(Xt) == pytest.approx(metrics.spectral_concentration(X32), abs=1e-12)
    assert np.allclose(metrics.cosine_drift(Xt, Yt), metrics.cosine_drift(X32, Y32), atol=1e-12)
    assert np.allclose(metrics.l2_norms(Xt), metrics.l2_norms(X32), atol=1e-12)
    assert metrics.retrieval_top1(Xt, Yt) == metrics.retrieval_top1(X32, Y32)


def test_non_finite_input_raises():
    X = np.ones((10, 3))
    X[2, 1] = np.nan
    with pytest.raises(ValueError, match="non-finite"):
        metrics.linear_cka(X, np.random.default_rng(0).normal(size=(10, 3)))
