from repshift.models import inputs, load


def test_encoder_sees_a_segment_pair(tiny_encoder_dir):
    tok = load.load_tokenizer(str(tiny_encoder_dir))
    ids, truncated = inputs.encode(tok, "encoder", "What is the capital?", "Paris.", 64)
    assert not truncated
    assert ids[0] == tok.cls_token_id and ids[-1] == tok.sep_token_id
    assert ids.count(tok.sep_token_id) == 3  # <s> A </s></s> B </s>


def test_decoder_ends_with_eos_and_pad_differs(tiny_decoder_dir):
    tok = load.load_tokenizer(str(tiny_decoder_dir))
    assert tok.pad_token_id != tok.eos_token_id
    ids, _ = inputs.encode(tok, "decoder", "Hi?", "Hello there.", 64)
    assert ids[-1] == tok.eos_token_id
    assert tok.decode(ids).startswith("<|im_start|>user\nHi?")


def test_truncation_drops_the_prompt_start_and_keeps_the_response_end(tiny_decoder_dir):
    tok = load.load_tokenizer(str(tiny_decoder_dir))
    prompt = "first words " + "filler text " * 80 + "last question?"
    ids, truncated = inputs.encode(tok, "decoder", prompt, "the final answer", 40)
    assert truncated and len(ids) <= 40
    text = tok.decode(ids)
    assert "the final answer" in text and "last question?" in text and "first words" not in text
    # a response longer than the budget keeps its end
    ids, truncated = inputs.encode(tok, "decoder", "q", "start " + "word " * 100 + "the end", 30)
    assert truncated and len(ids) <= 30 and tok.decode(ids).removesuffix("<|im_end|>").endswith("the end")


def test_encoder_truncation_keeps_cls(tiny_encoder_dir):
    tok = load.load_tokenizer(str(tiny_encoder_dir))
    ids, truncated = inputs.encode(tok, "encoder", "long " * 200, "answer here", 32)
    assert truncated and len(ids) <= 32 and ids[0] == tok.cls_token_id
    assert "answer here" in tok.decode(ids)


def test_missing_pad_token_is_added_distinct_from_eos(tmp_path, tiny_decoder_dir):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_decoder_dir)
    tok.pad_token = tok.eos_token  # the SmolLM2 situation: pad == eos
    tok.save_pretrained(tmp_path)
    fixed = load.load_tokenizer(str(tmp_path))
    assert fixed.pad_token == load.ADDED_PAD and fixed.pad_token_id != fixed.eos_token_id


def test_pad_batch_and_length_sorted_batches():
    b = inputs.pad_batch([[1, 2, 3], [4]], pad_id=0)
    assert b["input_ids"].tolist() == [[1, 2, 3], [4, 0, 0]]
    assert b["attention_mask"].tolist() == [[1, 1, 1], [1, 0, 0]]
    batches = inputs.length_sorted_batches([1, 5, 3, 4], 2)
    assert batches == [[1, 3], [2, 0]]


def test_max_length_is_capped_at_the_models_positions(tiny_decoder_dir, small_pairs):
    tok = load.load_tokenizer(str(tiny_decoder_dir))
    long = [p.__class__(**{**p.__dict__, "prompt": "filler " * 300 + p.prompt}) for p in small_pairs[:3]]
    tok.model_max_length = 48  # a model with 48 positions
    enc = inputs.encode_pairs(tok, "decoder", long, 512)
    assert enc.n_truncated == 3 and max(map(len, enc.chosen + enc.rejected)) <= 48
    assert enc.max_length == 48  # what evaluation reports as the cap
    tok.model_max_length = int(1e30)  # transformers' "unknown": the requested length holds
    enc = inputs.encode_pairs(tok, "decoder", long, 512)
    assert max(map(len, enc.chosen + enc.rejected)) > 48
