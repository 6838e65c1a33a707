"""Linear probes: is preference (or language) linearly readable from a layer, and is that selective?

All probes are a standardised logistic regression with fixed seeds. Cross-validation folds are grouped
by item id wherever the question is "does it generalise to unseen items", so an item's rows (its
languages, its chosen and rejected sides) never sit on both sides of a split.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike

from repshift.metrics.registry import LayerView, as_float64, register

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

# scikit-learn is imported inside the functions: importing it costs ~2 s, and the CLI imports this
# package (for the registry's names) even for ``--help``.

Split = tuple[np.ndarray, np.ndarray]


@dataclass(frozen=True)
class ProbeResult:
    """Cross-validated probe accuracy."""

    accuracy: float
    """Accuracy pooled over all held-out rows (every row is predicted exactly once)."""
    fold_accuracies: np.ndarray
    """``(folds,)`` accuracy of each fold."""
    correct: np.ndarray
    """``(n,)`` whether each row was predicted right by the probe of the fold that held it out (for
    item-bootstrap intervals: :func:`repshift.metrics.stats.group_rows`)."""


@dataclass(frozen=True)
class Selectivity:
    """Result of :func:`control_selectivity` (Hewitt & Liang 2019)."""

    task: float
    """Accuracy on the real labels."""
    control: float
    """Accuracy on random per-item labels, same probe, same folds."""
    selectivity: float
    """``task - control``: accuracy not explained by memorising items."""
    seen_fraction: float
    """Share of held-out rows whose item also has rows in training; the control can only be
    memorised on those."""
    task_correct: np.ndarray
    """``(n,)`` held-out correctness of each row on the real labels."""
    control_correct: np.ndarray
    """``(n,)`` held-out correctness of each row on the control labels (same folds, so the two are
    paired row by row)."""


def make_probe(C: float = 1.0, seed: int = 0) -> Pipeline:
    """The one probe: standardise features, then L2 logistic regression."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=2000, random_state=seed))


def _labels(y: ArrayLike, n: int, name: str) -> np.ndarray:
    arr = np.asarray(y)
    if arr.shape != (n,):
        raise ValueError(f"{name} must have shape ({n},), got {arr.shape}")
    return arr


def grouped_folds(y: ArrayLike, groups: ArrayLike, folds: int = 5, seed: int = 0) -> list[Split]:
    """Stratified folds that never split a group: ``[(train_idx, test_idx), ...]``.

    Args:
        y: ``(n,)`` labels to stratify on.
        groups: ``(n,)`` group (item id) of each row; all rows of a group land in the same fold.
        folds: Number of folds; needs at least that many groups.
        seed: Shuffles the assignment of groups to folds.
    """
    from sklearn.model_selection import StratifiedGroupKFold

    ya = np.asarray(y)
    ga = _labels(groups, len(ya), "groups")
    n_groups = len(np.unique(ga))
    if n_groups < folds:
        raise ValueError(f"{folds} grouped folds need >= {folds} distinct groups, got {n_groups}")
    cv = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    return list(cv.split(np.zeros(len(ya)), ya, ga))


def _fit_score(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, y_test: np.ndarray, C: float, seed: int
) -> np.ndarray:
    """Per-row correctness ``(n_test,)`` of the probe fitted on the training rows."""
    classes = np.unique(y_train)
    if len(classes) == 1:
        # A fold can miss a class when labels are per item; the best a probe can do is predict it.
        return y_test == classes[0]
    return make_probe(C, seed).fit(X_train, y_train).predict(X_test) == y_test


def _cross_validate(
    X: np.ndarray, y: np.ndarray, splits: Sequence[Split], C: float, seed: int
) -> ProbeResult:
    correct = np.zeros(len(y), dtype=bool)
    fold_acc = np.empty(len(splits))
    for k, (train, test) in enumerate(splits):
        hits = _fit_score(X[train], y[train], X[test], y[test], C, seed)
        correct[test] = hits
        fold_acc[k] = hits.mean()
    correct.flags.writeable = False  # results are shared (see _MEMO)
    fold_acc.flags.writeable = False
    return ProbeResult(float(correct.mean()), fold_acc, correct)


