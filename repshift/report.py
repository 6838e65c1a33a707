"""A self-contained HTML report of a run directory: tables, figures (embedded), manifest.

The report reads only the run directory, so it can be rebuilt at any time and opened anywhere.
"""

from __future__ import annotations

import base64
import html
from pathlib import Path
from typing import Any

from repshift import store
from repshift.plots import style
from repshift.train import health_warnings

CSS = """
body { font-family: system-ui, -apple-system, Segoe UI, Roboto, sans-serif; margin: 2rem auto; max-width: 1100px;
       color: #222; line-height: 1.45; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
.meta { color: #666; font-size: .9rem; }
.warn { background: #fdecea; border-left: 4px solid #c0392b; padding: .5rem .8rem; }
table { border-collapse: collapse; margin: .6rem 0; font-size: .9rem; }
th, td { border: 1px solid #ddd; padding: .25rem .6rem; text-align: right; }
th { background: #f4f4f4; } td:first-child, th:first-child { text-align: left; }
figure { margin: 1rem 0; } figure img { max-width: 100%; border: 1px solid #eee; }
figcaption { color: #555; font-size: .85rem; }
code { background: #f4f4f4; padding: 0 .25rem; }
"""

FIGURE_NOTES = {
    "transfer_matrix": "Overall accuracy of every RM (rows) on every language's held-out pairs (columns), with "
    "95 % paired bootstrap intervals over items; outlined: the RM's own training language.",
    "transfer_accuracy": "Each RM scored on each language's held-out pairs; error bars: 95 % paired bootstrap "
    "intervals over items (resampled within categories). Dashed line: chance.",
    "cka_by_layer": "Debiased linear CKA between the base's and the RM's pooled states on the same inputs. "
    "1 = the RM kept the base's representational geometry at that layer.",
    "cosine_drift_by_layer": "1 − cosine between the base's and the RM's pooled state of the same sequence, "
    "averaged over sequences; raw and after centring each model's states.",
    "difference_drift_by_layer": "Drift of the chosen − rejected difference vector, the direction a linear "
    "score head reads.",
    "spectral_by_layer": "σ₁/Σσᵢ of the centred pooled states: how much of the spread lies along one direction.",
    "norm_by_layer": "Mean L2 norm of pooled states per layer.",
    "probe_by_layer": "Logistic-regression probe for the preference (chosen − rejected, sign-flipped at random), "
    "cross-validated with folds grouped by item.",
    "alignment_by_layer": "Translations matched by item id: top-1 retrieval of an item's translation by cosine "
    "(each language centred; band: delete-one-item jackknife) and the mean cosine of translations (band: item "
    "bootstrap). Dashed: base.",
    "probes_by_layer": "Preference probe fitted on English items of one half, tested on the other half's items in "
    "every language (no translation of a training item is tested); selectivity = task − control accuracy "
    "(random labels per item, leave-one-language-out folds). The language-id probe is a sanity check.",
    "shift_transfer": "Per RM, Spearman ρ across languages between each shift summary (mean over layers) and "
    "transfer accuracy, exact permutation p; descriptive (n = number of languages, RMs never pooled).",
    "shift_compare": "RM vs RM difference of each shift measure (mean over layers) on the same inputs; 95 % "
    "intervals from item subsamples without replacement, the same subsets for every RM (paired).",
    "reward_lens_by_layer": "Reward lens: the RM's own score head (decoders: final norm then score; BERT: pooler "
    "then classifier) applied to every layer's pooled states; accuracy = chosen strictly above rejected, mean of "
    "categories; band: category-stratified item bootstrap. Lower row: the base's states read by the RM's head.",
    "spectral_tokens_by_lang": "σ₁/Σσᵢ per input (tokens × hidden, every input cut to the same token count) and of "
    "the pooled inputs × hidden matrix, every language cut to the same number of inputs. Bars: item bootstrap "
    "(per-input means) or item subsampling without replacement (pooled).",
    "norm_distributions": "L2 norms per language: input embeddings of the tokens the inputs use (special tokens "
    "left out) and pooled states at three layers; box = quartiles, whiskers = 5th–95th percentile.",
    "norm_ratios_by_layer": "Median norm of each language ÷ the reference language's; band: item bootstrap with "
    "items paired across languages. 1 = alike (descriptive).",
    "cka_matrix": "Debiased linear CKA between every base layer (rows) and every RM layer (columns).",
}


def _img(path: Path) -> str:
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return f'<img alt="{html.escape(path.stem)}" src="data:image/png;base64,{data}">'


def _table(df: Any, float_format: str = "{:.3f}") -> str:
    return df.to_html(border=0, float_format=lambda x: float_format.format(x), na_rep="–", escape=True)


