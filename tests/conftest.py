"""Shared fixtures: offline settings, tiny random models built from a config, small pair sets.

Tiny models (2 layers, hidden 64) are real transformers architectures (BERT, Llama) with random
weights and a small BPE tokenizer trained on the builtin texts, so the whole pipeline runs in seconds.
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
CHAT_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def _train_tokenizer(texts: list[str], kind: str):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    if kind == "encoder":
        specials = ["<s>", "<pad>", "</s>", "<unk>"]
    else:
        specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<unk>"]
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=600,
        special_tokens=specials,
        show_progress=False,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tok.train_from_iterator(texts, trainer)
    if kind == "encoder":
        tok.post_processor = processors.TemplateProcessing(
            single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>", special_tokens=[("<s>", 0), ("</s>", 2)]
        )
        return PreTrainedTokenizerFast(
            tokenizer_object=tok, bos_token="<s>", eos_token="</s>", cls_token="<s>", sep_token="</s>",
            pad_token="<pad>", unk_token="<unk>", padding_side="right",
        )  # fmt: skip
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok, bos_token="<|im_start|>", eos_token="<|im_end|>", pad_token="<|endoftext|>",
        unk_token="<unk>", padding_side="right",
    )  # fmt: skip
    fast.chat_template = CHAT_TEMPLATE
    return fast


@pytest.fixture(scope="session")
def builtin_pairs():
    from repshift.data.load import load

    return load("builtin")


@pytest.fixture(scope="session")
def small_pairs(builtin_pairs):
    """24 English test pairs (balanced over categories)."""
    from repshift.data.load import select

    return select(builtin_pairs, languages=["en"], split="test", limit=24)


def _texts(pairs) -> list[str]:
    return [t for p in pairs[:400] for t in (p.prompt, p.chosen, p.rejected)]


@pytest.fixture(scope="session")
def tiny_encoder_dir(tmp_path_factory, builtin_pairs) -> Path:
    """A 2-layer random BERT base (hidden 64) with its tokenizer, saved like a hub checkpoint."""
    import torch
    from transformers import BertConfig, BertModel

    torch.manual_seed(0)
    tok = _train_tokenizer(_texts(builtin_pairs), "encoder")
    cfg = BertConfig(
        vocab_size=len(tok), hidden_size=64, num_hidden_layers=2, num_attention_heads=4, intermediate_size=128,
        max_position_embeddings=512, pad_token_id=tok.pad_token_id,
    )  # fmt: skip
    out = tmp_path_factory.mktemp("tiny-bert")
    BertModel(cfg).save_pretrained(out)
    tok.save_pretrained(out)
    return out


@pytest.fixture(scope="session")
def tiny_decoder_dir(tmp_path_factory, builtin_pairs) -> Path:
    """A 2-layer random Llama base (hidden 64) with a chat-template tokenizer."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(0)
    tok = _train_tokenizer(_texts(builtin_pairs), "decoder")
    cfg = LlamaConfig(
        vocab_size=len(tok), hidden_size=64, num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
        intermediate_size=128, max_position_embeddings=512, pad_token_id=tok.pad_token_id,
        eos_token_id=tok.eos_token_id, bos_token_id=tok.bos_token_id, tie_word_embeddings=True,
    )  # fmt: skip
    out = tmp_path_factory.mktemp("tiny-llama")
    LlamaForCausalLM(cfg).save_pretrained(out)
    tok.save_pretrained(out)
    return out


@pytest.fixture(params=["encoder", "decoder"])
def tiny_dir(request, tiny_encoder_dir, tiny_decoder_dir) -> Path:
    return tiny_encoder_dir if request.param == "encoder" else tiny_decoder_dir


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    """An empty REPSHIFT_CACHE for tests that train RMs (named bases stay in the user's cache)."""
    from repshift.models import registry

    real = registry.cache_root()
    cache = tmp_path / "cache"
    (cache / "bases").mkdir(parents=True)
    for name in registry.BASES:  # reuse converted named bases
        if (real / "bases" / name).is_dir():
            (cache / "bases" / name).symlink_to(real / "bases" / name)
    monkeypatch.setenv("REPSHIFT_CACHE", str(cache))
    return cache
