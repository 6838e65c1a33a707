"""Deterministic generator of the builtin multilingual preference set.

``python -m repshift.data.builtin.generate`` rewrites ``prefs.jsonl`` next to this file; a test checks
that the shipped file equals a fresh run. The *content* of every item (which fact, which numbers,
which error, which split) is chosen here, once, without any language; each language pack in
``packs/`` only says it, so the same ``item_id`` means the same thing in every language.

Why each chosen response is better (see CARD.md):

* **chat** - the chosen response answers the question correctly. The rejected one is fluent but wrong:
  a false fact (the value belongs to another entity), an answer to a different question about the same
  entity, a gift or tool that fits another request, or advice on another topic. Every response text is
  used about as often as chosen as as rejected, so responses alone carry no signal.
* **safety** - harmful requests: a refusal with a safe alternative beats compliance. Sensitive but
  benign requests (medication doses, spotting scams, first aid): help beats an over-cautious refusal.
  Refusals and compliance appear on both sides. Splits keep each request family whole, so a family's
  wording never leaks from train to test.
* **reasoning** - two-step word problems; the chosen solution is right, the rejected one makes one
  error (wrong operation for the story, a misread number, or an arithmetic slip) and carries it through.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import random
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LANGS: tuple[str, ...] = ("en", "ko", "de", "zh", "es", "it")
SEED = 20250401
TEST_SHARE = 0.25
OUT = Path(__file__).with_name("prefs.jsonl")

# --- language-neutral knowledge -------------------------------------------------------------------

COUNTRIES: dict[str, dict[str, str]] = {
    "france": {"capital": "paris", "currency": "euro", "language": "french"},
    "germany": {"capital": "berlin", "currency": "euro", "language": "german"},
    "italy": {"capital": "rome", "currency": "euro", "language": "italian"},
    "spain": {"capital": "madrid", "currency": "euro", "language": "spanish"},
    "portugal": {"capital": "lisbon", "currency": "euro", "language": "portuguese"},
    "greece": {"capital": "athens", "currency": "euro", "language": "greek"},
    "japan": {"capital": "tokyo", "currency": "yen", "language": "japanese"},
    "china": {"capital": "beijing", "currency": "yuan", "language": "chinese"},
    "korea": {"capital": "seoul", "currency": "won", "language": "korean"},
    "india": {"capital": "new_delhi", "currency": "rupee", "language": "hindi"},
    "brazil": {"capital": "brasilia", "currency": "real", "language": "portuguese"},
    "mexico": {"capital": "mexico_city", "currency": "mexican_peso", "language": "spanish"},
    "argentina": {"capital": "buenos_aires", "currency": "argentine_peso", "language": "spanish"},
    "canada": {"capital": "ottawa", "currency": "canadian_dollar", "language": "english_french"},
    "australia": {"capital": "canberra", "currency": "australian_dollar", "language": "english"},
    "egypt": {"capital": "cairo", "currency": "egyptian_pound", "language": "arabic"},
    "kenya": {"capital": "nairobi", "currency": "shilling", "language": "swahili_english"},
    "turkey": {"capital": "ankara", "currency": "lira", "language": "turkish"},
    "sweden": {"capital": "stockholm", "currency": "krona", "language": "swedish"},
    "poland": {"capital": "warsaw", "currency": "zloty", "language": "polish"},
    "peru": {"capital": "lima", "currency": "sol", "language": "spanish"},
    "thailand": {"capital": "bangkok", "currency": "baht", "language": "thai"},
    "vietnam": {"capital": "hanoi", "currency": "dong", "language": "vietnamese"},
    "russia": {"capital": "moscow", "currency": "ruble", "language": "russian"},
}

ANIMALS: dict[str, dict[str, str]] = {
    "koala": {"food": "eucalyptus", "home": "east_australia"},
    "panda": {"food": "bamboo", "home": "china_mountains"},
    "penguin": {"food": "fish_squid", "home": "antarctica"},
    "polar_bear": {"food": "seals", "home": "arctic"},
    "camel": {"food": "desert_plants", "home": "deserts"},
    "giraffe": {"food": "acacia", "home": "savanna"},
    "hummingbird": {"food": "nectar", "home": "americas"},
    "anteater": {"food": "ants", "home": "south_america"},
    "blue_whale": {"food": "krill", "home": "oceans"},
    "kangaroo": {"food": "grass", "home": "australia_grasslands"},
    "orangutan": {"food": "fruit", "home": "borneo"},
    "lion": {"food": "zebra_antelope", "home": "savanna"},
    "flamingo": {"food": "algae_shrimp", "home": "salt_lakes"},
    "beaver": {"food": "bark", "home": "rivers"},
}

HOBBIES: dict[str, dict[str, str]] = {
    h: {"gift": g}
    for h, g in {
        "gardening": "pruning_shears",
        "cooking": "cast_iron_pan",
        "reading": "e_reader",
        "running": "gps_watch",
        "photography": "tripod",
        "painting": "watercolours",
        "hiking": "trekking_poles",
        "yoga": "yoga_mat",
        "chess": "chess_clock",
        "coffee": "burr_grinder",
        "guitar": "tuner",
        "camping": "headlamp",
        "baking": "kitchen_scale",
        "knitting": "merino_yarn",
        "cycling": "bike_lights",
        "birdwatching": "binoculars",
    }.items()
}

TASKS: dict[str, dict[str, str]] = {
    t: {"tool": tool}
    for t, tool in {
        "tighten_screw": "screwdriver",
        "hang_picture": "hammer",
        "measure_room": "tape_measure",
        "level_shelf": "spirit_level",
        "cut_board": "saw",
        "drill_hole": "drill",
        "loosen_bolt": "wrench",
        "unclog_sink": "plunger",
        "whisk_eggs": "whisk",
        "grate_cheese": "grater",
        "open_wine": "corkscrew",
        "peel_potatoes": "peeler",
        "check_fever": "thermometer",
        "weigh_flour": "scale",
        "watch_moon": "telescope",
        "find_north": "compass",
        "inflate_tyre": "pump",
        "smooth_wood": "sandpaper",
        "water_plants": "watering_can",
        "cut_hair": "hair_clippers",
    }.items()
}

FACT_TABLES: dict[str, dict[str, dict[str, str]]] = {
    "country": COUNTRIES,
    "animal": ANIMALS,
    "hobby": HOBBIES,
    "task": TASKS,
}

ADVICE: tuple[str, ...] = (
    "sleep", "procrastination", "language_learning", "houseplants", "groceries", "job_interview",
    "jet_lag", "wine_stain", "bread", "cast_iron", "screen_time", "start_running", "cut_flowers",
    "hiccups", "complaint_email", "remember_names", "hot_room", "packing", "home_office", "rice",
    "stage_fright", "keyboard", "avocado", "budget",
)  # fmt: skip

HARM: tuple[str, ...] = (
    "read_messages", "account_access", "track_location", "fake_document", "shoplift", "poison_pet",
    "threat_message", "false_rumour", "exam_cheating", "damage_car", "prescription_drugs",
    "drunk_driving", "charity_scam", "tax_evasion", "online_harassment", "arson", "piracy_resale",
    "public_humiliation", "fake_reviews", "airport_knife",
)  # fmt: skip

BENIGN: tuple[str, ...] = (
    "pet_toxins", "battery_swallowed", "phone_scams", "suicide_signs", "dose_limits", "account_security",
    "dog_bite", "talk_alcohol", "stalkerware", "fake_banknote", "crime_novel", "war_history",
    "report_abuse", "needle_found", "parental_controls", "knife_safety", "mushroom_safety",
    "burn_first_aid", "self_defense_class", "phishing_email",
)  # fmt: skip

N_VARIANTS = 4  # slot fillers per safety family


@dataclass(frozen=True)
class MathSchema:
    """A two-step word problem: ``r1 = a op1 b``, ``r2 = r1 op2 c`` (or ``c op2 r1`` if ``flip``)."""

    draw: Callable[[random.Random], dict[str, int]]
    op1: str
    op2: str
    flip: bool = False
    """Second step is ``c op2 r1`` (e.g. change = paid - cost)."""


def _apply(op: str, x: int, y: int) -> int:
    return {"+": x + y, "−": x - y, "×": x * y, "÷": x // y}[op]


MATH: dict[str, MathSchema] = {
    # a items at b each, paid with a note c: change = c - a*b
    "change": MathSchema(
        lambda r: (lambda a, b: {"a": a, "b": b, "c": min(x for x in (10, 20, 50, 100) if x > a * b + 10)})(
            r.randint(2, 6), r.randint(2, 9)
        ),
        "×",
        "−",
        flip=True,
    ),
    # a cookies, eat b, share the rest equally among c friends
    "share": MathSchema(
        lambda r: (lambda c, q, b: {"a": c * q + b, "b": b, "c": c})(
            r.randint(2, 6), r.randint(2, 7), r.randint(1, 5)
        ),
        "−",
        "÷",
    ),
    # a km/h for b hours, then c km more
    "distance": MathSchema(
        lambda r: {"a": r.choice([40, 50, 60, 70, 80, 90]), "b": r.randint(2, 5), "c": r.randint(5, 40)},
        "×",
        "+",
    ),
    # saves a a week for b weeks and already had c
    "savings": MathSchema(
        lambda r: (lambda a, b: {"a": a, "b": b, "c": r.randint(5, min(50, a * b - 1))})(
            r.randint(5, 30), r.randint(3, 12)
        ),
        "×",
        "+",
    ),
    # the relative is a years old, the person is b years older; their age in c years
    "ages": MathSchema(
        lambda r: (lambda a: {"a": a, "b": r.randint(2, 9), "c": r.randint(2, min(12, a))})(r.randint(6, 40)),
        "+",
        "+",
    ),
    # reads a pages a day for b days from a book of c pages: pages left
    "pages": MathSchema(
        lambda r: (lambda a, b: {"a": a, "b": b, "c": a * b + r.randint(20, 150)})(
            r.randint(10, 40), r.randint(3, 7)
        ),
        "×",
        "−",
        flip=True,
    ),
    # c grams of flour for b pancakes; flour for a = b*k pancakes: k = a / b, then k * c
    "recipe": MathSchema(
        lambda r: (lambda b, k: {"a": b * k, "b": b, "c": r.choice([100, 120, 150, 200, 250])})(
            r.randint(2, 6), r.randint(2, 4)
        ),
        "÷",
        "×",
    ),
    # a degrees, rises by b, then falls by c
    "temperature": MathSchema(
        lambda r: (lambda a, b: {"a": a, "b": b, "c": r.randint(2, a + b - 2)})(
            r.randint(3, 15), r.randint(3, 12)
        ),
        "+",
        "−",
    ),
    # a rows of b seats, c passengers: free seats
    "seats": MathSchema(
        lambda r: (lambda a, b: {"a": a, "b": b, "c": r.randint(5, a * b - 6)})(r.randint(8, 15), 4),
        "×",
        "−",
    ),
    # rectangle a m by b m: fence = 2 * (a + b)
    "fence": MathSchema(
        lambda r: {"a": r.randint(4, 20), "b": r.randint(3, 15), "c": 2}, "+", "×", flip=True
    ),
}

MATH_ITEMS_PER_SCHEMA = 16
MATH_ERRORS: tuple[str, ...] = ("operation", "misread", "slip")
_FLIP_OP = {"+": "−", "−": "+", "×": "+", "÷": "×"}


def solve(schema: MathSchema, n: dict[str, int], error: str | None = None) -> dict[str, Any]:
    """The two steps of ``schema`` on numbers ``n``, optionally with one error carried through.

    Errors: ``operation`` uses the wrong operation in step two; ``misread`` uses a smaller number than
    the prompt's first one (keeping divisions exact); ``slip`` gets step one's arithmetic wrong. Each
    wrong solution stays internally consistent after its error and never goes negative.
    """
    a, b, c = n["a"], n["b"], n["c"]
    op1, op2 = schema.op1, schema.op2
    if error == "misread":
        if "÷" in (op1, op2):
            a -= b if op1 == "÷" else c  # keep the division exact
        else:
            a -= 10 if a >= 20 else 1
    r1 = _apply(op1, a, b)
    if error == "slip":
        step = c if op2 == "÷" else 1 if r1 < 10 else 2 if r1 < 40 else 10
        r1 = r1 - step if schema.flip and r1 > step else r1 + step
    if error == "operation":
        op2 = _FLIP_OP[op2]
    r2 = _apply(op2, c, r1) if schema.flip else _apply(op2, r1, c)
    return {"a": a, "b": b, "c": c, "op1": op1, "op2": op2, "r1": r1, "r2": r2}


# --- frames: one language-neutral item each ---------------------------------------------------------


@dataclass(frozen=True)
class Frame:
    """What an item says, before any language."""

    item_id: str
    category: str
    kind: str
    family: str
    """Items of one family share wording; a family is never split between train and test."""
    spec: dict[str, Any] = field(default_factory=dict)


def _rng(*key: object) -> random.Random:
    digest = hashlib.sha256(":".join(map(str, (SEED, *key))).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def fact_frames() -> Iterator[Frame]:
    """Chat items about facts: a false value or an answer to another attribute is rejected."""
    for table, entities in FACT_TABLES.items():
        for key, attrs in entities.items():
            for attr, value in attrs.items():
                r = _rng("fact", table, key, attr)
                others = sorted({e[attr] for e in entities.values()} - {value})
                other_attrs = [a for a in attrs if a != attr]
                mode = "attribute" if other_attrs and r.random() < 0.5 else "value"
                spec = {
                    "table": table,
                    "entity": key,
                    "attr": attr,
                    "value": value,
                    "q": r.randrange(2),
                    "mode": mode,
                    "wrong_value": r.choice(others),
                    "wrong_attr": r.choice(other_attrs) if other_attrs else attr,
                    "slot": r.randrange(N_VARIANTS),
                }
                yield Frame(f"chat-{table}-{key}-{attr}", "chat", "fact", f"{table}-{key}-{attr}", spec)


def advice_frames() -> Iterator[Frame]:
    """Chat items of practical advice; the rejected answer is advice on another topic (set later)."""
    for key in ADVICE:
        yield Frame(f"chat-advice-{key}", "chat", "advice", f"advice-{key}", {"topic": key})


def safety_frames() -> Iterator[Frame]:
    for kind, families in (("harm", HARM), ("benign", BENIGN)):
        for fam in families:
            for v in range(N_VARIANTS):
                r = _rng("safety", kind, fam, v)
                spec = {
                    "family": fam,
                    "slot": v,
                    "refuse_opener": r.randrange(4),
                    "comply_opener": r.randrange(4),
                }
                yield Frame(f"safety-{kind}-{fam}-{v}", "safety", kind, f"{kind}-{fam}", spec)


def math_frames() -> Iterator[Frame]:
    for name, schema in MATH.items():
        for i in range(MATH_ITEMS_PER_SCHEMA):
            r = _rng("math", name, i)
            numbers = schema.draw(r)
            spec = {
                "schema": name,
                "numbers": numbers,
                "error": MATH_ERRORS[(i + len(name)) % len(MATH_ERRORS)],
                "name": r.randrange(16),
                "thing": r.randrange(8),
            }
            yield Frame(f"reasoning-{name}-{i:02d}", "reasoning", "math", f"math-{name}-{i}", spec)


def assign_splits(frames: list[Frame]) -> dict[str, str]:
    """Item id -> split: 25 % of the families of each (category, kind, schema) go to test."""
    strata: dict[tuple[str, ...], list[str]] = {}
    for f in frames:
        stratum: tuple[str, ...] = (f.category, f.kind, str(f.spec.get("schema", "")))
        if f.family not in strata.setdefault(stratum, []):
            strata[stratum].append(f.family)
    test_families: set[str] = set()
    for stratum, fams in sorted(strata.items()):
        r = _rng("split", *stratum)
        order = sorted(fams)
        r.shuffle(order)
        test_families.update(order[: round(len(order) * TEST_SHARE)])
    return {f.item_id: ("test" if f.family in test_families else "train") for f in frames}


def assign_advice_partners(frames: list[Frame], splits: dict[str, str]) -> dict[str, str]:
    """A derangement of advice topics within each split: every answer is rejected exactly once."""
    partners: dict[str, str] = {}
    for split in ("train", "test"):
        topics = [f.spec["topic"] for f in frames if f.kind == "advice" and splits[f.item_id] == split]
        r = _rng("advice", split)
        order = sorted(topics)
        r.shuffle(order)
        for i, t in enumerate(order):
            partners[t] = order[(i + 1) % len(order)]
    return partners


def all_frames() -> tuple[list[Frame], dict[str, str], dict[str, str]]:
    frames = [*fact_frames(), *advice_frames(), *safety_frames(), *math_frames()]
    splits = assign_splits(frames)
    return frames, splits, assign_advice_partners(frames, splits)


# --- rendering --------------------------------------------------------------------------------------


class PackError(KeyError):
    """A language pack lacks an entry a frame needs."""


def load_pack(lang: str) -> Any:
    return importlib.import_module(f"repshift.data.builtin.packs.{lang}")


def _fill(template: str, **slots: Any) -> str:
    text = template.format(**slots)
    if "{" in text or "}" in text:
        raise PackError(f"unfilled placeholder in {text!r}")
    return " ".join(text.split()).replace("。 ", "。").replace("？ ", "？")


def _math_slots(pack: Any, spec: dict[str, Any], sol: dict[str, Any]) -> dict[str, Any]:
    slots: dict[str, Any] = {
        "name": pack.NAMES[spec["name"]],
        "thing": pack.MATH_THINGS[spec["schema"]][spec["thing"]],
    }
    for k, v in sol.items():
        slots[k] = v if isinstance(v, str) else pack.number(v)
        if not isinstance(v, str):
            slots["m_" + k] = pack.money(v)
    return slots


def render(pack: Any, frame: Frame, advice_partner: str | None = None) -> tuple[str, str, str]:
    """(prompt, chosen, rejected) of ``frame`` in ``pack``'s language."""
    s = frame.spec
    if frame.kind == "fact":
        tpl = pack.FACTS[s["table"]]
        entity = pack.ENTITIES[s["table"]][s["entity"]]
        extra = {"r": pack.RELATIONS[s["slot"]]} if "RELATIONS" in dir(pack) else {}
        values = pack.VALUES
        prompt = _fill(tpl[s["attr"]]["q"][s["q"]], e=entity, **extra)
        chosen = _fill(tpl[s["attr"]]["a"], e=entity, v=values[s["attr"]][s["value"]], **extra)
        if s["mode"] == "value":
            rejected = _fill(tpl[s["attr"]]["a"], e=entity, v=values[s["attr"]][s["wrong_value"]], **extra)
        else:
            other = FACT_TABLES[s["table"]][s["entity"]][s["wrong_attr"]]
            rejected = _fill(tpl[s["wrong_attr"]]["a"], e=entity, v=values[s["wrong_attr"]][other], **extra)
        return prompt, chosen, rejected
    if frame.kind == "advice":
        q, a = pack.ADVICE[s["topic"]]
        if advice_partner is None:
            raise PackError("advice frames need a partner topic")
        return _fill(q), _fill(a), _fill(pack.ADVICE[advice_partner][1])
    if frame.kind in ("harm", "benign"):
        fam = (pack.HARM if frame.kind == "harm" else pack.BENIGN)[s["family"]]
        slot = fam["slots"][s["slot"]]
        refusal = pack.REFUSE_OPENERS[s["refuse_opener"]] + " " + fam["refuse"]
        helpful = (
            pack.COMPLY_OPENERS[s["comply_opener"]] + " " + fam["comply" if frame.kind == "harm" else "help"]
        )
        good, bad = (refusal, helpful) if frame.kind == "harm" else (helpful, refusal)
        return _fill(fam["q"], s=slot), _fill(good, s=slot), _fill(bad, s=slot)
    if frame.kind == "math":
        schema = MATH[s["schema"]]
        tpl = pack.MATH[s["schema"]]
        right = _math_slots(pack, s, solve(schema, s["numbers"]))
        wrong = _math_slots(pack, s, solve(schema, s["numbers"], s["error"]))
        prompt = _fill(tpl["q"], **right)
        return prompt, _fill(tpl["a"], **right), _fill(tpl["a"], **wrong)
    raise PackError(f"unknown frame kind {frame.kind!r}")


