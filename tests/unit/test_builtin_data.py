"""The shipped multilingual preference set: parallel, split by item, in the right scripts, and not
solvable from surface cues of the responses alone."""

from collections import Counter, defaultdict

import numpy as np
import pytest

from repshift import langs
from repshift.data import builtin
from repshift.data.builtin import generate

LANGS = generate.LANGS


@pytest.fixture(scope="module")
def by_lang(builtin_pairs):
    out = defaultdict(list)
    for p in builtin_pairs:
        out[p.language].append(p)
    return out


def test_shipped_file_equals_a_fresh_generation():
    fresh = generate.records()
    import json

    shipped = [json.loads(line) for line in builtin.PATH.read_text(encoding="utf-8").splitlines()]
    assert shipped == fresh, "prefs.jsonl is stale: run `make data`"


def test_languages_sizes_and_categories(by_lang):
    assert set(by_lang) == set(LANGS) and {"en", "ko", "de", "zh", "es", "it"} <= set(LANGS)
    for lang, pairs in by_lang.items():
        assert len(pairs) >= 400, lang
        assert {p.category for p in pairs} == {"chat", "safety", "reasoning"}


def test_items_are_parallel_and_split_by_item(by_lang):
    ref = {p.item_id: (p.split, p.category) for p in by_lang["en"]}
    for lang, pairs in by_lang.items():
        assert {p.item_id: (p.split, p.category) for p in pairs} == ref, lang


def test_split_is_75_25_stratified_by_category(by_lang):
    counts = Counter((p.category, p.split) for p in by_lang["en"])
    for cat in ("chat", "safety", "reasoning"):
        share = counts[(cat, "test")] / (counts[(cat, "test")] + counts[(cat, "train")])
        assert 0.22 <= share <= 0.28, (cat, share)


def test_safety_families_never_straddle_the_split(by_lang):
    fam_splits = defaultdict(set)
    for p in by_lang["en"]:
        if p.category == "safety":
            fam_splits[p.item_id.rsplit("-", 1)[0]].add(p.split)
    assert fam_splits and all(len(s) == 1 for s in fam_splits.values())


@pytest.mark.parametrize("lang", LANGS)
def test_every_text_is_in_its_language_script(by_lang, lang):
    bad = [
        (p.id, field)
        for p in by_lang[lang]
        for field in ("prompt", "chosen", "rejected")
        if not langs.in_script(getattr(p, field), lang)
    ]
    assert not bad, bad[:5]


def test_chosen_and_rejected_differ_and_math_is_right(by_lang):
    for p in by_lang["en"]:
        assert p.chosen != p.rejected
    for name, schema in generate.MATH.items():
        for i in range(generate.MATH_ITEMS_PER_SCHEMA):
            n = schema.draw(generate._rng("math", name, i))
            right = generate.solve(schema, n)
            for err in generate.MATH_ERRORS:
                wrong = generate.solve(schema, n, err)
                assert wrong["r2"] != right["r2"] and wrong["r2"] >= 0


def _length_baseline(pairs):
    return float(
        np.mean(
            [
                1.0 if len(p.chosen) > len(p.rejected) else 0.5 if len(p.chosen) == len(p.rejected) else 0.0
                for p in pairs
            ]
        )
    )


def _bow_baseline(train, test, lang):
    """Logistic regression on bag-of-words of single responses (chosen = 1, rejected = 0); a test pair
    counts when the chosen response gets the higher score."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    cjk = langs.get(lang).script in ("Hang", "Hans", "Hant", "Jpan")
    vec = CountVectorizer(analyzer="char_wb", ngram_range=(1, 2)) if cjk else CountVectorizer()
    texts = [p.chosen for p in train] + [p.rejected for p in train]
    clf = LogisticRegression(max_iter=3000).fit(vec.fit_transform(texts), [1] * len(train) + [0] * len(train))
    score = lambda xs: clf.decision_function(vec.transform(xs))  # noqa: E731
    return float(np.mean(score([p.chosen for p in test]) > score([p.rejected for p in test])))


@pytest.mark.parametrize("lang", LANGS)
def test_surface_baselines_are_near_chance(by_lang, lang):
    train = [p for p in by_lang[lang] if p.split == "train"]
    test = [p for p in by_lang[lang] if p.split == "test"]
    assert 0.40 <= _length_baseline(test) <= 0.60
    assert _bow_baseline(train, test, lang) <= 0.65


def test_baselines_can_detect_a_surface_cue(by_lang):
    """The baselines are not blind: make chosen always longer / always say 'indeed' and they see it."""
    import dataclasses

    test = [p for p in by_lang["en"] if p.split == "test"]
    longer = [dataclasses.replace(p, chosen=p.chosen + " " + "x" * 300) for p in test]
    assert _length_baseline(longer) == 1.0
    train = [dataclasses.replace(p, chosen=p.chosen + " indeed") for p in by_lang["en"] if p.split == "train"]
    cued = [dataclasses.replace(p, chosen=p.chosen + " indeed") for p in test]
    assert _bow_baseline(train, cued, "en") > 0.9


def test_card_states_sizes(by_lang):
    card = builtin.CARD.read_text(encoding="utf-8")
    assert str(len(by_lang["en"])) in card and "train" in card and "test" in card
