"""The reader on tests/corpus/dev (mails written without the reader's code): the figures
reached there must not fall. The holdout third is for the final figures only (bench/corpus.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from daemon.config.load import load_config
from daemon.dev.scoring import FIELDS, score
from daemon.reading.reader import ReadingRules
from tests.helpers import ROOT

DEV = Path(__file__).parents[1] / "corpus" / "dev"


@pytest.fixture(scope="module")
def scores():
    config = load_config(ROOT / "config.toml")
    return score(DEV, ReadingRules.from_config(config), config)


def test_the_dev_corpus_is_there(scores):
    assert scores.total.reports >= 250 and scores.non_reports >= 20


def test_every_genuine_report_is_recognised(scores):
    misses = [m for m in scores.misses if m[1] == "kind"]
    assert scores.total.recognised == scores.total.reports, misses


def test_no_notice_or_other_mail_is_read_as_a_report(scores):
    assert scores.notices_as_reports == [] and scores.others_as_reports == []


def test_field_checks_right(scores):
    t = scores.total
    assert t.checks_right / t.checks >= 0.99, [m for m in scores.misses if m[1] in FIELDS]
    for name in FIELDS:
        right, n = t.per_field[name]
        assert right / n >= 0.97, (name, right, n)


def test_districts_right(scores):
    t = scores.total
    assert t.districts_right / t.districts >= 0.975, [m for m in scores.misses if m[1] == "district"]


# the corpora other writers made later (each scored once untouched, then read against): what the
# reader reaches on them must not fall either (fields, districts; every report recognised)
FRESH = {"fresh": (0.995, 0.99), "fresh2": (0.995, 0.99), "fresh3": (0.99, 0.98), "fresh4": (0.99, 0.99),
         "fresh5": (0.995, 0.98), "fresh6": (0.995, 0.99),
         "fresh7": (0.99, 0.98), "fresh8": (0.965, 0.93)}


@pytest.mark.parametrize("folder", sorted(FRESH))
def test_the_later_corpora_keep_their_figures(folder):
    config = load_config(ROOT / "config.toml")
    s = score(DEV.parent / folder, ReadingRules.from_config(config), config)
    t = s.total
    min_fields, min_districts = FRESH[folder]
    assert t.recognised == t.reports, [m for m in s.misses if m[1] == "kind"]
    assert t.checks_right / t.checks >= min_fields, [m for m in s.misses if m[1] in FIELDS]
    assert t.districts_right / t.districts >= min_districts, [m for m in s.misses if m[1] == "district"]
