"""Property tests: random and mutated MIME never makes reading raise or hang, and always yields a kind."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daemon.reading.classify import Kind
from daemon.reading.message import normalise
from daemon.reading.reader import ReadingRules, read

RULES = ReadingRules(message_id_domain="lifeline.police.example.in")
SEEDS = [p.read_bytes() for p in sorted((Path(__file__).parents[2] / "tests" / "fixtures" / "mails").glob("*.eml"))]
# bounded for CI; LIFELINE_FUZZ_EXAMPLES=5000 for a longer hunt
FUZZ = settings(max_examples=int(os.environ.get("LIFELINE_FUZZ_EXAMPLES", "150")), deadline=2000,
                suppress_health_check=[HealthCheck.too_slow])

HEADER_NAMES = st.sampled_from(["From", "To", "Subject", "Content-Type", "Content-Transfer-Encoding", "MIME-Version",
                                "In-Reply-To", "References", "Auto-Submitted", "Date", "Message-ID", "X-Junk"])
HEADER_VALUES = st.one_of(
    st.text(max_size=80),
    st.sampled_from([
        "multipart/mixed; boundary=b", "multipart/alternative; boundary=\"b\"", "message/rfc822",
        "text/plain; charset=x-bogus", "text/html; charset=utf-8", "base64", "quoted-printable",
        "=?UTF-8?B?////?=", "=?x-unknown?Q?=FF=FE?=", "<LL-2026-000001.forward.1@lifeline.police.example.in>",
        "records@support.facebook.com", "Emergency Referral [Ref 8812045567] self-harm", "auto-replied",
    ]),
)


def check(raw: bytes) -> None:
    reading = read(raw, RULES)
    assert isinstance(reading.kind, Kind)
    data = reading.to_json()
    assert data["kind"] in {k.value for k in Kind}
    assert isinstance(data["problems"], list)


@FUZZ
@given(st.binary(max_size=4000))
def test_random_bytes(raw: bytes) -> None:
    check(raw)


@FUZZ
@given(st.lists(st.tuples(HEADER_NAMES, HEADER_VALUES), max_size=12),
       st.lists(st.one_of(st.text(max_size=200), st.sampled_from([
           "--b", "--b--", "Content-Type: text/plain", "Content-Type: message/rfc822", "Content-Type: multipart/mixed; boundary=b",
           "Name: A", "Mobile: ९८२९०४१७३६", "2026-11-28 20:58:11 2401:4900::1", "---------- Forwarded message ---------",
           "> quoted", "<table><tr><td>Name</td><td>X", "=F0=9F", "////", ""])), max_size=40))
def test_structured_mime(headers: list[tuple[str, str]], lines: list[str]) -> None:
    head = "\n".join(f"{k}: {v}" for k, v in headers)
    raw = (head + "\n\n" + "\n".join(lines)).encode("utf-8", "surrogatepass")
    check(raw)


@FUZZ
@given(st.sampled_from(range(len(SEEDS))), st.lists(st.tuples(st.integers(0, 10**6), st.binary(max_size=8)), max_size=8),
       st.integers(0, 10**6))
def test_mutated_fixtures(index: int, edits: list[tuple[int, bytes]], cut: int) -> None:
    raw = bytearray(SEEDS[index])
    for pos, data in edits:
        pos = pos % (len(raw) + 1)
        raw[pos: pos + len(data)] = data
    check(bytes(raw[: max(1, cut % (len(raw) + 1))]))


@FUZZ
@given(st.text(max_size=3000))
def test_text_bodies_never_break_normalise(text: str) -> None:
    message = normalise(("From: a@b.example\nSubject: s\n\n" + text).encode("utf-8", "surrogatepass"))
    assert isinstance(message.text, str)
