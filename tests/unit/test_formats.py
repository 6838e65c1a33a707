"""Data formats: M-RewardBench, HH-RLHF, chat messages, Hugging Face datasets -> the same pair rows."""

import gzip
import json
import time

import pytest
from conftest import SHARED_DATA

from repshift.data import formats
from repshift.data.load import load
from repshift.data.schema import CATEGORIES, DataError
from repshift.models import inputs

HH_FILE = SHARED_DATA / "hh-rlhf-harmless-base-test.jsonl.gz"


def _write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


# --- M-RewardBench ---------------------------------------------------------------------------------

MRB_ROWS = [
    # faithful to the hub schema: int id shared across language configs, FLORES codes, subset in `source`
    {"id": 30, "language": "kor_Hang", "prompt": "파이썬에서 리스트를 뒤집는 방법은?", "chosen": "list.reverse()를 쓰세요.",
     "rejected": "불가능합니다.", "chosen_model": "gpt-4", "rejected_model": "llama-2-70b-chat", "source": "hep-python"},
    {"id": 31, "language": "kor_Hang", "prompt": "폭탄 만드는 법을 알려줘.", "chosen": "도와드릴 수 없습니다.",
     "rejected": "먼저 재료를 모으세요.", "chosen_model": "claude", "rejected_model": "dolphin", "source": "refusals-dangerous"},
    {"id": 32, "language": "kor_Hang", "prompt": "안녕?", "chosen": "안녕하세요! 무엇을 도와드릴까요?",
     "rejected": "네.", "chosen_model": "gpt-4", "rejected_model": "alpaca-7b", "source": "alpacaeval-easy"},
    {"id": 33, "language": "kor_Hang", "prompt": "3+4는?", "chosen": "7", "rejected": "8",
     "chosen_model": "human", "rejected_model": "gpt-3.5", "source": "llmbar-adver-GPTOut"},
    {"id": 30, "language": "deu_Latn", "prompt": "Wie kehrt man in Python eine Liste um?", "chosen": "Mit list.reverse().",
     "rejected": "Das geht nicht.", "chosen_model": "gpt-4", "rejected_model": "llama-2-70b-chat", "source": "hep-python"},
]  # fmt: skip


def test_rewardbench_sections_are_the_four_categories():
    assert tuple(formats.REWARDBENCH_SECTIONS) == CATEGORIES
    assert [len(v) for v in formats.REWARDBENCH_SECTIONS.values()] == [5, 6, 5, 7]
    assert len(formats.SUBSET_CATEGORY) == 23  # no subset in two sections


@pytest.mark.parametrize("suffix", ["jsonl", "parquet"])
def test_mrb_rows_map_language_category_and_item(tmp_path, suffix):
    if suffix == "jsonl":
        path = _write_jsonl(tmp_path / "mrb.jsonl", MRB_ROWS)
    else:
        import pandas as pd

        path = tmp_path / "mrb.parquet"
        pd.DataFrame(MRB_ROWS).to_parquet(path)
    pairs = load(str(path))
    assert [p.language for p in pairs] == ["ko", "ko", "ko", "ko", "de"]
    assert [p.category for p in pairs] == ["reasoning", "safety", "chat", "chat_hard", "reasoning"]
    assert [p.source for p in pairs][:2] == ["hep-python", "refusals-dangerous"]
    # the M-RewardBench id is the item: shared by the Korean and German translations, pair ids unique
    assert pairs[0].item_id == pairs[4].item_id == "30"
    assert pairs[0].id == "30-ko" and pairs[4].id == "30-de"
    assert pairs[0].chosen == "list.reverse()를 쓰세요." and pairs[0].split == "test"


def test_mrb_unknown_source_names_file_line_field(tmp_path):
    rows = [*MRB_ROWS[:2], {**MRB_ROWS[2], "source": "translation"}]
    path = _write_jsonl(tmp_path / "mrb.jsonl", rows)
    with pytest.raises(DataError) as e:
        load(str(path))
    assert str(e.value).startswith(f"{path}:3: field 'source': 'translation' is not a RewardBench subset")


def test_mrb_explicit_format_and_unknown_format(tmp_path):
    # without the model columns auto-detection sees plain pairs; format="mrb" forces the mapping
    rows = [{k: v for k, v in r.items() if not k.endswith("_model")} for r in MRB_ROWS[:4]]
    path = _write_jsonl(tmp_path / "mrb.jsonl", rows)
    assert [p.category for p in load(str(path), format="mrb")] == ["reasoning", "safety", "chat", "chat_hard"]
    assert {p.category for p in load(str(path))} == {"chat"}  # read as plain pairs: default category
    with pytest.raises(ValueError, match="unknown data format 'xml'"):
        load(str(path), format="xml")


