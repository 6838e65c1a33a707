"""Render one language pack of the builtin set and check it: completeness, script, baselines.

Usage: python tools/check_pack.py LANG [--show N]
"""

import argparse
import random
import sys

import numpy as np

from repshift import langs
from repshift.data.builtin import generate as g


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("lang")
    ap.add_argument("--show", type=int, default=0, help="print N random rendered items")
    a = ap.parse_args()
    rows = g.records((a.lang,))
    problems = []
    for r in rows:
        for k in ("prompt", "chosen", "rejected"):
            if not langs.in_script(r[k], a.lang):
                problems.append(f"{r['id']} {k}: not in {langs.get(a.lang).script} script: {r[k]!r}")
        if r["chosen"] == r["rejected"]:
            problems.append(f"{r['id']}: chosen == rejected")
    te = [r for r in rows if r["split"] == "test"]
    tr = [r for r in rows if r["split"] == "train"]

    def lenacc(rs):
        return np.mean(
            [
                1.0
                if len(r["chosen"]) > len(r["rejected"])
                else 0.5
                if len(r["chosen"]) == len(r["rejected"])
                else 0.0
                for r in rs
            ]
        )

    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    an = "char_wb" if langs.get(a.lang).script in ("Hang", "Hans", "Hant", "Jpan") else "word"
    v = CountVectorizer(analyzer=an, ngram_range=(1, 2) if an == "char_wb" else (1, 1))
    v.fit([r["chosen"] for r in tr] + [r["rejected"] for r in tr])
    X = v.transform([r["chosen"] for r in tr] + [r["rejected"] for r in tr])
    clf = LogisticRegression(max_iter=3000).fit(X, [1] * len(tr) + [0] * len(tr))
    sc = clf.decision_function(v.transform([r["chosen"] for r in te])) - clf.decision_function(
        v.transform([r["rejected"] for r in te])
    )
    cats = ["chat", "safety", "reasoning"]
    print(
        f"{a.lang}: {len(rows)} pairs; length baseline {lenacc(te):.3f} ("
        + " ".join(f"{c}={lenacc([r for r in te if r['category'] == c]):.2f}" for c in cats)
        + ")"
    )
    print(
        f"bag-of-words on responses {np.mean(sc > 0):.3f} ("
        + " ".join(f"{c}={np.mean(sc[np.array([r['category'] == c for r in te])] > 0):.2f}" for c in cats)
        + ")"
    )
    for p in problems[:30]:
        print("PROBLEM", p)
    for r in random.Random(0).sample(rows, a.show) if a.show else []:
        print(f"--- {r['id']} ({r['split']})\nP: {r['prompt']}\nC: {r['chosen']}\nR: {r['rejected']}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
