"""``repshift eval`` on tiny trained RMs, and RMs that load with transformers alone."""

import json

import numpy as np
import pandas as pd
import pytest
import torch

from repshift.cli import main
from repshift.config import TrainSpec
from repshift.data.load import select
from repshift.models import load
from repshift.score import score_pairs
from repshift.train import train_rm


@pytest.fixture(scope="module")
def rms(tmp_path_factory, tiny_encoder_dir, tiny_decoder_dir, builtin_pairs):
    """Two tiny RMs trained on English: an encoder (LoRA, merged) and a decoder (full fine-tuning)."""
    root = tmp_path_factory.mktemp("rms")
    train = select(builtin_pairs, languages=["en"], split="train", limit=16)
    train_rm(str(tiny_encoder_dir), train, root / "enc-en", spec=TrainSpec(epochs=1), progress=False)
    train_rm(str(tiny_decoder_dir), train, root / "dec-en", spec=TrainSpec(method="full", epochs=1, lr=1e-3),
             progress=False)  # fmt: skip
    return root


def test_eval_prints_and_stores_the_transfer_matrix(tmp_path, capsys, rms):
    args = ["eval", "--rm", f"{rms / 'enc-en'},{rms / 'dec-en'}", "--langs", "en,de,zh", "--limit", "12",
            "--n-boot", "200", "--out", str(tmp_path / "runs"), "--quiet"]  # fmt: skip
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Transfer matrix" in out and "Tokens per sequence and truncation" in out
    assert "Transfer gap" in out and "enc-en (vs en)" in out and "dec-en - enc-en" in out
    header = out.split("Transfer matrix")[1].splitlines()[1].split()
    assert header == ["lang", "en", "de", "zh"]  # the order of --langs, not alphabetical
    matrix_rows = out.split("Transfer matrix")[1].split("\n\n")[0].splitlines()[3:]
    assert [r.split()[0] for r in matrix_rows] == ["enc-en", "dec-en"]  # the order of --rm
    (run,) = (tmp_path / "runs").glob("*/eval__*")
    transfer = pd.read_parquet(run / "transfer.parquet")
    assert set(transfer.rm) == {"enc-en", "dec-en"} and set(transfer.lang) == {"en", "de", "zh"}
    assert {"overall", "chat", "safety", "reasoning"} <= set(transfer.category)
    assert (transfer.ci_low <= transfer.accuracy).all() and (transfer.accuracy <= transfer.ci_high).all()
    assert (transfer.ci_high > transfer.ci_low).any()
    # matrix cells printed as "accuracy [low, high]"
    row = transfer[
        (transfer.rm == "enc-en") & (transfer.lang == "de") & (transfer.category == "overall")
    ].iloc[0]
    assert f"{row.accuracy:.3f} [{row.ci_low:.2f}, {row.ci_high:.2f}]" in out

    # paired differences use the same resampled items as the cells
    diffs = pd.read_parquet(run / "differences.parquet")
    scores = pd.read_parquet(run / "scores.parquet")
    gap = diffs[
        (diffs.kind == "gap") & (diffs.rm == "enc-en") & (diffs.lang == "de") & (diffs.category == "overall")
    ]
    acc = transfer[(transfer.rm == "enc-en") & (transfer.category == "overall")].set_index("lang").accuracy
    assert gap.iloc[0].vs == "en" and gap.iloc[0]["diff"] == pytest.approx(acc["de"] - acc["en"])
    assert gap.iloc[0].ci_low <= gap.iloc[0]["diff"] <= gap.iloc[0].ci_high
    assert set(diffs[diffs.kind == "rm"].rm) == {"dec-en"} and len(scores) == 2 * 3 * 12

    lengths = pd.read_parquet(run / "lengths.parquet")
    assert len(lengths) == 6 and set(lengths.lang) == {"en", "de", "zh"}
    assert {"mean_tokens", "max_tokens", "truncated_pairs", "identical_after_truncation"} <= set(
        lengths.columns
    )
    assert (lengths.max_tokens <= TrainSpec().max_length).all() and (lengths.pairs == 12).all()
    assert (lengths.mean_tokens > 5).all() and (lengths.max_length == TrainSpec().max_length).all()
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["config"]["eval"]["langs"] == ["en", "de", "zh"]
    assert (run / "figures" / "transfer_matrix.png").stat().st_size > 10_000
    assert "transfer_matrix" in (run / "report.html").read_text() and f"Report: {run / 'report.html'}" in out


def test_eval_counts_truncation_and_pairs_identical_after_it(tmp_path, capsys, rms):
    tail = " and that is the whole story, told the same way from here to the very end of it."
    rows = [{"prompt": f"Question {i}: what happened next in the story we read together?",
             "chosen": f"Yes{i}{tail}", "rejected": f"No{i}{tail}", "language": "en", "item_id": f"q{i}",
             "category": "chat"} for i in range(4)]  # fmt: skip
    data = tmp_path / "tails.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    args = ["eval", "--rm", str(rms / "enc-en"), "--data", str(data), "--langs", "en", "--n-boot", "50",
            "--out", str(tmp_path / "runs"), "--quiet"]  # fmt: skip
    assert main([*args, "--max-length", "512"]) == 0
    assert main([*args, "--max-length", "12"]) == 0  # keeps only the shared end of the responses
    runs = sorted((tmp_path / "runs").glob("*/eval__*"), key=lambda p: p.stat().st_mtime)
    full, cut = (pd.read_parquet(r / "lengths.parquet").iloc[0] for r in runs)
    assert (full.truncated_pairs, full.identical_after_truncation) == (0, 0)
    assert (cut.truncated_pairs, cut.identical_after_truncation) == (4, 4) and cut.max_tokens <= 12
    scores = pd.read_parquet(runs[1] / "scores.parquet")
    assert (scores.score_chosen == scores.score_rejected).all()  # a tie counts as wrong
    out = capsys.readouterr().out
    assert "identical_after_truncation" in out


def _plain_decoder_scores(path, pairs):
    """Scores from transformers alone: chat template, right padding, logits[:, 0]."""
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    model = AutoModelForSequenceClassification.from_pretrained(path).eval()
    tok = AutoTokenizer.from_pretrained(path)
    texts = [
        tok.apply_chat_template(
            [{"role": "user", "content": p.prompt}, {"role": "assistant", "content": p.chosen}],
            tokenize=False,
        ).rstrip()
        for p in pairs
    ]
    batch = tok(texts, add_special_tokens=False, padding=True, return_tensors="pt")
    assert batch["input_ids"].shape[0] == len(pairs) and tok.padding_side == "right"
    with torch.no_grad():
        return model(**batch).logits[:, 0].numpy()


def test_decoder_rm_loads_with_transformers_alone_and_scores_identically(rms, small_pairs):
    ours, tok = load.load_rm(rms / "dec-en")
    s = score_pairs(ours, tok, "decoder", small_pairs)
    plain = _plain_decoder_scores(rms / "dec-en", small_pairs)
    np.testing.assert_allclose(s.chosen, plain, atol=1e-5)
    assert np.std(plain) > 1e-4  # a trained head: the scores are not all the same
