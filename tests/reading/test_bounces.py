"""Bounces and automatic mail: flufl.bounce's own samples and our auto-reply fixtures.

Every bounce and auto-reply, given a reference to one of our cases, is read as automatic
mail about that case, never as an acknowledgement; the addresses a bounce names are the
ones flufl.bounce's tests expect.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from daemon.reading.reader import ReadingRules, read

ROOT = Path(__file__).parents[1] / "fixtures" / "bounces"
RULES = ReadingRules(message_id_domain="lifeline.police.example.in")
FLUFL = json.loads((ROOT / "flufl" / "expected.json").read_text(encoding="utf-8"))
AUTO = json.loads((ROOT / "auto" / "expected.json").read_text(encoding="utf-8"))
CASE = "LL-2026-000123"
# threading to our forward, as a bounce of it or a reply to it would
REFERENCE = f"References: <{CASE}.forward.1@lifeline.police.example.in>\n".encode()
# automatic mail: the real bounces, the delay notices and qmail_08 (an auto-reply)
AUTOMATIC = [e["file"] for e in FLUFL if e["bounce"] or e["temporary"] or e["file"] == "qmail_08.txt"]


def sample(name: str) -> bytes:
    return (ROOT / "flufl" / name).read_bytes()


def test_at_least_98_percent_of_flufl_bounces_are_recognised():
    bounces = [e["file"] for e in FLUFL if e["bounce"]]
    missed = [name for name in bounces if read(sample(name), RULES).kind.value != "bounce"]
    assert len(bounces) >= 100
    assert 1 - len(missed) / len(bounces) >= 0.98, missed


@pytest.mark.parametrize("name", AUTOMATIC)
def test_flufl_automatic_mail_about_a_case_never_acknowledges(name):
    reading = read(REFERENCE + sample(name), RULES)
    assert reading.kind.value in ("bounce", "auto_reply")
    assert reading.case_ref == CASE


@pytest.mark.parametrize("entry", [e for e in FLUFL if e["bounce"] and e["failed"]], ids=lambda e: e["file"])
def test_failed_addresses_are_flufls(entry):
    expected = {a.lower() for a in entry["failed"]}
    got = set(read(sample(entry["file"]), RULES).failed_recipients)
    if entry["file"] == "simple_42.txt":  # flufl's pipeline finds the list archive's obfuscated address
        assert got <= {"david...@gmail.com"}
    else:
        assert got == expected


def test_a_delay_is_not_a_failure():
    for entry in (e for e in FLUFL if e["temporary"]):
        assert read(sample(entry["file"]), RULES).failed_recipients == (), entry["file"]


@pytest.mark.parametrize("entry", AUTO, ids=lambda e: e["file"])
def test_auto_reply_fixtures(entry):
    reading = read((ROOT / "auto" / entry["file"]).read_bytes(), RULES)
    assert reading.kind.value == entry["kind"]
    assert reading.case_ref == entry["case_ref"]
    assert set(reading.failed_recipients) == set(entry["failed"])


def test_a_mail_flufl_trips_over_is_still_read(capsys):
    """flufl.bounce 6.0 raises on a mail with no From (Yale detector); reading goes on, and the
    daemon's log setup keeps flufl's own traceback out of the log."""
    import logging

    from daemon.app import logs

    raw = b"To: scrb-sm-desk@police.example.in\nSubject: Undelivered Mail\n\nThe mail could not be delivered to x@y.example.\n"
    logs.setup("INFO")
    try:
        assert read(raw, RULES).kind.value == "bounce"
        assert "Traceback" not in capsys.readouterr().err
    finally:
        logging.getLogger("lifeline").handlers[:] = []


def _every_automatic_mail_in_the_suite() -> list[Path]:
    """flufl.bounce's bounces, delays and auto-reply, our auto/ fixtures, and the bounces and
    auto-replies among the reader's fixture mails."""
    mails = Path(__file__).parents[1] / "fixtures" / "mails"
    found = [ROOT / "flufl" / name for name in AUTOMATIC] + sorted((ROOT / "auto").glob("*.eml"))
    for expected in sorted(mails.glob("*.expected.json")):
        if json.loads(expected.read_text(encoding="utf-8"))["kind"] in ("bounce", "auto_reply"):
            found.append(expected.with_name(expected.name.replace(".expected.json", ".eml")))
    return found


@pytest.mark.parametrize("path", _every_automatic_mail_in_the_suite(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_bounce_and_auto_reply_with_a_case_reference_is_no_acknowledgement(path):
    own = read(path.read_bytes(), RULES).case_ref  # some already name a case of their own
    reading = read(REFERENCE + path.read_bytes(), RULES)
    assert reading.kind.value in ("bounce", "auto_reply"), reading.reason
    assert reading.case_ref in {own or CASE, CASE}  # threading to our forward outranks a subject tag
