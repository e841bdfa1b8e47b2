"""The daily summary's figures for one local day, from the stored rows. Pure.

A case belongs to the day it was created on (local time). Times are measured from the case's
creation: to forward (the first forward mail accepted by the mail server), to acknowledge,
to reach the person (REACHED). Percentiles are nearest-rank, so each figure is a real case's.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Iterable
from zoneinfo import ZoneInfo

from daemon.core.isotime import from_iso
from daemon.core.outgoing import FAILED, OutgoingMail

MEASURES = ("forward", "acknowledge", "reach")


@dataclass(frozen=True)
class Spread:
    n: int
    median: float | None  # seconds
    p90: float | None


@dataclass(frozen=True)
class Summary:
    day: date
    zone: str
    reports: int  # new cases and repeat reports of the day
    cases: int
    by_risk: tuple[tuple[str, int], ...]
    by_outcome: tuple[tuple[str, int], ...]
    times: tuple[tuple[str, dict[str, Spread]], ...]  # police district -> measure -> spread
    still_open: tuple[str, ...]  # case ids of any day not closed now
    never_acknowledged: tuple[str, ...]  # the day's cases nobody acknowledged
    delivery_failures: int
    unknown_risk: int


def nearest_rank(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def spread(values: list[float]) -> Spread:
    return Spread(len(values), nearest_rank(values, 0.5), nearest_rank(values, 0.9))


def day_window(day: date, zone: str) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), ZoneInfo(zone))
    return start, start + timedelta(days=1)


def summarise(day: date, zone: str, cases: Iterable[dict], outgoing: Iterable[OutgoingMail]) -> Summary:
    start, end = day_window(day, zone)
    cases = list(cases)
    forwarded: dict[str, datetime] = {}
    failures = 0
    for mail in outgoing:
        if mail.purpose == "forward" and mail.sent_at and mail.case_id:
            forwarded[mail.case_id] = min(mail.sent_at, forwarded.get(mail.case_id, mail.sent_at))
        if mail.queued_at and start <= mail.queued_at < end and (mail.status == FAILED or mail.refused):
            failures += 1
    todays = [c for c in cases if start <= from_iso(c["created_at"]) < end]
    repeats = sum(1 for c in cases for e in c.get("events", ())
                  if e.get("kind") == "repeat_report" and start <= from_iso(e["at"]) < end)
    samples: dict[str, dict[str, list[float]]] = {}
    for c in todays:
        created = from_iso(c["created_at"])
        district = (c.get("route") or {}).get("police_district") or "state control room"
        ends = {"forward": forwarded.get(c["id"]), "acknowledge": from_iso(c.get("acknowledged_at")),
                "reach": from_iso(c.get("attended_at"))}
        row = samples.setdefault(district, {m: [] for m in MEASURES})
        for measure, at in ends.items():
            if at is not None:
                row[measure].append(max(0.0, (at - created).total_seconds()))
    outcome = Counter((c.get("outcome") or "closed").lower() if c["state"] == "closed" else c["state"] for c in todays)
    return Summary(
        day=day, zone=zone, reports=len(todays) + repeats, cases=len(todays),
        by_risk=tuple(sorted(Counter(c["risk"]["level"] for c in todays).items())),
        by_outcome=tuple(sorted(outcome.items(), key=lambda kv: (-kv[1], kv[0]))),
        times=tuple((d, {m: spread(v) for m, v in row.items()}) for d, row in sorted(samples.items())),
        still_open=tuple(sorted(c["id"] for c in cases if c["state"] != "closed" and from_iso(c["created_at"]) < end)),
        never_acknowledged=tuple(sorted(c["id"] for c in todays if not c.get("acknowledged_at"))),
        delivery_failures=failures,
        unknown_risk=sum(1 for c in todays if c["risk"]["level"] == "unknown"),
    )


def minutes(seconds: float | None) -> str:
    """A duration as a person reads it in the summary."""
    if seconds is None:
        return "-"
    return f"{seconds:.0f} s" if seconds < 90 else f"{seconds / 60:.1f} min"