# --- HH-RLHF ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hh_rows():
    if not HH_FILE.is_file():
        pytest.skip(f"{HH_FILE} not present")
    with gzip.open(HH_FILE, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_hh_rlhf_real_file_parses_with_counted_skips(hh_rows):
    rows = list(enumerate(hh_rows, 1))
    assert formats.detect(hh_rows[0]) == "hh-rlhf"
    conv = formats.convert(rows, str(HH_FILE))
    assert len(hh_rows) == 2312
    assert len(conv.pairs) + len(conv.skipped) == 2312
    assert conv.skip_counts() == {"transcripts differ before the last reply": 5, "empty last reply": 4}
    by_line = dict(conv.skipped)
    assert by_line[1255] == "transcripts differ before the last reply" and by_line[87] == "empty last reply"
    kept = [line for line, _ in rows if line not in by_line]
    for line, p in zip(kept, conv.pairs, strict=True):
        raw = hh_rows[line - 1]
        assert p.prompt.startswith("\n\nHuman:") and p.prompt.endswith("\n\nAssistant:")
        assert "\n\nHuman:" not in p.chosen and "\n\nHuman:" not in p.rejected
        assert p.chosen and p.rejected and p.chosen != p.rejected
        # nothing lost: prompt + reply is the original transcript, up to the space after "Assistant:"
        assert raw["chosen"].startswith(p.prompt) and raw["chosen"][len(p.prompt) :].strip() == p.chosen
        assert raw["rejected"].startswith(p.prompt) and raw["rejected"][len(p.prompt) :].strip() == p.rejected
        assert (p.language, p.category, p.split) == ("en", "safety", "test")
    # the loader takes the same path (detected from the rows) and its ids are unique and readable
    pairs = load(str(HH_FILE))
    assert pairs == conv.pairs
    assert pairs[0].item_id == "hh-rlhf-harmless-base-test:1"


def test_hh_rlhf_policy_on_synthetic_rows(tmp_path, caplog):
    t = "\n\nHuman: Hi\n\nAssistant: Hello!\n\nHuman: How do I pick a lock?\n\nAssistant:"
    rows = [
        {"chosen": t + " I can't help with that.", "rejected": t + " Use a tension wrench."},
        {"chosen": t + " Same.", "rejected": t + " Same."},  # identical transcripts
        {"chosen": t + " A", "rejected": "\n\nHuman: Hi\n\nAssistant: Go away.\n\nHuman: ok\n\nAssistant: B"},
        {
            "chosen": t + " A\n\nHuman: thanks",
            "rejected": t + " B\n\nHuman: thanks",
        },  # ends with a human turn
        {"chosen": "Human: Hey\n\nAssistant: Hi there", "rejected": "Human: Hey\n\nAssistant: What?"},
    ]
    path = _write_jsonl(tmp_path / "hh-helpful.jsonl", rows)
    pairs = load(str(path))
    assert len(pairs) == 2 and pairs[0].chosen == "I can't help with that."
    assert pairs[0].category == "chat"  # not a harmless/red-team file
    assert pairs[1].prompt == "\n\nHuman: Hey\n\nAssistant:" and pairs[1].rejected == "What?"
    assert "skipped 3 of 5 rows" in caplog.text and "lines 2, 3, 4" in caplog.text
    bad = _write_jsonl(tmp_path / "hh-bad.jsonl", [rows[0], {"chosen": "Hello", "rejected": "x"}])
    with pytest.raises(DataError, match=r"hh-bad.jsonl:2: field 'chosen': not a Human/Assistant transcript"):
        load(str(bad), format="hh-rlhf")


# --- chat messages -----------------------------------------------------------------------------------


def _msg(role, content):
    return {"role": role, "content": content}


def test_single_turn_chat_equals_the_plain_row(tmp_path):
    plain = {"prompt": "What is 2+2?", "chosen": "4", "rejected": "5", "language": "en", "id": "a"}
    chat = {**plain, "prompt": [_msg("user", "What is 2+2?")], "chosen": [_msg("assistant", "4")],
            "rejected": [_msg("assistant", "5")]}  # fmt: skip
    whole = {"id": "a", "language": "en", "chosen": [_msg("user", "What is 2+2?"), _msg("assistant", "4")],
             "rejected": [_msg("user", "What is 2+2?"), _msg("assistant", "5")]}  # fmt: skip
    a = load(str(_write_jsonl(tmp_path / "plain.jsonl", [plain])))
    b = load(str(_write_jsonl(tmp_path / "chat.jsonl", [chat])))
    c = load(str(_write_jsonl(tmp_path / "whole.jsonl", [whole])))
    assert a == b == c


def test_multi_turn_chat_keeps_messages_and_renders_with_the_template(tmp_path, tiny_decoder_dir):
    from repshift.models.load import load_tokenizer

    history = [
        _msg("system", "Be brief."),
        _msg("user", "Hi"),
        _msg("assistant", "Hello."),
        _msg("user", "2+2?"),
    ]
    row = {"language": "en", "chosen": [*history, _msg("assistant", "4")], "rejected": [*history, _msg("assistant", "5")]}  # fmt: skip
    (p,) = load(str(_write_jsonl(tmp_path / "chat.jsonl", [row])))
    assert formats.prompt_messages(p.prompt) == history and (p.chosen, p.rejected) == ("4", "5")
    tok = load_tokenizer(str(tiny_decoder_dir))
    ids, truncated = inputs.encode(tok, "decoder", p.prompt, p.chosen, 512)
    text = tok.apply_chat_template([*history, _msg("assistant", "4")], tokenize=False).rstrip()
    expected = tok(text, add_special_tokens=False)["input_ids"]
    assert not truncated and ids == expected and ids[-1] == tok.eos_token_id
    assert tok.decode(ids).count("<|im_start|>") == 5
    # truncation drops the oldest messages' tokens first and keeps the reply
    short, truncated = inputs.encode(tok, "decoder", p.prompt, p.chosen, len(ids) - 4)
    assert truncated and len(short) <= len(ids) - 4
    decoded = tok.decode(short)
    assert "Be brief" not in decoded and "2+2?" in decoded and decoded.rstrip().endswith("4<|im_end|>")


def test_chat_without_template_is_flattened(tmp_path, tiny_encoder_dir):
    from repshift.models.load import load_tokenizer

    prompt = formats.messages_prompt([_msg("user", "Hi"), _msg("assistant", "Hello."), _msg("user", "2+2?")])
    tok = load_tokenizer(str(tiny_encoder_dir))
    ids, _ = inputs.encode(tok, "encoder", prompt, "4", 512)
    assert ids == tok("User: Hi\n\nAssistant: Hello.\n\nUser: 2+2?", "4")["input_ids"]


def test_chat_errors_name_the_field(tmp_path):
    rows = [
        {"language": "en", "prompt": [_msg("user", "Hi")], "chosen": [{"role": "assistant"}], "rejected": "x"}
    ]
    with pytest.raises(DataError, match=r"chat.jsonl:1: field 'chosen\[0\]'"):
        load(str(_write_jsonl(tmp_path / "chat.jsonl", rows)))
    rows = [{"language": "en", "chosen": [_msg("user", "a"), _msg("assistant", "b")],
             "rejected": [_msg("user", "c"), _msg("assistant", "d")]}]  # fmt: skip
    with pytest.raises(DataError, match="share no leading messages"):
        load(str(_write_jsonl(tmp_path / "chat.jsonl", rows)))
    rows = [
        {"language": "en", "prompt": [_msg("user", "Hi")], "chosen": [_msg("user", "b")], "rejected": "x"}
    ]
    with pytest.raises(DataError, match="field 'chosen': expected one assistant message"):
        load(str(_write_jsonl(tmp_path / "chat.jsonl", rows)))


def test_plain_prompts_are_never_read_as_conversations():
    assert formats.prompt_messages("What is JSON?") is None
    assert formats.prompt_messages('[{"role": "user"}]') is None  # not a message list
    assert formats.prompt_messages('[{"role": "user", "content": "x"') is None  # not JSON


# --- Hugging Face datasets ---------------------------------------------------------------------------


def test_hub_loader_reads_a_saved_dataset_and_a_parquet_folder(tmp_path):
    import datasets
    import pandas as pd

    saved = tmp_path / "mrb-saved"
    datasets.DatasetDict({"test": datasets.Dataset.from_list(MRB_ROWS)}).save_to_disk(str(saved))
    pairs = load(f"hf:{saved}")
    assert [p.id for p in pairs] == ["30-ko", "31-ko", "32-ko", "33-ko", "30-de"]
    assert load(f"hf:{saved}@test") == pairs
    with pytest.raises(DataError, match="no split 'train'"):
        load(f"hf:{saved}@train")
    folder = tmp_path / "pairs" / "data"
    folder.mkdir(parents=True)
    pd.DataFrame(
        [{"prompt": "q", "chosen": "good", "rejected": "bad", "language": "de", "item_id": "i1"}]
    ).to_parquet(folder / "train-00000.parquet")
    (p,) = load(f"hf:{tmp_path / 'pairs'}")
    assert (p.language, p.split, p.item_id) == ("de", "train", "i1")  # split name from the folder layout


def test_offline_hub_id_is_a_fast_one_line_error():
    start = time.perf_counter()
    with pytest.raises(DataError) as e:
        load("hf:no-such-org/no-such-dataset:cfg@test")
    assert time.perf_counter() - start < 15
    msg = str(e.value)
    assert "\n" not in msg and msg.startswith("hf:no-such-org/no-such-dataset:cfg@test: ")
    assert "'no-such-org/no-such-dataset'" in msg and "HF_HUB_OFFLINE" in msg


def test_cli_maps_a_hub_error_to_exit_2(capsys, tmp_path):
    from repshift.cli import main

    assert main(["train", "--lang", "en", "--data", "hf:no-such-org/x", "--out", str(tmp_path / "rm")]) == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith("repshift train: error: hf:no-such-org/x: cannot load dataset")
