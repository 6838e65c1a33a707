"""The HTML report reads as the run: languages in the table's order (en, ko, de, zh), not alphabetical."""

import re

import pandas as pd

from repshift import store
from repshift.report import render


def test_report_tables_list_languages_in_the_language_tables_order(tmp_path):
    rows = [
        {"rm": "rm-en", "lang": lang, "category": cat, "accuracy": acc, "ci_low": acc - 0.1,
         "ci_high": acc + 0.1, "n": 30}
        for k, lang in enumerate(["de", "en", "ko", "zh"])
        for cat, acc in (("overall", 0.6 + 0.05 * k), ("chat", 0.5 + 0.05 * k), ("safety", 0.7))
    ]  # fmt: skip
    store.write_table(tmp_path / "transfer.parquet", pd.DataFrame(rows))
    page = render(tmp_path)
    matrix = page[page.index("<h2>Transfer accuracy") : page.index("By category")]
    by_cat = page[page.index("By category") :]
    assert re.findall(r"<th>(en|ko|de|zh)</th>", matrix) == ["en", "ko", "de", "zh"]
    assert re.findall(r"<th>(en|ko|de|zh)</th>", by_cat)[:4] == ["en", "ko", "de", "zh"]
    assert "0.700 [0.60, 0.80]" in matrix  # ko overall, its interval beside it
