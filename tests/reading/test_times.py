from datetime import datetime, timezone

import pytest

from daemon.reading.times import parse_time, zone_in, zone_offset


def utc(*args):
    return datetime(*args, tzinfo=timezone.utc)


@pytest.mark.parametrize("text,expected", [
    ("2026-11-28 20:57 UTC", utc(2026, 11, 28, 20, 57)),
    ("2026-11-29 03:32 IST", utc(2026, 11, 28, 22, 2)),
    ("2026-11-28T20:58:11Z", utc(2026, 11, 28, 20, 58, 11)),
    ("2026-11-30T17:05:00+05:30", utc(2026, 11, 30, 11, 35)),
    ("28/11/2026 9:05 PM IST", utc(2026, 11, 28, 15, 35)),
    ("Nov 30, 2026 at 8:15 AM PST", utc(2026, 11, 30, 16, 15)),
    ("30 Nov 2026 20:58 +0530", utc(2026, 11, 30, 15, 28)),
    ("2026-11-28 20:58:11 (UTC+05:30)", utc(2026, 11, 28, 15, 28, 11)),
    ("29 नवंबर 2026 रात 10:15 IST", utc(2026, 11, 29, 16, 45)),  # रात (night) 10:15 is 22:15
    ("12/31/2026 23:00 UTC", utc(2026, 12, 31, 23, 0)),  # month-first only when day-first is impossible
])
def test_layouts_and_zones(text, expected):
    assert parse_time(text) == (expected, False)


def test_missing_zone_is_reported_and_default_applies():
    assert parse_time("2026-11-28 20:58") == (utc(2026, 11, 28, 20, 58), True)
    ist = zone_offset("IST")
    assert parse_time("2026-11-29 02:28", ist) == (utc(2026, 11, 28, 20, 58), False)


def test_impossible_dates_are_not_times():
    assert parse_time("2026-02-30 10:00 UTC") == (None, False)
    assert parse_time("version 1.2.3") == (None, False)


def test_zone_in_header_lines():
    assert zone_in("RECENT LOGIN IP ADDRESSES (UTC)").utcoffset(None).total_seconds() == 0
    assert zone_in("timestamp ist,ip").utcoffset(None).total_seconds() == 19800
    assert zone_in("no zone here, just a list") is None


def test_clock_time_takes_the_mail_day():
    from daemon.reading.times import parse_clock_time

    sent = utc(2026, 11, 28, 22, 10)  # 03:40 IST on the 29th
    assert parse_clock_time("Live video started: 03:32 IST", sent) == utc(2026, 11, 28, 22, 2)
    assert parse_clock_time("at 23:50 IST", sent) == utc(2026, 11, 28, 18, 20)  # the evening before
    assert parse_clock_time("no time here", sent) is None


def test_an_ambiguous_date_is_read_the_way_nearer_the_mail():
    sent = datetime(2026, 12, 2, 8, 0, tzinfo=timezone.utc)
    assert parse_time("12/02/2026 07:12 UTC", near=sent)[0] == utc(2026, 12, 2, 7, 12)  # month-first: the mail's day
    assert parse_time("12/02/2026 07:12 UTC")[0] == utc(2026, 2, 12, 7, 12)  # day-first without a reference
    assert parse_time("01/12/2026 07:12 UTC", near=sent)[0] == utc(2026, 12, 1, 7, 12)  # day-first is near: kept
