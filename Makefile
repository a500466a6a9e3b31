# The two commands of the README, and the benchmarks.
#   make run    set up .venv, install, build the demo project from resources/samples, pre-annotate it, open the window
#   make test   set up .venv, install, run the whole test suite (Qt offscreen)
#   make bench  run the benchmarks in benchmarks/ and print ratios against the bare libraries
#   make stress long reliability runs (tests/stress at full size: SIGKILL trials, fuzzing); see docs/reliability.md
#   make installer       the desktop bundle (clean venv + PyInstaller), its smoke test, .tar.gz and .deb in dist/
#   make installer-test  the same from scratch under pytest, then the .deb installed, run and removed (root)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
DEMO ?= demo.annotator

.PHONY: run test bench bench-train bench-train-quality stress install demo clean installer installer-test

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: install
	$(BIN)/annotator demo $(DEMO)

run: demo
	$(BIN)/annotator gui $(DEMO)

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# 10,000 fuzzed inputs per importer and bundles, 1,000 SIGKILL trials during editing, kills during
# import/merge/pre-annotation/new/export, three processes at once; prints the totals at the end.
STRESS_N ?= 10000
stress: install
	ANNOTATOR_STRESS_N=$(STRESS_N) QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/stress -q -p no:cacheprovider $(PYTEST_ARGS)

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks --write docs/benchmarks.md $(BENCH_ARGS)

installer: install
	$(BIN)/python installer/build.py $(INSTALLER_ARGS)

installer-test: install
	ANNOTATOR_INSTALLER_TEST=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/test_installer.py $(PYTEST_ARGS)

# training: time and memory for 200 and 1,000 documents (several minutes), and a model trained on
# the development gold sets against the rules on the held-out sets (the same again)
bench-train: install
	$(BIN)/python -m benchmarks.train_models speed --docs 200 1000 --write docs/benchmarks.md

bench-train-quality: install
	$(BIN)/python -m benchmarks.train_models quality --steps 300 --write docs/quality.md

clean:
	rm -rf $(VENV) $(DEMO) $(DEMO)-wal $(DEMO)-shm build dist *.egg-info
