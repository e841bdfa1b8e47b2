from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from daemon.config.schema import Station
from daemon.core.roster import gaps, on_duty

IST = ZoneInfo("Asia/Kolkata")


def station(**extra):
    data = {
        "name": "PS Test", "district": "Jodhpur", "police_district": "Jodhpur East",
        "mailbox": "do-test@police.example.in",
        "officers": [{"id": "a", "name": "A (fictional)", "email": "a@police.example.in"},
                     {"id": "b", "name": "B (fictional)", "email": "b@police.example.in"},
                     {"id": "c", "name": "C (fictional)", "email": "c@police.example.in"}],
        "shifts": [{"officer": "a", "start": "08:00", "end": "20:00"},
                   {"officer": "b", "start": "20:00", "end": "08:00"}],
    }
    data.update(extra)
    return Station.model_validate(data)


def t(day, hh, mm=0):
    return datetime(2026, 12, day, hh, mm, tzinfo=IST)


def test_day_and_night_shift_across_midnight():
    s = station()
    assert on_duty(s, t(1, 10), IST) == ("a@police.example.in",)
    assert on_duty(s, t(1, 23), IST) == ("b@police.example.in",)
    assert on_duty(s, t(2, 3), IST) == ("b@police.example.in",)  # night shift that began on the 1st
    assert on_duty(s, t(2, 8), IST) == ("a@police.example.in",)  # end is exclusive


def test_utc_input_is_read_in_local_time():
    s = station()
    assert on_duty(s, t(1, 10).astimezone(ZoneInfo("UTC")), IST) == ("a@police.example.in",)


def test_leave_swap_and_extra_overrides():
    s = station(overrides=[
        {"date": "2026-12-03", "officer": "a", "kind": "leave"},
        {"date": "2026-12-03", "officer": "c", "kind": "extra", "start": "08:00", "end": "20:00"},
        {"date": "2026-12-04", "officer": "b", "kind": "swap", "replaced_by": "c"},
    ])
    assert on_duty(s, t(3, 12), IST) == ("c@police.example.in",)
    assert on_duty(s, t(4, 12), IST) == ("a@police.example.in",)
    assert on_duty(s, t(5, 2), IST) == ("c@police.example.in",)  # the swapped night shift of the 4th
    assert on_duty(s, t(6, 2), IST) == ("b@police.example.in",)


def test_weekday_shifts_leave_weekend_gaps():
    s = station(shifts=[{"officer": "a", "days": ["mon", "tue", "wed", "thu", "fri"], "start": "00:00", "end": "00:00"}])
    found = gaps(s, t(1, 0), 7, IST)  # Tue 1 Dec .. Tue 8 Dec
    assert found == [(t(5, 0), t(7, 0))]  # Saturday and Sunday


def test_full_roster_has_no_gaps_and_leave_makes_one():
    assert gaps(station(), t(1, 0), 7, IST) == []
    s = station(overrides=[{"date": "2026-12-03", "officer": "b", "kind": "leave"}])
    assert gaps(s, t(1, 0), 7, IST) == [(t(3, 20), t(4, 8))]


def test_no_roster_means_mailbox_only_and_no_gaps():
    s = station(officers=[], shifts=[])
    assert on_duty(s, t(1, 10), IST) == () and gaps(s, t(1, 0), 7, IST) == []
