"""Posts written on one line with their time in the label, or under a timed head."""

from __future__ import annotations

import pytest

from daemon.reading.post_lines import post_lines
from daemon.reading.times import parse_time


def _read(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in post_lines(text.splitlines(), set()):
        out.setdefault(f.field, []).append(f.value)
    return out


def _utc(value: str) -> str:
    return parse_time(value)[0].strftime("%Y-%m-%dT%H:%M:%SZ")


def test_time_in_brackets_before_the_colon():
    got = _read('Story (5 Dec 2026, 11:20 PM IST): "sab khatam"')
    assert got["post"] == ["sab khatam"]
    assert _utc(got["post_time"][0]) == "2026-12-05T17:50:00Z"


def test_posting_verb_and_time_in_the_head():
    got = _read("Video uploaded 2026-12-01 04:10:00 UTC: “nobody will miss me”")
    assert got["post"] == ["nobody will miss me"]
    assert _utc(got["post_time"][0]) == "2026-12-01T04:10:00Z"


def test_time_after_the_quoted_text():
    got = _read('Status text: "bye bye" (posted 2026-12-02 10:00 UTC)')
    assert got["post"] == ["bye bye"] and _utc(got["post_time"][0]) == "2026-12-02T10:00:00Z"


def test_hindi_head():
    got = _read('पोस्ट (02.12.2026, 21:15 IST): "अब और नहीं"')
    assert got["post"] == ["अब और नहीं"] and _utc(got["post_time"][0]) == "2026-12-02T15:45:00Z"


def test_words_on_the_line_below_a_timed_head():
    got = _read("Reel shared on 03/12/2026 at 07:00 IST:\nab bas\n\nLocation: Churu")
    assert got["post"] == ["ab bas"] and _utc(got["post_time"][0]) == "2026-12-03T01:30:00Z"


def test_someone_elses_words_are_not_the_post():
    assert _read('Comment by friend (2 Dec 2026, 10:00 IST): "call me"') == {}
    assert _read('Reporter wrote at 10:00 IST on 2 Dec 2026: "please help him"') == {}


def test_a_plain_label_is_left_to_the_label_reader():
    assert _read('Caption: "ab nahi"') == {}
    assert _read('Group name: "Family chat"') == {}


def test_a_label_line_below_is_no_post():
    assert _read("Posted at 03/12/2026 07:00 IST:\nName: Asha") == {}


def test_skipped_lines_are_not_read():
    assert post_lines(['Post (5 Dec 2026, 11:20 PM IST): "x y z"'], {0}) == []


@pytest.mark.parametrize("line, when", [
    ("Post (14 Nov 2026, 09:40 PM IST): sab khatam, alvida", "14 Nov 2026, 09:40 PM IST"),
    ("Caption of the reel (2026-11-14T16:10:00Z): last one from me", "2026-11-14T16:10:00Z"),
])
def test_an_unquoted_post_with_its_time_in_brackets_gives_the_post_and_its_time(line, when):
    fields = post_lines([line], set())
    assert [f.field for f in fields] == ["post", "post_time"]
    assert fields[1].value == when and ":" not in fields[0].value[:2]


def test_a_timed_head_in_brackets_alone_with_the_words_below():
    got = _read("Story text (2026-11-26T12:04:34Z)\ni'm done. sorry for being a burden\n")
    assert got["post"] == ["i'm done. sorry for being a burden"]
    assert _utc(got["post_time"][0]) == "2026-11-26T12:04:34Z"


def test_words_signed_with_their_time_are_the_post():
    got = _read("- **Area** — Sikar\n\nTonight I end it. Please forgive me.\n— 21 Nov 2026, 03:01 AM IST")
    assert got["post"] == ["Tonight I end it. Please forgive me."]
    assert _utc(got["post_time"][0]) == "2026-11-20T21:31:00Z"


def test_a_labelled_line_above_a_signed_time_is_no_post():
    assert "post" not in _read("Report generated: yes\n— 21 Nov 2026, 03:01 AM IST")


def test_an_unbracketed_time_between_the_head_and_the_words():
    fields = post_lines(["Post 2026-10-18T21:59:03Z: I will end my life tonight, the pills are here"], set())
    assert [(f.field, f.value) for f in fields] == [
        ("post", "I will end my life tonight, the pills are here"), ("post_time", "2026-10-18T21:59:03Z")]
    assert post_lines(["Login 2026-10-18T21:59:03Z: from 1.38.2.4"], set()) == []  # no post head