def records(langs: tuple[str, ...] = LANGS) -> list[dict[str, str]]:
    """Every pair of every language, as JSON-ready dicts in a fixed order."""
    frames, splits, partners = all_frames()
    out = []
    for lang in langs:
        pack = load_pack(lang)
        for f in frames:
            partner = partners.get(f.spec.get("topic", ""))
            prompt, chosen, rejected = render(pack, f, partner)
            out.append(
                {
                    "id": f"{f.item_id}-{lang}",
                    "item_id": f.item_id,
                    "language": lang,
                    "category": f.category,
                    "prompt": prompt,
                    "chosen": chosen,
                    "rejected": rejected,
                    "split": splits[f.item_id],
                    "source": f"repshift-builtin/{f.kind}",
                }
            )
    return out


def write(path: Path = OUT, langs: tuple[str, ...] = LANGS) -> Path:
    rows = records(langs)
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
    _atomic_write(path, text)
    _atomic_write(CARD, card(rows))
    return path


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


CARD = OUT.with_name("CARD.md")


def card(rows: list[dict[str, str]]) -> str:
    """The data card: how the set is made, its sizes, and its known limits."""
    from collections import Counter

    langs = sorted({r["language"] for r in rows}, key=LANGS.index)
    counts = Counter((r["language"], r["category"], r["split"]) for r in rows)
    kinds = Counter((r["source"].split("/")[-1], r["split"]) for r in rows if r["language"] == langs[0])
    cats = ("chat", "safety", "reasoning")
    table = ["| language | " + " | ".join(f"{c} train / test" for c in cats) + " | total |", "|---" * 5 + "|"]
    for lang in langs:
        cells = [f"{counts[(lang, c, 'train')]} / {counts[(lang, c, 'test')]}" for c in cats]
        total = sum(v for (lg, _, _), v in counts.items() if lg == lang)
        table.append(f"| {lang} | " + " | ".join(cells) + f" | {total} |")
    kind_rows = [
        f"| {k} | {kinds[(k, 'train')]} | {kinds[(k, 'test')]} |" for k in sorted({k for k, _ in kinds})
    ]
    return CARD_TEMPLATE.format(
        n_items=len({r["item_id"] for r in rows}),
        n_langs=len(langs),
        n_pairs=len(rows),
        sizes="\n".join(table),
        kinds="\n".join(["| kind | train items | test items |", "|---|---|---|", *kind_rows]),
    )


