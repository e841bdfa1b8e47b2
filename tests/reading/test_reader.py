"""The fixture corpus: every mail in tests/fixtures/mails gets its hand-written expected reading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from daemon.reading.reader import Reading, ReadingRules, read

MAILS = Path(__file__).parents[1] / "fixtures" / "mails"
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


def big_report(size: int) -> bytes:
    """A real-shaped report carrying a large base64 screenshot, as platforms sometimes send."""
    import base64

    head = (MAILS / "fb_plain_english.eml").read_bytes().split(b"\n\n", 1)[0]
    head = head.replace(b"Content-Type: text/plain; charset=\"UTF-8\"", b"Content-Type: multipart/mixed; boundary=big")
    body = (MAILS / "fb_plain_english.eml").read_bytes().split(b"\n\n", 1)[1]
    blob = base64.encodebytes(bytes(range(256)) * (size // 342))
    return (head + b"\n\n--big\nContent-Type: text/plain; charset=utf-8\n\n" + body
            + b"\n--big\nContent-Type: image/png; name=shot.png\nContent-Disposition: attachment; filename=shot.png\n"
            b"Content-Transfer-Encoding: base64\n\n" + blob + b"\n--big--\n")


def test_ten_megabyte_report_is_read_within_limits():
    raw = big_report(10 * 1024 * 1024)
    assert len(raw) >= 10 * 1024 * 1024
    reading = read(raw, RULES)
    assert reading.kind.value == "platform_report"
    assert reading.report.phones == ("+919876510234",)
    (shot,) = reading.message.attachments
    assert shot.filename == "shot.png" and shot.text is None and shot.size > 7_000_000


def test_oversized_mail_is_not_dropped():
    from dataclasses import replace

    small = replace(RULES, limits=replace(RULES.limits, max_bytes=100_000))
    reading = read(big_report(200_000), small)
    assert reading.kind.value == "platform_report"  # the subject still says what it is: a human looks
    assert any("exceeds" in p for p in reading.problems)


def run_parse(capsys, *argv: str) -> tuple[int, str, str]:
    import argparse

    from daemon.commands import parse

    parser = argparse.ArgumentParser()
    parse.add_arguments(parser)
    code = parse.run(parser.parse_args(list(argv)))
    out, err = capsys.readouterr()
    return code, out, err


def test_parse_command_json(capsys):
    code, out, _ = run_parse(capsys, str(MAILS / "example_instagram_html.eml"), "--json")
    data = json.loads(out)
    assert code == 0 and ISSUE_KEYS <= set(data)
    assert data["kind"] == "platform_report" and data["usernames"] == ["kavya_0311"]


def test_parse_command_garbage_and_missing(capsys, tmp_path):
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"\xff\xfe\x00 not a mail")
    code, out, err = run_parse(capsys, str(junk), "--json")
    assert code == 0 and json.loads(out)["kind"] == "malformed" and "Traceback" not in err
    code, out, err = run_parse(capsys, str(tmp_path / "missing.eml"), "--json")
    assert code == 2 and out == "" and "Traceback" not in err


def test_parse_command_with_config_and_text_output(capsys):
    config = Path(__file__).parents[2] / "config.toml"
    code, out, _ = run_parse(capsys, str(MAILS / "example_forwarded_by_cyber_cell.eml"), "--config", str(config))
    assert code == 0
    assert "platform_report" in out and "Imran Khan" in out


def test_rules_from_config_collect_places_and_own_addresses():
    from daemon.config.load import load_config

    rules = ReadingRules.from_config(load_config(Path(__file__).parents[2] / "config.toml"))
    assert "scrb-hq-desk@police.example.in" in rules.own_addresses
    assert "जोधपुर" in rules.known_places and "Jodhapura" in rules.known_places
