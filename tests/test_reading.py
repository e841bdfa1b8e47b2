"""The fixture corpus: every mail in tests/fixtures/mails gets its hand-written expected reading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from daemon.reading import Reading, ReadingRules, read

MAILS = Path(__file__).parent / "fixtures" / "mails"
RULES = ReadingRules(
    message_id_domain="lifeline.police.example.in",
    own_addresses=("scrb-sm-desk@police.example.in", "scrb-hq-desk@police.example.in"),
    officer_phones=("+91 94141 00100",),  # the Ajmer cyber cell inspector's signature number
)
ISSUE_KEYS = {
    "kind", "platform", "reference", "authentic", "subject_name", "phones", "emails", "ips", "profile_urls",
    "usernames", "post_text", "post_time", "location_hints", "language", "case_ref", "problems",
}
CASES = sorted(p.name[: -len(".eml")] for p in MAILS.glob("*.eml"))


def test_corpus_is_large_and_paired():
    assert len(CASES) >= 40
    for name in CASES:
        assert (MAILS / f"{name}.expected.json").is_file(), name


@pytest.mark.parametrize("name", CASES)
def test_fixture_reading(name: str) -> None:
    expected = json.loads((MAILS / f"{name}.expected.json").read_text(encoding="utf-8"))
    got = read((MAILS / f"{name}.eml").read_bytes(), RULES).to_json()
    assert ISSUE_KEYS <= set(got)
    json.dumps(got)  # serialisable as the CLI prints it
    wanted_problems = expected.pop("problems_include", [])
    for key, value in expected.items():
        assert got[key] == value, f"{name}: {key}"
    for fragment in wanted_problems:
        assert any(fragment in p for p in got["problems"]), f"{name}: no problem mentioning {fragment!r}: {got['problems']}"


def test_reading_keeps_message_and_report() -> None:
    reading = read((MAILS / "fb_plain_english.eml").read_bytes(), RULES)
    assert isinstance(reading, Reading)
    assert reading.report is not None and reading.report.subject_name == "Rohit Verma"
    assert reading.message.from_addr == "records@support.facebook.com"


def test_trusted_domains_come_from_rules() -> None:
    raw = (MAILS / "fb_plain_english.eml").read_bytes()
    strict = ReadingRules(message_id_domain="lifeline.police.example.in", trusted_platform_domains=("instagram.com",))
    assert read(raw, strict).authentic is False
    assert read(raw, RULES).authentic is True
