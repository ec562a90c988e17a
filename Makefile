# discourse-kit: the two commands of the README, and a few more.
#   make lab    set up .venv and open JupyterLab on the course (shipped seed)
#   make test   set up .venv and run every test: unit, browser, notebooks (nbval)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LAB_PORT ?= 8888
# JupyterLab refuses to run as root without this flag
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: help install lab test bench exercises clean

help:
	@echo "make lab        set up $(VENV) and open JupyterLab on the course"
	@echo "make test       set up $(VENV) and run every test (unit, browser, notebooks)"
	@echo "make exercises  regenerate exercises/ from solutions/"
	@echo "make bench      speed and memory benchmarks"

$(STAMP): requirements.txt pyproject.toml
	@echo "==> setting up $(VENV) with $(PYTHON)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "==> installing requirements.txt (pinned; first time ~1 min)"
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $(STAMP)

install: $(STAMP)
	@echo "==> $(VENV) is ready"

lab: $(STAMP)
	@echo "==> opening JupyterLab on notebooks/ (seed: seeds/000_1272ebf6c73cbd1c.txt); Ctrl-C twice to stop"
	$(BIN)/jupyter lab $(ROOT_FLAG) --port=$(LAB_PORT) --ServerApp.root_dir=. \
		--LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb

test: $(STAMP)
	@echo "==> running the test suite: unit tests, browser tests, notebooks under nbval"
	@$(BIN)/python -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "==> pytest collected no tests (exit 5)"; exit 0; fi; exit $$rc

exercises: $(STAMP)
	@echo "==> generating exercises/ from solutions/"
	$(BIN)/python -m discourse_kit.exercises.generate solutions exercises

bench: $(STAMP)
	@echo "==> benchmarks (see bench/README.md)"
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