def transfer_matrix(transfer: Any) -> Any:
    """RM x language matrix of overall accuracy with its interval, as strings."""
    o = transfer[transfer.category == "overall"].copy()
    if "ci_low" in o:
        o["cell"] = [
            f"{a:.3f} [{lo:.2f}, {hi:.2f}]"
            for a, lo, hi in zip(o.accuracy, o.ci_low, o.ci_high, strict=False)
        ]
    else:
        o["cell"] = o.accuracy.map("{:.3f}".format)
    m = o.pivot(index="rm", columns="lang", values="cell")
    m = m[style.order_langs(m.columns)]
    m.index = [style.rm_label(r) for r in m.index]
    return m


def shift_summary(metrics: Any) -> Any:
    """Mean over layers of every metric, per RM x language x model."""
    if metrics.empty:
        return metrics
    t = metrics.groupby(["metric", "model", "rm", "lang"]).value.mean().unstack("lang")
    return t[style.order_langs(t.columns)]


def render(run_dir: str | Path) -> str:
    """The report's HTML for ``run_dir``."""
    run_dir = Path(run_dir)
    manifest = store.read_json(run_dir / "manifest.json") if (run_dir / "manifest.json").is_file() else {}
    transfer = store.read_table(run_dir / "transfer.parquet")
    metrics = (
        store.read_table(run_dir / "metrics.parquet") if (run_dir / "metrics.parquet").is_file() else None
    )
    cfg = manifest.get("config", {})
    an = cfg.get("analyze") or cfg.get("eval", {})
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>repshift report · {html.escape(run_dir.name)}</title><style>{CSS}</style></head><body>",
        "<h1>repshift: reward-model representation shift across languages</h1>",
        f"<p class='meta'>Run <code>{html.escape(str(run_dir))}</code> · base <code>{html.escape(str(an.get('base', '?')))}</code>"
        f" · data <code>{html.escape(str(manifest.get('data_tag', an.get('data', '?'))))}</code>"
        f" · created {html.escape(str(manifest.get('created', '?')))} · git {html.escape(str(manifest.get('git_sha')))}</p>",
        *(f"<p class='warn'>{html.escape(w)}</p>" for w in health_warnings(manifest)),
        "<h2>Transfer accuracy</h2>",
        "<p>Overall = unweighted mean of category accuracies; a pair counts only when the chosen response "
        "scores strictly higher. Brackets: 95 % paired bootstrap interval over items.</p>",
        _table(transfer_matrix(transfer)),
    ]
    cats = transfer.pivot_table(index=["rm", "lang"], columns="category", values="accuracy")
    cats = cats[["overall", *sorted(c for c in cats.columns if c != "overall")]]
    rank = {g: k for k, g in enumerate(style.order_langs(transfer.lang.unique()))}
    cats = cats.sort_index(key=lambda ix: ix.map(rank) if ix.name == "lang" else ix)  # en, ko, de, zh
    parts += ["<h3>By category</h3>", _table(cats)]
    if metrics is not None and len(metrics):
        parts += ["<h2>Representation shift (mean over layers)</h2>", _table(shift_summary(metrics))]
    figs = sorted((run_dir / "figures").glob("*.png"))
    if figs:
        parts.append("<h2>Figures</h2>")
        first = ("transfer_matrix", "transfer_accuracy")
        order = sorted(figs, key=lambda p: (first.index(p.stem) if p.stem in first else len(first), p.stem))
        for f in order:
            note = FIGURE_NOTES.get(f.stem, "")
            parts.append(f"<figure>{_img(f)}<figcaption>{html.escape(note)}</figcaption></figure>")
    if manifest:
        parts += [
            "<h2>Configuration</h2>",
            f"<pre>{html.escape(_pretty(cfg))}</pre>",
            "<h2>Environment</h2>",
            f"<pre>{html.escape(_pretty(manifest.get('versions', {})))}</pre>",
            f"<p class='meta'>Seconds: {html.escape(_pretty(manifest.get('seconds', {})))}</p>",
        ]
    parts.append("</body></html>")
    return "\n".join(parts)


def _pretty(obj: Any) -> str:
    import json

    return json.dumps(obj, indent=2, sort_keys=True, default=str)


def write_report(run_dir: str | Path) -> Path:
    """Write ``report.html`` into ``run_dir`` and return its path."""
    run_dir = Path(run_dir)
    if not (run_dir / "transfer.parquet").is_file():
        raise FileNotFoundError(f"{run_dir}: not a run directory (no transfer.parquet)")
    return store.write_text(run_dir / "report.html", render(run_dir))
