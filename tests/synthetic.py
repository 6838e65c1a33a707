"""Synthetic captures of parallel items in several languages, for the cross-lingual steps' tests."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from repshift.capture import Capture


def make_caps(
    langs: Sequence[str] = ("en", "ko", "de"),
    n: int = 40,
    d: int = 16,
    layers: int = 3,
    *,
    content: float = 1.0,
    pref: float = 1.0,
    noise: float = 0.3,
    lang_offset: float = 2.0,
    seed: int = 0,
    drop: dict[str, list[int]] | None = None,
    shuffle: bool = True,
) -> dict[str, Capture]:
    """``{lang: Capture}`` with states ``(layers + 1, n, d)``; layer 0 is constant (a pooled special token).

    Item ``i`` has a content vector shared by its languages (scaled by ``content``), each language a
    fixed offset, and chosen - rejected = ``pref`` times one shared direction plus noise. Rows are in a
    different random order per language (``shuffle``) and ``drop`` removes items from a language.
    """
    rng = np.random.default_rng(seed)
    items = [f"item{i:03d}" for i in range(n)]
    c = content * rng.normal(size=(layers, n, d))
    w = rng.normal(size=(layers, 1, d))
    w /= np.linalg.norm(w, axis=-1, keepdims=True)
    cats = ["chat", "safety"] * (n // 2) + ["chat"] * (n % 2)
    caps = {}
    for lang in langs:
        off = lang_offset * rng.normal(size=(layers, 1, d))
        ch = c + off + pref * w / 2 + noise * rng.normal(size=(layers, n, d))
        rj = c + off - pref * w / 2 + noise * rng.normal(size=(layers, n, d))
        const = np.ones((1, n, d))
        ch, rj = np.concatenate([const, ch]), np.concatenate([const, rj])
        keep = [i for i in range(n) if i not in set((drop or {}).get(lang, []))]
        order = rng.permutation(keep) if shuffle else np.array(keep)
        caps[lang] = Capture(
            item_ids=[items[i] for i in order],
            categories=[cats[i] for i in order],
            chosen=ch[:, order].astype(np.float32),
            rejected=rj[:, order].astype(np.float32),
            score_chosen=rng.normal(size=len(order)).astype(np.float32) + 1,
            score_rejected=rng.normal(size=len(order)).astype(np.float32),
            pooling="first",
        )
    return caps


def perturbed(caps: dict[str, Capture], scale: float, seed: int = 1) -> dict[str, Capture]:
    """Copies of ``caps`` with Gaussian noise of ``scale`` added to layers >= 1 (an "RM")."""
    rng = np.random.default_rng(seed)
    out = {}
    for lang, cap in caps.items():
        ch, rj = cap.chosen.copy(), cap.rejected.copy()
        ch[1:] += scale * rng.normal(size=ch[1:].shape).astype(np.float32)
        rj[1:] += scale * rng.normal(size=rj[1:].shape).astype(np.float32)
        out[lang] = Capture(
            cap.item_ids, cap.categories, ch, rj, cap.score_chosen, cap.score_rejected, "first"
        )
    return out
