"""The case: one person reported once, and everything that happened since. Pure functions.

States: received -> forwarded -> acknowledged -> attended -> closed, plus held (needs a
human at the HQ desk) and failed_delivery. Each change appends an Event (time, actor,
detail); the store keeps the case as a plain dict (``to_json`` / ``from_json``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum

from daemon.reports.report import Report, iso_utc
from daemon.risk import RiskLevel, RiskScore
from daemon.routing import Route


class CaseState(str, Enum):
    RECEIVED = "received"
    FORWARDED = "forwarded"
    ACKNOWLEDGED = "acknowledged"
    ATTENDED = "attended"
    CLOSED = "closed"
    HELD = "held"
    FAILED_DELIVERY = "failed_delivery"


@dataclass(frozen=True)
class Event:
    at: datetime
    kind: str  # received / forwarded / delivered / acknowledged / held / reply_ignored / ...
    actor: str  # "lifeline", an address, "hq-desk"
    detail: str = ""

    def to_json(self) -> dict:
        return {"at": iso_utc(self.at), "kind": self.kind, "actor": self.actor, "detail": self.detail}

    @classmethod
    def from_json(cls, data: dict) -> "Event":
        return cls(_when(data["at"]), data["kind"], data["actor"], data.get("detail", ""))


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


@dataclass(frozen=True)
class Case:
    id: str
    state: CaseState
    created_at: datetime
    report: Report
    risk: RiskScore
    route: Route
    source_message_id: str | None
    authentic: bool
    hold_reason: str | None = None
    acknowledged_by: str | None = None
    acknowledged_at: datetime | None = None
    events: tuple[Event, ...] = field(default=())

    @property
    def recipients(self) -> tuple[str, ...]:
        """Everyone the case was sent to: who may acknowledge it."""
        return self.route.recipients

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "state": self.state.value,
            "created_at": iso_utc(self.created_at),
            "report": self.report.to_json(),
            "risk": {"score": self.risk.score, "level": self.risk.level.value, "problem": self.risk.problem},
            "route": self.route.to_json(),
            "source_message_id": self.source_message_id,
            "authentic": self.authentic,
            "hold_reason": self.hold_reason,
            "acknowledged_by": self.acknowledged_by,
            "acknowledged_at": iso_utc(self.acknowledged_at),
            "events": [e.to_json() for e in self.events],
        }

    @classmethod
    def from_json(cls, data: dict) -> "Case":
        risk = data["risk"]
        return cls(
            id=data["id"],
            state=CaseState(data["state"]),
            created_at=_when(data["created_at"]),
            report=Report.from_json(data["report"]),
            risk=RiskScore(risk["score"], RiskLevel(risk["level"]), risk.get("problem")),
            route=Route.from_json(data["route"]),
            source_message_id=data.get("source_message_id"),
            authentic=data.get("authentic", False),
            hold_reason=data.get("hold_reason"),
            acknowledged_by=data.get("acknowledged_by"),
            acknowledged_at=_when(data.get("acknowledged_at")),
            events=tuple(Event.from_json(e) for e in data.get("events", ())),
        )


def with_event(case: Case, at: datetime, kind: str, actor: str, detail: str = "", **changes) -> Case:
    return replace(case, events=case.events + (Event(at, kind, actor, detail),), **changes)


def open_case(
    case_id: str, report: Report, risk: RiskScore, route: Route, *, authentic: bool,
    source_message_id: str | None, now: datetime, hold_reason: str | None = None,
) -> Case:
    """A new case: forwarded to its station, or held for the HQ desk when it must not be."""
    case = Case(
        id=case_id, state=CaseState.RECEIVED, created_at=now, report=report, risk=risk,
        route=route, source_message_id=source_message_id, authentic=authentic,
    )
    case = with_event(case, now, "received", "lifeline", f"risk {risk.level.value}")
    if hold_reason:
        return with_event(case, now, "held", "lifeline", hold_reason, state=CaseState.HELD, hold_reason=hold_reason)
    return with_event(case, now, "forwarded", "lifeline", ", ".join(route.recipients), state=CaseState.FORWARDED)


def may_act(case: Case, sender: str, hq_desk: str) -> bool:
    sender = sender.lower()
    return sender == hq_desk.lower() or sender in {r.lower() for r in case.recipients}


def acknowledge(case: Case, sender: str, now: datetime, note: str = "") -> Case:
    """Record an acknowledgement; the first one sets who and when, later ones are notes."""
    if case.state in (CaseState.FORWARDED, CaseState.FAILED_DELIVERY):
        return with_event(
            case, now, "acknowledged", sender, note,
            state=CaseState.ACKNOWLEDGED, acknowledged_by=sender, acknowledged_at=now,
        )
    return with_event(case, now, "note", sender, note)