def sign_flip(diff: ArrayLike, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Turn chosen - rejected differences ``(n, d)`` into a balanced binary task.

    Every difference points "towards chosen", so without flipping there is one class. Half the rows,
    chosen at random, are negated; label 1 marks an unflipped row.

    Returns:
        ``X: (n, d)`` the signed differences and ``y: (n,)`` the labels.
    """
    D = as_float64(diff, ndim=2, name="diff")
    # Exactly balanced (not coin flips) so both classes exist at any n >= 2.
    y = np.random.default_rng(seed).permutation(np.arange(len(D)) % 2)
    return D * np.where(y == 1, 1.0, -1.0)[:, None], y


def _apply_probe(view: LayerView) -> dict[str, float]:
    return {
        model: preference_probe(chosen - rejected, view.item_ids, seed=view.seed).accuracy
        for model, chosen, rejected in (
            ("base", view.base_chosen, view.base_rejected),
            ("rm", view.rm_chosen, view.rm_rejected),
        )
    }


@register(
    "probe",
    summary="Grouped-CV accuracy of a linear probe for preference on chosen - rejected, base and RM.",
    apply=_apply_probe,
    default=True,
)
def preference_probe(
    diff: ArrayLike, groups: ArrayLike, *, folds: int = 5, seed: int = 0, C: float = 1.0
) -> ProbeResult:
    """Is the preference direction linearly readable? Probe on randomly sign-flipped differences.

    Args:
        diff: ``(n, d)`` chosen - rejected states, one row per pair.
        groups: ``(n,)`` item id of each pair; folds never split an item.
        folds: Number of grouped folds.
        seed: Seeds the sign flips, the fold assignment and the probe.
        C: Inverse L2 strength of the logistic regression.

    Returns:
        Held-out accuracy; 0.5 is chance.
    """
    D = as_float64(diff, ndim=2, name="diff")
    g = _labels(groups, len(D), "groups")
    key = _content_key(D, g.astype(str), folds, seed, C)
    if key in _MEMO:
        _MEMO.move_to_end(key)
        return _MEMO[key]
    X, y = sign_flip(D, seed)
    result = _cross_validate(X, y, grouped_folds(y, g, folds, seed), C, seed)
    _MEMO[key] = result
    if len(_MEMO) > _MEMO_SIZE:
        _MEMO.popitem(last=False)
    return result


_MEMO: OrderedDict[bytes, ProbeResult] = OrderedDict()
_MEMO_SIZE = 2048
""":func:`preference_probe` is deterministic and its fits dominate the ``metrics`` step, which asks
for the same probe twice (its value, then its interval) and, in a multi-RM run, for the base's probe
once per RM. Results (a few hundred bytes each) are kept by input content, least recent out first."""


def _content_key(*parts: object) -> bytes:
    h = hashlib.blake2b(digest_size=20)
    for part in parts:
        if isinstance(part, np.ndarray):
            a = np.ascontiguousarray(part)
            h.update(f"{a.dtype}{a.shape}".encode())
            h.update(a.tobytes())
        else:
            h.update(repr(part).encode())
    return h.digest()


def transfer_probe(
    train_X: ArrayLike,
    train_y: ArrayLike,
    test_X: ArrayLike,
    test_y: ArrayLike,
    *,
    seed: int = 0,
    C: float = 1.0,
) -> float:
    """Accuracy on ``test`` (e.g. another language) of the probe fitted on all of ``train``.

    For preference, build both sides with :func:`sign_flip`. Items shared by the two languages do
    not leak: the probe sees the other language's rows only at test time.

    Args:
        train_X: ``(n_train, d)`` features.
        train_y: ``(n_train,)`` labels.
        test_X: ``(n_test, d)`` features, same ``d``.
        test_y: ``(n_test,)`` labels.
        seed: Seeds the probe.
        C: Inverse L2 strength.
    """
    Xtr = as_float64(train_X, ndim=2, name="train_X")
    Xte = as_float64(test_X, ndim=2, name="test_X")
    if Xtr.shape[1] != Xte.shape[1]:
        raise ValueError(f"train_X and test_X differ in width: {Xtr.shape[1]} vs {Xte.shape[1]}")
    ytr = _labels(train_y, len(Xtr), "train_y")
    yte = _labels(test_y, len(Xte), "test_y")
    return float(_fit_score(Xtr, ytr, Xte, yte, C, seed).mean())


def control_selectivity(
    X: ArrayLike,
    y: ArrayLike,
    items: ArrayLike,
    *,
    fold_groups: ArrayLike | None = None,
    folds: int = 5,
    seed: int = 0,
    C: float = 1.0,
) -> Selectivity:
    """Selectivity of a probe against a per-item control task (Hewitt & Liang 2019, adapted).

    In Hewitt & Liang each word *type* gets a random control label, and test sentences reuse types
    seen in training, so a probe that memorises types scores high on the control. Here an item id is
    the type and its rows (languages, chosen/rejected sides) are the tokens: every item gets one
    random label, drawn from the empirical distribution of ``y`` and shared by all its rows.

    Folds: task and control use the *same* folds, and those folds must keep other rows of a held-out
    row's item in training, or the control is at chance by construction and measures nothing. So the
    folds are stratified over rows (``fold_groups=None``) or grouped by ``fold_groups`` (e.g.
    language: leave-languages-out), never by item. A probe that can memorise items then scores high
    on the control and its selectivity is near 0, however high its task accuracy; a probe that reads
    a real, item-independent signal keeps high selectivity. (To ask whether a task generalises to
    unseen items, use item-grouped folds as :func:`preference_probe` does; that is a different
    question.)

    Args:
        X: ``(n, d)`` features.
        y: ``(n,)`` task labels.
        items: ``(n,)`` item id of each row; control labels are per item.
        fold_groups: ``(n,)`` groups to keep whole within folds, or ``None`` for row folds.
        folds: Number of folds.
        seed: Seeds control labels, folds and probe.
        C: Inverse L2 strength.

    Raises:
        ValueError: No held-out row has its item in training (e.g. one row per item).
    """
    Xa = as_float64(X, ndim=2, name="X")
    ya = _labels(y, len(Xa), "y")
    ia = _labels(items, len(Xa), "items")
    rng = np.random.default_rng(seed)
    uniq, inverse = np.unique(ia, return_inverse=True)
    for _ in range(100):
        item_labels = rng.choice(ya, size=len(uniq), replace=True)
        if len(np.unique(item_labels)) > 1:
            break
    else:
        raise ValueError("could not draw control labels with two classes; too few items")
    control = item_labels[inverse]

    if fold_groups is None:
        from sklearn.model_selection import StratifiedKFold

        splits: list[Split] = list(
            StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed).split(Xa, ya)
        )
    else:
        splits = grouped_folds(ya, _labels(fold_groups, len(Xa), "fold_groups"), folds, seed)
    seen = sum(np.isin(ia[test], ia[train]).sum() for train, test in splits) / len(ia)
    if seen == 0:
        raise ValueError(
            "no held-out row has its item in training, so the control task is at chance by "
            "construction; items need several rows and the folds must not be grouped by item"
        )
    task = _cross_validate(Xa, ya, splits, C, seed)
    ctrl = _cross_validate(Xa, control, splits, C, seed)
    return Selectivity(
        task.accuracy, ctrl.accuracy, task.accuracy - ctrl.accuracy, float(seen), task.correct, ctrl.correct
    )


def language_id_probe(
    X: ArrayLike, langs: ArrayLike, groups: ArrayLike, *, folds: int = 5, seed: int = 0, C: float = 1.0
) -> ProbeResult:
    """How well is the input language linearly readable? Multinomial probe, folds grouped by item.

    Grouping by item means held-out items are unseen in every language, so the probe cannot lean on
    content it has seen translated.

    Args:
        X: ``(n, d)`` states of parallel items in several languages.
        langs: ``(n,)`` language code of each row.
        groups: ``(n,)`` item id of each row.
        folds: Number of grouped folds.
        seed: Seeds folds and probe.
        C: Inverse L2 strength.
    """
    Xa = as_float64(X, ndim=2, name="X")
    ya = _labels(langs, len(Xa), "langs")
    return _cross_validate(
        Xa, ya, grouped_folds(ya, _labels(groups, len(Xa), "groups"), folds, seed), C, seed
    )
