"""The one stored time format: written with iso_utc, read with from_iso."""

from datetime import datetime, timedelta, timezone

import pytest

from daemon.core.isotime import from_iso, iso_utc

IST = timezone(timedelta(hours=5, minutes=30))


def test_round_trip_in_utc_with_z():
    at = datetime(2026, 11, 28, 21, 17, 5, tzinfo=IST)
    assert iso_utc(at) == "2026-11-28T15:47:05Z"
    assert from_iso(iso_utc(at)) == at and from_iso(iso_utc(at)).utcoffset() == timedelta(0)


def test_other_writers_spellings_read_the_same():
    at = datetime(2026, 11, 28, 15, 47, 5, tzinfo=timezone.utc)
    assert from_iso("2026-11-28T15:47:05+00:00") == at == from_iso("2026-11-28T21:17:05+05:30")
    assert from_iso("2026-11-28T15:47:05.250000+00:00") == at + timedelta(milliseconds=250)


def test_missing_is_none_and_garbage_raises():
    assert from_iso(None) is None and from_iso("") is None and iso_utc(None) is None
    with pytest.raises(ValueError):
        from_iso("yesterday")
