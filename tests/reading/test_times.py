from datetime import datetime, timezone

import pytest

from daemon.reading.times import find_times, parse_time, zone_in, zone_offset


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
    ("0215 UTC 30 NOV 2026", utc(2026, 11, 30, 2, 15)),  # telex: four digits and a zone are a time of day
    ("30 Nov 2026 1830 IST", utc(2026, 11, 30, 13, 0)),
])
def test_layouts_and_zones(text, expected):
    assert parse_time(text) == (expected, False)


def test_missing_zone_is_reported_and_default_applies():
    assert parse_time("2026-11-28 20:58") == (utc(2026, 11, 28, 20, 58), True)
    ist = zone_offset("IST")
    assert parse_time("2026-11-29 02:28", ist) == (utc(2026, 11, 28, 20, 58), False)


def test_four_digits_are_a_time_only_beside_a_zone_or_hrs():
    assert parse_time("30 Nov 2026 2140 hrs") == (utc(2026, 11, 30, 21, 40), True)
    assert parse_time("since 2026 IST rules apply") == (None, False)  # a year before a zone is no clock
    assert parse_time("Case 2026 1830 filed") == (None, False)
    assert parse_time("30 Nov 2026 2560 UTC") == (None, False)  # 25:60 is no clock: a date alone


def test_a_date_beside_an_american_zone_is_month_first():
    assert parse_time("11/05/2026 8:44 AM PST") == (utc(2026, 11, 5, 16, 44), False)
    assert parse_time("8:44 AM Pacific Time, 11/05/2026") == (utc(2026, 11, 5, 16, 44), False)
    assert parse_time("11/05/2026 8:44 AM IST") == (utc(2026, 5, 11, 3, 14), False)  # Indian: day first


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


def test_a_mail_that_declares_its_zone_gives_it_to_every_time_without_one():
    from daemon.reading.times import declared_zone

    ist = declared_zone("Hello\nAll times below are Indian Standard Time (IST).\nCase: 1")
    assert ist is not None and ist.utcoffset(datetime(2026, 1, 1)).total_seconds() == 19800
    assert declared_zone("The login IP history (times in IST) is attached as CSV.") is not None
    assert declared_zone("category: self-harm\ntimezone: Asia/Kolkata") is not None
    assert declared_zone("Time of post (UTC): 24-11-2026 14:11") is None  # a time with its own zone declares nothing
    assert declared_zone("Posted: 24-11-2026 14:11") is None


def test_the_declared_zone_reads_the_post_time_and_an_attached_login_log():
    from daemon.reading.extract import extract_report
    from daemon.reading.message import normalise

    raw = (b"From: Meta <records@fb.com>\r\nSubject: Case 1\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
           b"All times below are Indian Standard Time (IST).\r\n\r\n" + b"Case ID: LER-2026-1\r\n" * 1 +
           b"\r\n" * 14 + b"Profile name: Rekha Saini\r\nContent created at: 24-11-2026 14:11\r\n"
           b"\r\n--b\r\nContent-Type: text/csv; name=ip.csv\r\nContent-Disposition: attachment; filename=ip.csv\r\n\r\n"
           b"timestamp,ip_address,event\r\n28-11-2026 14:44,117.99.196.190,post\r\n28-11-2026 19:17,106.215.28.18,post\r\n"
           b"--b--\r\n")
    report = extract_report(normalise(raw))
    assert report.post_time.isoformat() == "2026-11-24T08:41:00+00:00"
    assert [s.seen_at.isoformat() for s in report.ips] == ["2026-11-28T09:14:00+00:00", "2026-11-28T13:47:00+00:00"]


def test_a_date_before_a_long_run_of_blanks_reads_in_linear_time():
    # whitespace runs backtracked polynomially: a date and 8,000 spaces took 43 s (an address
    # blanked out by the IP reader is such a run); 200,000 now take milliseconds
    import time

    line = "2026-11-28 20:58:11 " + " " * 200_000 + "x"
    started = time.perf_counter()
    found = find_times(line)
    assert time.perf_counter() - started < 2
    assert [t[2].isoformat() for t in found] == ["2026-11-28T20:58:11+00:00"]


def test_an_access_log_time_carries_its_own_offset():
    [(_, _, at, assumed)] = find_times('2401:db8::7 - - [08/Nov/2026:18:53:15 +0000] "POST /login HTTP/2" 200')
    assert at == datetime(2026, 11, 8, 18, 53, 15, tzinfo=timezone.utc) and not assumed
    [(_, _, at, _)] = find_times("[8/nov/2026:18:53:15 +0530]")
    assert at == datetime(2026, 11, 8, 13, 23, 15, tzinfo=timezone.utc)
