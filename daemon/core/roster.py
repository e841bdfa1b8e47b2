"""Who is on duty at a station at time t, and where the roster leaves nobody. Pure.

A station's roster is weekly shifts (weekday + local start/end; an end at or before the
start runs past midnight, so a shift belongs to the day it starts) plus dated overrides:
leave (the officer's shifts starting that day are off), swap (another officer takes them)
and extra (an additional shift that day). Times are local to the config's time zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # stations come from the loaded config
    from daemon.config.schema import Station

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Duty:
    officer: str  # officer id
    email: str
    start: datetime  # aware, local
    end: datetime


def _span(day: date, start: time, end: time, tz: ZoneInfo) -> tuple[datetime, datetime]:
    begin = datetime.combine(day, start, tz)
    finish = datetime.combine(day, end, tz)
    if finish <= begin:
        finish += timedelta(days=1)
    return begin, finish


def duties_on(station: Station, day: date, tz: ZoneInfo) -> list[Duty]:
    """Every shift that starts on ``day`` (local), overrides applied."""
    emails = {o.id: o.email for o in station.officers}
    overrides = [o for o in station.overrides if o.date == day]
    leave = {o.officer for o in overrides if o.kind == "leave"}
    swaps = {o.officer: o.replaced_by for o in overrides if o.kind == "swap"}
    out = []
    for shift in station.shifts:
        if WEEKDAYS[day.weekday()] not in shift.days or shift.officer in leave:
            continue
        who = swaps.get(shift.officer, shift.officer)
        out.append(Duty(who, emails[who], *_span(day, shift.start, shift.end, tz)))
    for o in overrides:
        if o.kind == "extra":
            out.append(Duty(o.officer, emails[o.officer], *_span(day, o.start, o.end, tz)))
    return out


def on_duty(station: Station, at: datetime, tz: ZoneInfo) -> tuple[str, ...]:
    """E-mail addresses of the officers on duty at ``at`` (aware), in roster order, once each."""
    local = at.astimezone(tz)
    out: list[str] = []
    for day in (local.date() - timedelta(days=1), local.date()):
        for duty in duties_on(station, day, tz):
            if duty.start <= local < duty.end and duty.email not in out:
                out.append(duty.email)
    return tuple(out)


def gaps(station: Station, start: datetime, days: int, tz: ZoneInfo) -> list[tuple[datetime, datetime]]:
    """Intervals in [start, start + days) when nobody on the roster is on duty.

    A station without shifts has no roster (its mailbox alone gets cases) and no gaps."""
    if not station.shifts:
        return []
    begin = start.astimezone(tz)
    finish = begin + timedelta(days=days)
    spans = sorted(
        (d.start, d.end)
        for n in range(-1, days + 1)
        for d in duties_on(station, begin.date() + timedelta(days=n), tz)
    )
    out, cursor = [], begin
    for s, e in spans:
        if e <= cursor:
            continue
        if s > cursor:
            out.append((cursor, min(s, finish)))
        cursor = max(cursor, e)
        if cursor >= finish:
            break
    if cursor < finish:
        out.append((cursor, finish))
    return [(a, b) for a, b in out if a < b and a < finish]
