"""Pager-style one-line reports -> label lines (daemon.reading.pager)."""

from __future__ import annotations

from datetime import datetime, timezone

from daemon.config.load import load_config
from daemon.core.routing import route
from daemon.reading.pager import pager_text
from daemon.reading.reader import ReadingRules, read
from tests.helpers import ROOT

ONE_LINER = ("FACEBOOK ER 6342451456: Kavita Rathore, +91 63216 00000, loc Village Bhimsar, Tehsil Nokha, Bikaner, "
             "id 100064250000, kavita.r@example.in. IPs: 106.215.0.10 @2026-10-18T14:52:21Z; 2401:db8::5; "
             "106.215.0.11 @2026-10-18T06:30:34Z.\nPost: words of the post")


def test_a_one_liner_becomes_one_label_line_per_fact():
    lines = pager_text(ONE_LINER).splitlines()
    assert lines[:6] == ["Reference: 6342451456", "Name: Kavita Rathore", "Phone: +91 63216 00000",
                         "loc: Village Bhimsar, Tehsil Nokha, Bikaner", "id: 100064250000", "Email: kavita.r@example.in"]


def test_each_login_of_the_ip_sentence_keeps_its_own_time():
    lines = pager_text(ONE_LINER).splitlines()
    assert lines[6:] == ["IPs: 106.215.0.10 @2026-10-18T14:52:21Z", "IPs: 2401:db8::5",
                         "IPs: 106.215.0.11 @2026-10-18T06:30:34Z", "Post: words of the post"]


def test_a_one_liner_read_end_to_end():
    config = load_config(ROOT / "config.toml")
    raw = ("From: Facebook <records@facebookmail.com>\nTo: scrb-hq-desk@police.example.in\n"
           "Subject: Facebook referral [Ref 6342451456]\nMessage-ID: <p1@facebookmail.com>\n\n" + ONE_LINER + "\n").encode()
    report = read(raw, ReadingRules.from_config(config)).report
    assert report.subject_name == "Kavita Rathore"
    assert report.phones == ("+916321600000",)
    assert [ip.seen_at is None for ip in report.ips] == [False, True, False]
    assert [(h, h.source) for h in report.location_hints][:1] == [("Village Bhimsar, Tehsil Nokha, Bikaner", "stated")]
    assert route(report, config, datetime(2026, 12, 1, tzinfo=timezone.utc)).district == "Bikaner"


def test_lines_that_only_look_like_one_are_left_as_they_are():
    for text in ("NOTE ABC 123: meeting moved, see below, thanks",        # no facts
                 "URGENT CASE 42: please call, the number is below, 0141 2222222, today",  # items that are no facts
                 "Name: Kavita Rathore, +91 63216 00000, loc Bikaner, kavita.r@example.in"):  # no upper-case head
        assert pager_text(text) == text
