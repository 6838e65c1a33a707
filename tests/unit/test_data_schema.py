import json

import pandas as pd
import pytest

from repshift.data.load import load, select
from repshift.data.schema import DataError


def _write(path, rows):
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8"
    )
    return path


GOOD = {"prompt": "Hi?", "chosen": "Hello!", "rejected": "Go away.", "language": "en", "category": "chat"}


def test_jsonl_loads_with_defaults(tmp_path):
    p = _write(tmp_path / "d.jsonl", [{"prompt": "a", "chosen": "b", "rejected": "c"}])
    (pair,) = load(str(p), language="de")
    assert pair.language == "de" and pair.category == "chat" and pair.split == "test"
    assert pair.item_id and pair.id.endswith("-de")


@pytest.mark.parametrize(
    ("row", "field", "problem"),
    [
        ({**GOOD, "chosen": ""}, "chosen", "empty"),
        ({k: v for k, v in GOOD.items() if k != "rejected"}, "rejected", "missing"),
        ({**GOOD, "rejected": "Hello!"}, "rejected", "identical"),
        ({**GOOD, "language": "xx"}, "language", "unknown language"),
        ({**GOOD, "category": "math"}, "category", "not one of"),
        ({**GOOD, "prompt": 3}, "prompt", "expected a string"),
    ],
)
def test_bad_row_names_file_line_and_field(tmp_path, row, field, problem):
    p = _write(tmp_path / "bad.jsonl", [GOOD, row])
    with pytest.raises(DataError) as e:
        load(str(p))
    msg = str(e.value)
    assert msg.startswith(f"{p}:2: field '{field}'") and problem in msg


def test_invalid_json_names_line(tmp_path):
    p = _write(tmp_path / "bad.jsonl", [GOOD, "{not json"])
    with pytest.raises(DataError, match=r"bad.jsonl:2: invalid JSON"):
        load(str(p))


def test_duplicate_ids_rejected(tmp_path):
    p = _write(tmp_path / "dup.jsonl", [{**GOOD, "id": "x"}, {**GOOD, "id": "x"}])
    with pytest.raises(DataError, match="duplicate id 'x'"):
        load(str(p))


def test_parquet_round_trip(tmp_path):
    p = tmp_path / "d.parquet"
    pd.DataFrame([GOOD, {**GOOD, "prompt": "Other?"}]).to_parquet(p)
    pairs = load(str(p))
    assert [x.prompt for x in pairs] == ["Hi?", "Other?"]


def test_unknown_format_and_missing_file(tmp_path):
    (tmp_path / "d.csv").write_text("a,b\n")
    with pytest.raises(DataError, match="unknown format"):
        load(str(tmp_path / "d.csv"))
    with pytest.raises(FileNotFoundError, match="no such file"):
        load(str(tmp_path / "nope.jsonl"))


def test_select_limit_is_balanced_and_parallel(builtin_pairs):
    en = select(builtin_pairs, languages=["en"], split="test", limit=12)
    assert len(en) == 12
    assert {p.category for p in en} == {"chat", "safety", "reasoning"}
    other = select(builtin_pairs, languages=["de"], split="test", limit=12)
    if other:
        assert [p.item_id for p in other] == [p.item_id for p in en]
