"""Shift <-> transfer: per-RM Spearman across languages with exact p, never pooled."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest
from scipy.stats import spearmanr

from repshift.shift_transfer import correlate, shift_summaries

LANGS = ["en", "ko", "de", "zh", "es"]


def _metrics(shift: dict[str, list[float]]) -> pd.DataFrame:
    """CKA per RM and language at two layers (layer values v - 0.01 and v + 0.01, mean v)."""
    rows = []
    for rm, values in shift.items():
        for lang, v in zip(LANGS, values, strict=True):
            for layer, dv in ((1, -0.01), (2, 0.01)):
                rows.append(
                    {
                        "rm": rm,
                        "lang": lang,
                        "layer": layer,
                        "metric": "cka",
                        "model": "shift",
                        "value": v + dv,
                    }
                )
                rows.append(
                    {
                        "rm": rm,
                        "lang": lang,
                        "layer": layer,
                        "metric": "norm",
                        "model": "base",
                        "value": 10.0 + v,
                    }
                )
                rows.append(
                    {
                        "rm": rm,
                        "lang": lang,
                        "layer": layer,
                        "metric": "norm",
                        "model": "rm",
                        "value": 12.0 + 2 * v,
                    }
                )
    return pd.DataFrame(rows)


def _transfer(acc: dict[str, list[float]]) -> pd.DataFrame:
    rows = [
        {"rm": rm, "lang": lang, "category": cat, "accuracy": a if cat == "overall" else 0.0}
        for rm, values in acc.items()
        for lang, a in zip(LANGS, values, strict=True)
        for cat in ("overall", "chat")
    ]
    return pd.DataFrame(rows)


def _exact_p(x: np.ndarray, y: np.ndarray) -> float:
    rho = spearmanr(x, y).statistic
    perms = [spearmanr(x, np.array(p)).statistic for p in itertools.permutations(y)]
    return float(np.mean(np.abs(perms) >= abs(rho) - 1e-12))


def test_summaries_are_layer_means_plus_deltas():
    s = (
        shift_summaries(_metrics({"rm-en": [0.9, 0.8, 0.7, 0.6, 0.5]}))
        .set_index(["lang", "metric", "model"])
        .value
    )
    assert s[("ko", "cka", "shift")] == pytest.approx(0.8)
    assert s[("ko", "norm", "delta")] == pytest.approx((12 + 1.6) - (10 + 0.8))


def test_correlation_is_per_rm_with_exact_permutation_p():
    shift = {"rm-en": [0.95, 0.9, 0.7, 0.8, 0.6], "rm-ko": [0.5, 0.9, 0.6, 0.7, 0.8]}
    acc = {"rm-en": [0.9, 0.8, 0.6, 0.7, 0.65], "rm-ko": [0.6, 0.85, 0.5, 0.7, 0.55]}
    out = correlate(shift_summaries(_metrics(shift)), _transfer(acc), {"rm-en": "en", "rm-ko": "ko"})
    cka = out[(out.metric == "cka") & (out.model == "shift")].set_index(["rm", "scope"])
    for rm in shift:
        row = cka.loc[(rm, "all languages")]
        x, y = np.array(shift[rm]), np.array(acc[rm])
        assert row.n == 5 and row.langs == "en,ko,de,zh,es"
        assert row.rho == pytest.approx(spearmanr(x, y).statistic, abs=1e-12)
        assert row.p_value == pytest.approx(_exact_p(x, y), abs=1e-12)
        assert row.higher_means == "less shift" and "not pooled" in row.note
    # the scope without the RM's own training language
    own = cka.loc[("rm-ko", "languages other than ko")]
    keep = [i for i, lang in enumerate(LANGS) if lang != "ko"]
    assert own.n == 4
    assert own.rho == pytest.approx(
        spearmanr(np.array(shift["rm-ko"])[keep], np.array(acc["rm-ko"])[keep]).statistic
    )
    # never a pooled row over RMs
    assert set(out.rm) == {"rm-en", "rm-ko"} and (out.n <= len(LANGS)).all()


def test_too_few_languages_give_no_row_and_constants_are_said():
    m = _metrics({"rm-en": [0.9, 0.8, 0.7, 0.6, 0.5]})
    t = _transfer({"rm-en": [0.7] * 5})
    out = correlate(shift_summaries(m[m.lang.isin(["en", "ko"])]), t)
    assert out.empty
    out = correlate(shift_summaries(m), t)
    assert out.rho.isna().all() and out.note.str.startswith("undefined").all()