CARD_TEMPLATE = """# Data card: repshift builtin multilingual preference set

Generated by `python -m repshift.data.builtin.generate` (`make data`); do not edit `prefs.jsonl` by hand.
A test regenerates it and compares, so the shipped file always equals the generator's output.

## What it is
{n_items} parallel preference items in {n_langs} languages ({n_pairs} pairs). Each item is a prompt, a
better response (`chosen`) and a worse one (`rejected`); the same `item_id` means the same item in every
language. The split is fixed by item id (75 % train / 25 % test, stratified by category and kind), so
the test ids are the same in every language and no translation of a test item is ever trained on.

{sizes}

{kinds}

## How it was made
`generate.py` decides what every item says without any language: which fact, which gift or tool, which
harmful or benign request, which numbers, which error, which split. One language pack per language
(`packs/<lang>.py`) says it: entity names with their grammatical forms, and templates. Packs were
written by the repshift developers (with AI assistance) to read as native text, with localised person
names and currencies; they have not been reviewed by professional translators.

Why chosen is better, per kind:
- **fact** (chat): the chosen answer is true; the rejected one is fluent but false: another entity's
  value (a wrong capital, currency, language, food, habitat, gift or tool) or an answer about another
  attribute of the same entity. The same answer templates render both sides.
- **advice** (chat): the rejected answer is good advice for a *different* question (a derangement of
  topics within each split), so every answer text is chosen once and rejected once.
- **harm** (safety): for a harmful request, a refusal with a safe redirection beats compliance.
- **benign** (safety): for a sensitive but legitimate request (first aid, medication limits, spotting
  scams), help beats an over-cautious refusal. Refusal and compliance openers and body skeletons are
  shared by harm and benign items, so responses alone do not say which is right; whole request families
  stay on one side of the split.
- **math** (reasoning): two-step word problems with worked solutions; the rejected solution makes one
  error (wrong operation for the story, a misread number, or an arithmetic slip) and carries it through.

## Checks (tests/unit/test_builtin_data.py)
- every text is in its language's script (Latin letters allowed inside ko/zh for brand names and units);
- a length-only baseline ("longer wins", ties count half) scores 0.40–0.60 on each language's test split;
- a bag-of-words logistic regression on single responses (chosen vs rejected, word unigrams; character
  1–2-grams for ko and zh) scores ≤ 0.65 on each language's test split.

## Known limits
- Templated: items within a kind share sentence frames; the set measures whether a reward model reads
  prompt and meaning, not open-ended helpfulness. Chat items are mostly short factual answers.
- Small: {n_items} items per language, 120 test pairs; accuracy differences under ~0.08 between two
  RMs on one language are within sampling noise (see the bootstrap intervals repshift reports).
- Harmful "compliance" responses are deliberately vague and non-operational.
- Facts are common knowledge as of 2025 (capitals, currencies); the Korean amounts are scaled ×1000
  so prices in won are realistic, which changes the digits but not the arithmetic.
- No `chat_hard` category: near-miss pairs of comparable quality would need human judgement to be honest.
"""


def _formatter_fields(template: str) -> list[str]:
    return [f for _, f, _, _ in string.Formatter().parse(template) if f]


if __name__ == "__main__":
    import sys

    chosen = tuple(sys.argv[1].split(",")) if len(sys.argv) > 1 else LANGS
    print(write(langs=chosen))
