"""Per-language geometry of the captured states: spectral concentration, norms, layer x layer CKA, UMAP.

Four analysis steps (pure functions first, the steps that apply them at the end):

- ``spectral_tokens`` (on when token-level states were captured, ``--capture-token-layers``): the
  paper's spectral concentration ``sigma_1 / sum(sigma_i)`` per input on its token x hidden matrix,
  and on the pooled ``n x d`` matrix (centred), at **equal size** across languages: every input
  subsampled to the same number of tokens (shorter inputs excluded and counted) and every language to
  the same number of inputs, because both statistics depend on size.
- ``norms``: distributions (quantiles) of the L2 norms of the input embeddings of the tokens each
  language's inputs use, and of every layer's pooled states, base vs RM; plus the ratio of each
  language's median norm to the reference language's with a paired item-bootstrap interval.
- ``cka_matrix`` (off by default): debiased CKA between every base layer and every RM layer.
- ``umap`` (off by default): 2-D UMAP of the pooled states of all languages, base and RM.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from repshift.analyze import RunData, register_step
from repshift.capture import Capture
from repshift.metrics import bootstrap_ci, cka_matrix, spectral_concentration, subsample_ci, umap_embed
from repshift.metrics.view_ci import method_label, normal_interval
from repshift.parallel import matched_indices, varying_layers
from repshift.plots.style import order_langs

log = logging.getLogger(__name__)

N_BOOT = 1000
"""Bootstrap replicates for per-item means and median ratios."""
REF_LANG = "en"
"""Reference language of the norm ratios (the first evaluation language when absent)."""
QUANTILES = {"q05": 0.05, "q25": 0.25, "q50": 0.5, "q75": 0.75, "q95": 0.95}

SPECTRAL_COLUMNS = [
    "rm", "lang", "layer", "form", "centered", "model", "value", "ci_low", "ci_high", "ci_method",
    "n_inputs", "tokens", "n_excluded",
]  # fmt: skip
NORM_COLUMNS = ["rm", "lang", "site", "layer", "model", "n", "mean", *QUANTILES]
RATIO_COLUMNS = [
    "rm", "site", "layer", "model", "lang", "ref_lang", "ratio", "ci_low", "ci_high", "n_items", "ci_method",
]  # fmt: skip
CKA_MATRIX_COLUMNS = ["rm", "lang", "layer_base", "layer_rm", "value"]
UMAP_COLUMNS = ["rm", "layer", "model", "lang", "item_id", "side", "x", "y"]


# --- spectral concentration at equal size -----------------------------------------------------------


def token_subsample(
    mats: Sequence[np.ndarray], tokens: int, seed: int = 0
) -> tuple[list[np.ndarray], np.ndarray]:
    """Every matrix with at least ``tokens`` rows cut to ``tokens`` rows drawn without replacement.

    Rows keep their order; which rows is seeded per input. Spectral concentration of a ``(t, d)``
    matrix grows as ``t`` shrinks, so inputs are compared at one ``t``.

    Returns:
        ``(subsampled matrices of the kept inputs, kept: (len(mats),) bool)``.
    """
    if tokens < 2:
        raise ValueError(f"tokens must be >= 2 (a centred single row has no spectrum), got {tokens}")
    rng = np.random.default_rng(seed)
    kept = np.array([len(m) >= tokens for m in mats], dtype=bool)
    out = [
        m[np.sort(rng.choice(len(m), size=tokens, replace=False))]
        for m, keep in zip(mats, kept, strict=True)
        if keep
    ]
    return out, kept


def equal_subset(n: int, size: int, seed: int = 0) -> np.ndarray:
    """Sorted indices of ``size`` of ``n`` units drawn without replacement (all of them if equal)."""
    if not 1 <= size <= n:
        raise ValueError(f"need 1 <= size <= n, got size={size}, n={n}")
    return np.arange(n) if size == n else np.sort(np.random.default_rng(seed).choice(n, size, replace=False))


def per_input_spectral(
    mats: Sequence[np.ndarray], items: Sequence[str], *, center: bool, n_boot: int = N_BOOT, seed: int = 0
) -> dict[str, Any]:
    """Mean per-input spectral concentration with a percentile bootstrap over items.

    A mean of per-input values, so resampling items (an item's inputs together) is valid.
    """
    values = np.array([spectral_concentration(m, center=center) for m in mats])
    ci = bootstrap_ci(_item_blocks(values, items), n_boot=n_boot, seed=seed)
    return {
        "value": float(values.mean()),
        "ci_low": float(ci.low[0]),
        "ci_high": float(ci.high[0]),
        "ci_method": f"item bootstrap, percentile 95 %, {n_boot} reps",
    }


def pooled_spectral(
    X: np.ndarray, items: Sequence[str], *, n_rep: int = 100, seed: int = 0
) -> dict[str, Any]:
    """Centred spectral concentration of pooled states ``X: (rows, d)`` with a subsampling interval.

    A set-level statistic: items are subsampled WITHOUT replacement (an item's rows together); the
    interval is ``estimate +- 1.96 se`` (:func:`repshift.metrics.view_ci.normal_interval`: spectral
    concentration rises as rows are removed, which a basic interval would turn into an offset).
    """

    def fn(A: np.ndarray, _B: np.ndarray) -> float:
        return spectral_concentration(A)

    if n_rep > 0:
        low, high = normal_interval(subsample_ci(X, X, fn, n_rep=n_rep, seed=seed, groups=np.asarray(items)))
    else:
        low = high = float("nan")
    return {
        "value": spectral_concentration(X),
        "ci_low": float(low),
        "ci_high": float(high),
        "ci_method": method_label(0.8, n_rep),
    }


def _item_blocks(values: np.ndarray, items: Sequence[str]) -> list[np.ndarray]:
    groups: dict[str, list[float]] = {}
    for v, i in zip(values, items, strict=True):
        groups.setdefault(i, []).append(float(v))
    return [np.array(g) for g in groups.values()]


def _sequences(cap: Capture) -> list[str]:
    """Item id of every sequence (chosen sequences first, then rejected: the token-matrix order)."""
    return [*cap.item_ids, *cap.item_ids]


def spectral_token_rows(
    caps: Mapping[str, Mapping[str, Capture]],
    layer: int,
    *,
    tokens: int | None = None,
    n_rep: int = 100,
    n_boot: int = N_BOOT,
    seed: int = 0,
) -> list[dict[str, Any]]:
    """Equal-size spectral concentration rows for ``caps = {model: {lang: capture}}`` at ``layer``.

    ``tokens``: tokens per input (default: the shortest input of any language, so none is excluded).
    Every language is cut to the smallest language's number of inputs (token form; after the
    exclusions) and of items (pooled form), by a seeded draw without replacement.
    """
    models = list(caps)
    langs = order_langs(next(iter(caps.values())))
    mats = {m: {lang: caps[m][lang].token_matrices(layer) for lang in langs} for m in models}
    lengths = [len(x) for lang in langs for x in mats[models[0]][lang]]
    t = min(lengths) if tokens is None else tokens
    rows: list[dict[str, Any]] = []
    for model in models:
        kept_by_lang = {}
        for lang in langs:
            sub, kept = token_subsample(mats[model][lang], t, seed=seed)
            seqs = [i for i, k in zip(_sequences(caps[model][lang]), kept, strict=True) if k]
            kept_by_lang[lang] = (sub, seqs, int((~kept).sum()))
        n_inputs = min(len(s[0]) for s in kept_by_lang.values())
        n_items = min(len(caps[model][lang].item_ids) for lang in langs)
        for lang in langs:
            sub, seqs, excluded = kept_by_lang[lang]
            common = {"lang": lang, "layer": layer, "model": model, "n_excluded": excluded}
            if n_inputs >= 2:
                pick = equal_subset(len(sub), n_inputs, seed)
                for center in (True, False):
                    stats = per_input_spectral(
                        [sub[i] for i in pick],
                        [seqs[i] for i in pick],
                        center=center,
                        n_boot=n_boot,
                        seed=seed,
                    )
                    rows.append(
                        {
                            **common,
                            "form": "token",
                            "centered": center,
                            "n_inputs": n_inputs,
                            "tokens": t,
                            **stats,
                        }
                    )
            cap = caps[model][lang]
            pick = equal_subset(len(cap.item_ids), n_items, seed)
            X = np.concatenate([cap.chosen[layer][pick], cap.rejected[layer][pick]]).astype(np.float64)
            ids = [cap.item_ids[i] for i in pick] * 2
            try:
                stats = pooled_spectral(X, ids, n_rep=n_rep, seed=seed)
            except ValueError as e:  # constant pooled states (layer 0 under first/last-token pooling)
                log.info(
                    "pooled spectral concentration undefined on %s layer %d (%s): %s", lang, layer, model, e
                )
                continue
            rows.append({**common, "form": "pooled", "centered": True, "n_inputs": 2 * n_items, "tokens": None,
                         "n_excluded": 0, **stats})  # fmt: skip
    return rows


# --- norms -------------------------------------------------------------------------------------------


def quantile_row(values: np.ndarray) -> dict[str, float]:
    """``n``, ``mean`` and the :data:`QUANTILES` of ``values``."""
    v = np.asarray(values, dtype=np.float64)
    qs = np.quantile(v, list(QUANTILES.values()))
    return {"n": len(v), "mean": float(v.mean()), **{k: float(q) for k, q in zip(QUANTILES, qs, strict=True)}}


def weighted_median(sorted_values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """``np.median`` of ``sorted_values`` repeated ``weights`` times, for each row of ``weights``.

    Args:
        sorted_values: ``(N,)`` ascending.
        weights: ``(B, N)`` non-negative integer multiplicities, each row with a positive sum.

    Returns:
        ``(B,)``: the mean of the two middle order statistics (one when the total is odd).
    """
    cw = np.cumsum(weights, axis=1)
    total = cw[:, -1]
    out = np.zeros(len(weights))
    for k in ((total - 1) // 2, total // 2):
        out += sorted_values[np.argmax(cw > k[:, None], axis=1)]
    return out / 2


def median_ratio_ci(
    blocks_a: Sequence[np.ndarray],
    blocks_b: Sequence[np.ndarray],
    *,
    paired: bool = True,
    n_boot: int = N_BOOT,
    seed: int = 0,
    alpha: float = 0.05,
) -> tuple[float, float, float]:
    """``median(a) / median(b)`` with a percentile bootstrap over items, and its interval.

    Args:
        blocks_a: Per-item arrays of values (e.g. the norms of one item's tokens) in language a.
        blocks_b: The same for language b; with ``paired`` item ``k`` of both is the same item
            (translations), resampled together, so what an item shares across languages cancels.
        paired: Resample the same items for both (needs equal numbers of items); else independently.
        n_boot: Bootstrap replicates.
        seed: Seed of the resampling.
        alpha: ``1 - alpha`` interval.

    Returns:
        ``(ratio, low, high)``.
    """
    if len(blocks_a) < 2 or len(blocks_b) < 2:
        raise ValueError("median_ratio_ci needs at least 2 items on each side")
    if paired and len(blocks_a) != len(blocks_b):
        raise ValueError(f"paired resampling needs the same items, got {len(blocks_a)} and {len(blocks_b)}")
    rng = np.random.default_rng(seed)

    def prepare(blocks: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        values = np.concatenate([np.asarray(b, dtype=np.float64).ravel() for b in blocks])
        owner = np.repeat(np.arange(len(blocks)), [np.size(b) for b in blocks])
        order = np.argsort(values, kind="stable")
        return values[order], owner[order]

    (va, oa), (vb, ob) = prepare(blocks_a), prepare(blocks_b)
    ratio = float(np.median(va) / np.median(vb))
    samples = np.empty(n_boot)
    for start in range(0, n_boot, 100):
        size = min(100, n_boot - start)
        ia = rng.integers(0, len(blocks_a), size=(size, len(blocks_a)))
        ib = ia if paired else rng.integers(0, len(blocks_b), size=(size, len(blocks_b)))
        ca, cb = _counts(ia, len(blocks_a)), _counts(ib, len(blocks_b))
        samples[start : start + size] = weighted_median(va, ca[:, oa]) / weighted_median(vb, cb[:, ob])
    low, high = np.quantile(samples, [alpha / 2, 1 - alpha / 2])
    return ratio, float(low), float(high)


def _counts(idx: np.ndarray, n: int) -> np.ndarray:
    """``(B, n)`` multiplicity of every unit in each row of resampled indices ``idx: (B, m)``."""
    counts = np.zeros((len(idx), n), dtype=np.int64)
    np.add.at(counts, (np.arange(len(idx))[:, None], idx), 1)
    return counts


def token_ids_by_item(tok: Any, kind: str, pairs: Sequence[Any], max_length: int) -> list[np.ndarray]:
    """Per pair, the ids of the tokens of its two encoded sequences, special tokens left out."""
    from repshift.models import inputs

    enc = inputs.encode_pairs(tok, kind, pairs, max_length)
    special = np.array(sorted(set(tok.all_special_ids)))
    out = []
    for c, r in zip(enc.chosen, enc.rejected, strict=True):
        ids = np.array([*c, *r], dtype=np.int64)
        out.append(ids[~np.isin(ids, special)])
    return out


def norm_tables(
    blocks: Mapping[tuple[str, int | None, str], Mapping[str, tuple[list[str], list[np.ndarray]]]],
    rm_label: str,
    *,
    ref_lang: str = REF_LANG,
    n_boot: int = N_BOOT,
    seed: int = 0,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Quantile rows and median-ratio rows from per-item norm blocks.

    Args:
        blocks: ``{(site, layer, model): {lang: (item ids, per-item arrays of norms)}}``.
        rm_label: The RM these rows belong to.
        ref_lang: Denominator of the ratios (the first language when absent).
        n_boot: Bootstrap replicates of the ratios.
        seed: Seed of the bootstrap.
    """
    quantiles: list[dict[str, Any]] = []
    ratios: list[dict[str, Any]] = []
    for (site, layer, model), by_lang in blocks.items():
        langs = order_langs(by_lang)
        ref = ref_lang if ref_lang in by_lang else langs[0]
        for lang in langs:
            ids, arrays = by_lang[lang]
            quantiles.append({"rm": rm_label, "lang": lang, "site": site, "layer": layer, "model": model,
                              **quantile_row(np.concatenate(arrays))})  # fmt: skip
            if lang == ref:
                continue
            rows_a, rows_b, common = matched_indices(ids, by_lang[ref][0])
            paired = len(common) >= 2
            a = [arrays[i] for i in rows_a] if paired else arrays
            b = [by_lang[ref][1][i] for i in rows_b] if paired else by_lang[ref][1]
            ratio, low, high = median_ratio_ci(a, b, paired=paired, n_boot=n_boot, seed=seed)
            method = f"item bootstrap ({'items paired across languages' if paired else 'unpaired'}), percentile 95 %, {n_boot} reps"
            ratios.append({"rm": rm_label, "site": site, "layer": layer, "model": model, "lang": lang,
                           "ref_lang": ref, "ratio": ratio, "ci_low": low, "ci_high": high,
                           "n_items": len(common) if paired else min(len(a), len(b)), "ci_method": method})  # fmt: skip
    return quantiles, ratios


def pooled_norm_blocks(cap: Capture, layer: int) -> tuple[list[str], list[np.ndarray]]:
    """Per item, the L2 norms of its chosen and rejected pooled states at ``layer``."""
    norms = np.stack([np.linalg.norm(cap.chosen[layer].astype(np.float64), axis=1),
                      np.linalg.norm(cap.rejected[layer].astype(np.float64), axis=1)], axis=1)  # fmt: skip
    return list(cap.item_ids), list(norms)


# --- layer x layer CKA, UMAP --------------------------------------------------------------------------


def _all_states(cap: Capture) -> np.ndarray:
    """``(layers + 1, 2 n, d)``: chosen rows then rejected rows of every layer."""
    return np.concatenate([cap.chosen, cap.rejected], axis=1)


def layer_states(cap: Capture, layer: int) -> np.ndarray:
    """All pooled states of ``layer``, chosen rows then rejected rows, float64 ``(2 n, d)``."""
    return np.concatenate([cap.chosen[layer], cap.rejected[layer]]).astype(np.float64)


def cka_matrix_rows(base: Capture, rm: Capture, rm_label: str, lang: str) -> list[dict[str, Any]]:
    """Debiased CKA of every varying base layer with every varying RM layer, on the same inputs."""
    if base.item_ids != rm.item_ids:
        raise ValueError("base and RM captures are for different items")
    lb, lr = varying_layers(_all_states(base)), varying_layers(_all_states(rm))
    M = cka_matrix([layer_states(base, i) for i in lb], [layer_states(rm, j) for j in lr])
    return [
        {"rm": rm_label, "lang": lang, "layer_base": i, "layer_rm": j, "value": float(M[a, b])}
        for a, i in enumerate(lb)
        for b, j in enumerate(lr)
    ]


def default_layers(caps: Sequence[Capture]) -> list[int]:
    """First varying, middle and last layer of the captures."""
    varying = sorted(set.intersection(*(set(varying_layers(_all_states(c))) for c in caps)))
    if not varying:
        return []
    return sorted({varying[0], varying[len(varying) // 2], varying[-1]})


def umap_rows(caps: Mapping[str, Capture], layer: int, seed: int = 0) -> list[dict[str, Any]]:
    """2-D UMAP (fixed seed) of the pooled states of every language at ``layer``, fitted jointly."""
    langs = order_langs(caps)
    X = np.concatenate([layer_states(caps[lang], layer) for lang in langs])
    xy = umap_embed(X, seed=seed)
    rows: list[dict[str, Any]] = []
    k = 0
    for lang in langs:
        ids = caps[lang].item_ids
        for side in ("chosen", "rejected"):
            for item in ids:
                rows.append({"layer": layer, "lang": lang, "item_id": item, "side": side,
                             "x": float(xy[k, 0]), "y": float(xy[k, 1])})  # fmt: skip
                k += 1
    return rows


# --- analysis steps ----------------------------------------------------------------------------------


@register_step("spectral_tokens")
def spectral_tokens_step(data: RunData) -> dict[str, Any]:
    """Per-input and pooled spectral concentration at equal size across languages, base vs RM."""
    import pandas as pd

    if not data.cap.token_layers:
        if data.spec.steps and "spectral_tokens" in data.spec.steps:
            raise ValueError(
                "step spectral_tokens needs token-level states: pass --capture-token-layers, e.g. 6,12"
            )
        log.info("spectral_tokens: no token-level layers captured (--capture-token-layers); skipped")
        return {}
    rows: list[dict[str, Any]] = []
    for layer in data.cap.token_layers:
        for label, caps in data.rms.items():
            got = spectral_token_rows(
                {"base": data.base, "rm": caps}, layer, tokens=data.spec.token_count, n_rep=data.spec.ci_reps,
                seed=data.train.seed,
            )  # fmt: skip
            rows += [{"rm": label, **r} for r in got]
    df = pd.DataFrame(rows, columns=SPECTRAL_COLUMNS)
    df["tokens"] = df["tokens"].astype("Int64")
    return {"spectral_tokens": df}


@register_step("norms")
def norms_step(data: RunData) -> dict[str, Any]:
    """Norm distributions per language: input embeddings of the tokens used, every layer's pooled states."""
    import pandas as pd

    from repshift.models import sites
    from repshift.models.load import load_base, load_rm

    def embedding_blocks(model: Any, tok: Any) -> dict[str, tuple[list[str], list[np.ndarray]]]:
        norms, kind = _embedding_norms(model), sites.for_model(model).kind
        return {
            lang: (
                [p.item_id for p in ps],
                [norms[ids] for ids in token_ids_by_item(tok, kind, ps, data.cap.max_length)],
            )
            for lang, ps in data.pairs.items()
        }

    def pooled_blocks(
        caps: Mapping[str, Capture],
    ) -> dict[int, dict[str, tuple[list[str], list[np.ndarray]]]]:
        layers = set.intersection(*(set(varying_layers(_all_states(c))) for c in caps.values()))
        return {
            layer: {lang: pooled_norm_blocks(c, layer) for lang, c in caps.items()}
            for layer in sorted(layers)
        }

    model, tok = load_base(data.spec.base)
    base_blocks: dict[tuple[str, int | None, str], Any] = {
        ("input_embedding", None, "base"): embedding_blocks(model, tok)
    }
    del model
    base_blocks |= {("pooled", layer, "base"): b for layer, b in pooled_blocks(data.base).items()}
    quantiles: list[dict[str, Any]] = []
    ratios: list[dict[str, Any]] = []
    for label, caps in data.rms.items():
        model, tok = load_rm(data.rm_paths[label])
        blocks = {**base_blocks, ("input_embedding", None, "rm"): embedding_blocks(model, tok)}
        del model
        blocks |= {("pooled", layer, "rm"): b for layer, b in pooled_blocks(caps).items()}
        q, r = norm_tables(blocks, label, seed=data.train.seed)
        quantiles += q
        ratios += r
    qdf = pd.DataFrame(quantiles, columns=NORM_COLUMNS)
    rdf = pd.DataFrame(ratios, columns=RATIO_COLUMNS)
    for df in (qdf, rdf):
        df["layer"] = df["layer"].astype("Int64")
    return {"norms": qdf, "norm_ratios": rdf}


def _embedding_norms(model: Any) -> np.ndarray:
    """L2 norm of every row of the model's input embedding matrix, float64 ``(vocab,)``."""
    import torch

    with torch.no_grad():
        W = model.get_input_embeddings().weight.detach().double()
        return torch.linalg.vector_norm(W, dim=1).numpy()


@register_step("cka_matrix", default=False)
def cka_matrix_step(data: RunData) -> dict[str, Any]:
    """Debiased CKA of every base layer against every RM layer, per RM and language."""
    import pandas as pd

    rows: list[dict[str, Any]] = []
    for label, caps in data.rms.items():
        for lang, c in caps.items():
            rows += cka_matrix_rows(data.base[lang], c, label, lang)
    return {"cka_matrix": pd.DataFrame(rows, columns=CKA_MATRIX_COLUMNS)}


@register_step("umap", default=False)
def umap_step(data: RunData) -> dict[str, Any]:
    """UMAP of the pooled states of all languages at a few layers; base and every RM fitted apart."""
    import pandas as pd

    layers = data.spec.umap_layers or default_layers([*data.base.values()])
    rows: list[dict[str, Any]] = []
    for layer in layers:
        base = umap_rows(data.base, layer, seed=data.train.seed)
        for label, caps in data.rms.items():
            rows += [{"rm": label, "model": "base", **r} for r in base]
            rows += [{"rm": label, "model": "rm", **r} for r in umap_rows(caps, layer, seed=data.train.seed)]
    return {"umap": pd.DataFrame(rows, columns=UMAP_COLUMNS)}
