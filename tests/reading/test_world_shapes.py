"""Shapes of real platform and police mail the dev corpus may lack (tests/fixtures/world):
forwards as attachments (Outlook, twice, .eml as a file), Meta's disclosure responses,
WhatsApp, names only in the subject, IP logs in HTML tables, every time form, Indian
address lines, two people, IPv6 as written, officers' numbers, Devanagari digits. Each mail
has its expected reading beside it (the dev corpus's format); every field and the district
must come out exactly."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from daemon.config.load import load_config
from daemon.core.routing import route
from daemon.dev.scoring import FIELDS, field_right
from daemon.reading.reader import ReadingRules, read
from tests.helpers import ROOT

WORLD = Path(__file__).parents[1] / "fixtures" / "world"
CASES = sorted(p.name[: -len(".eml")] for p in WORLD.glob("*.eml"))
NOW = datetime(2026, 12, 2, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def config():
    return load_config(ROOT / "config.toml")


@pytest.fixture(scope="module")
def rules(config):
    return ReadingRules.from_config(config)


def test_there_are_enough_world_shapes():
    assert len(CASES) >= 18
    for name in CASES:
        assert (WORLD / f"{name}.expected.json").is_file(), name


@pytest.mark.parametrize("name", CASES)
def test_world_mail_reads_right(name, config, rules):
    want = json.loads((WORLD / f"{name}.expected.json").read_text(encoding="utf-8"))
    reading = read((WORLD / f"{name}.eml").read_bytes(), rules)
    got = reading.to_json()
    assert got["kind"] == want["kind"], reading.reason
    if "authentic" in want:
        assert got["authentic"] is want["authentic"]
    if want["kind"] not in ("platform_report", "possible_report"):
        return
    wrong = {f: (want.get(f), got.get(f)) for f in FIELDS if not field_right(f, want.get(f), got.get(f), got)}
    assert not wrong
    where = route(reading.report, config, NOW)
    assert where.district == want["district"], where.reason
    if want.get("police_district"):  # a commissionerate's DCP district, GRP
        assert where.police_district == want["police_district"], where.reason


@pytest.mark.parametrize("name", [n for n in CASES if "fwd" in n])
def test_a_police_forward_is_never_a_bounce(name, rules):
    reading = read((WORLD / f"{name}.eml").read_bytes(), rules)
    assert reading.kind.value != "bounce" and reading.failed_recipients == ()
    assert any("forward" in p for p in reading.problems)
