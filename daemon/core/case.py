"""The case: one person reported once, and everything that happened since. Pure functions.

States: received -> forwarded -> acknowledged -> attended -> closed, plus held (needs a
human at the HQ desk) and failed_delivery. Each change appends an Event (time, actor,
detail); the store keeps the case as a plain dict (``to_json`` / ``from_json``).

The transitions, one function each (who may ask for them: daemon/handlers/commands):

    transition        from                              to
    open_case         (new)                             forwarded, or held when it must not go out
    acknowledge       forwarded, failed_delivery        acknowledged (elsewhere: a note)
    escalate          forwarded, failed_delivery        the same state, one chain step up
                      (any but closed when forced: NEED HELP)
    attend            any but closed                    attended (after close: a note)
    close             any                               closed
    reassign          any                               forwarded, chain from step 0
    release           held                              forwarded (elsewhere: a note)
    delivery_failed   any                               failed_delivery (handlers/delivery: the forward
                                                        reached nobody at the station; the chain moves on)
    attach_repeat     any not closed                    the same state; risk may rise
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import Enum
from typing import Iterable

from daemon.core.isotime import from_iso, iso_utc
from daemon.core.report import Report
from daemon.core.risk import RiskLevel, RiskScore
from daemon.core.route import Route
from daemon.core.words import human


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
        return cls(from_iso(data["at"]), data["kind"], data["actor"], data.get("detail", ""))


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
    step: int = 0  # index in route.chain of the last step mailed
    next_due_at: datetime | None = None  # when the next chain step fires; None = no clock
    notified: tuple[str, ...] = ()  # escalation recipients mailed so far (beyond the route)
    outcome: str | None = None  # set when closed
    attended_at: datetime | None = None

    @property
    def recipients(self) -> tuple[str, ...]:
        """Everyone the case was sent to: who may acknowledge it."""
        return tuple(dict.fromkeys(self.route.recipients + self.notified))

    @property
    def open(self) -> bool:
        """Still waiting for someone to act: the escalation clock runs."""
        return self.state in (CaseState.FORWARDED, CaseState.FAILED_DELIVERY)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "state": self.state.value,
            "created_at": iso_utc(self.created_at),
            "report": self.report.to_json(),
            "risk": {"score": self.risk.score, "level": self.risk.level.value, "problem": self.risk.problem,
                     "p_high": self.risk.p_high, "p_risk": self.risk.p_risk},
            "route": self.route.to_json(),
            "source_message_id": self.source_message_id,
            "authentic": self.authentic,
            "hold_reason": self.hold_reason,
            "acknowledged_by": self.acknowledged_by,
            "acknowledged_at": iso_utc(self.acknowledged_at),
            "events": [e.to_json() for e in self.events],
            "step": self.step,
            "next_due_at": iso_utc(self.next_due_at),
            "notified": list(self.notified),
            "outcome": self.outcome,
            "attended_at": iso_utc(self.attended_at),
        }

    @classmethod
    def from_json(cls, data: dict) -> "Case":
        risk = data["risk"]
        return cls(
            id=data["id"],
            state=CaseState(data["state"]),
            created_at=from_iso(data["created_at"]),
            report=Report.from_json(data["report"]),
            risk=RiskScore(risk["score"], RiskLevel(risk["level"]), risk.get("problem"),
                           risk.get("p_high"), risk.get("p_risk")),
            route=Route.from_json(data["route"]),
            source_message_id=data.get("source_message_id"),
            authentic=data.get("authentic", False),
            hold_reason=data.get("hold_reason"),
            acknowledged_by=data.get("acknowledged_by"),
            acknowledged_at=from_iso(data.get("acknowledged_at")),
            events=tuple(Event.from_json(e) for e in data.get("events", ())),
            step=int(data.get("step", 0)),
            next_due_at=from_iso(data.get("next_due_at")),
            notified=tuple(data.get("notified", ())),
            outcome=data.get("outcome"),
            attended_at=from_iso(data.get("attended_at")),
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
    """The HQ desk, everyone the case went to, and every member of its frozen chain (the SHO
    may answer before the escalation reached them)."""
    chain = (a for step in case.route.chain for a in step.addresses)
    return sender.lower() in {a.lower() for a in (hq_desk, *case.recipients, *chain)}


def acknowledge(case: Case, sender: str, now: datetime, note: str = "") -> Case:
    """Record an acknowledgement; the first one sets who and when, later ones are notes."""
    if case.state in (CaseState.FORWARDED, CaseState.FAILED_DELIVERY):
        return with_event(
            case, now, "acknowledged", sender, note,
            state=CaseState.ACKNOWLEDGED, acknowledged_by=sender, acknowledged_at=now, next_due_at=None,
        )
    return with_event(case, now, "note", sender, note)


# -- escalation and commands (issue 6) --------------------------------------------------------

def wait_seconds(case: Case, step: int, minute_seconds: float = 60.0,
                 repeat_minutes: float | None = None) -> float | None:
    """How long step ``step`` waits before the next one; after the last step, the repeat
    interval (None: no repeat, the clock stops)."""
    chain = case.route.chain
    if step + 1 >= len(chain):
        return None if repeat_minutes is None or not chain else repeat_minutes * minute_seconds
    return chain[step].wait_for(case.risk.level.value) * minute_seconds


def arm(case: Case, now: datetime, minute_seconds: float = 60.0, repeat_minutes: float | None = None) -> Case:
    """(Re)start the clock of the current step; no clock unless the case is open."""
    wait = wait_seconds(case, case.step, minute_seconds, repeat_minutes) if case.open else None
    return replace(case, next_due_at=None if wait is None else now + timedelta(seconds=wait))


def escalate(case: Case, now: datetime, reason: str, minute_seconds: float = 60.0,
             force: bool = False, repeat_minutes: float | None = None,
             desk: str | None = None) -> tuple[Case, tuple[str, ...]]:
    """Climb one step of the frozen chain: returns the case and the new step's addresses
    (empty when the case is no longer open and not ``force``d, as NEED HELP does on an
    acknowledged case). After the last step the escalation never ends quietly: with
    ``repeat_minutes`` it goes to the last step and the HQ ``desk`` again, every
    ``repeat_minutes``, until a person acts."""
    if (not case.open and not force) or case.state is CaseState.CLOSED or not case.route.chain:
        return replace(case, next_due_at=None), ()
    if case.step + 1 >= len(case.route.chain):
        if repeat_minutes is None:
            return replace(case, next_due_at=None), ()
        last = case.route.chain[-1]
        to = tuple(dict.fromkeys((*last.addresses, *((desk,) if desk else ()))))
        case = with_event(case, now, "repeated", "lifeline", f"step {case.step + 1} again: {human(last.who)} ({reason})",
                          notified=tuple(dict.fromkeys(case.notified + to)))
        return arm(case, now, minute_seconds, repeat_minutes), to
    step = case.step + 1
    nxt = case.route.chain[step]
    new = tuple(a for a in nxt.addresses if a.lower() not in {r.lower() for r in case.recipients})
    case = with_event(case, now, "escalated", "lifeline", f"step {step + 1}: {human(nxt.who)} ({reason})",
                      step=step, notified=tuple(dict.fromkeys(case.notified + nxt.addresses)))
    return arm(case, now, minute_seconds, repeat_minutes), new or nxt.addresses


def attend(case: Case, sender: str, now: datetime, note: str = "") -> Case:
    """REACHED: someone is with the person; implies acknowledged, stops the clock."""
    if case.state is CaseState.CLOSED:
        return with_event(case, now, "note", sender, f"REACHED after close: {note}")
    if case.acknowledged_by is None:
        case = replace(case, acknowledged_by=sender, acknowledged_at=now)
    return with_event(case, now, "attended", sender, note, state=CaseState.ATTENDED, attended_at=now, next_due_at=None)


def close(case: Case, sender: str, now: datetime, outcome: str) -> Case:
    if case.acknowledged_by is None:
        case = replace(case, acknowledged_by=sender, acknowledged_at=now)
    return with_event(case, now, "closed", sender, outcome, state=CaseState.CLOSED, outcome=outcome, next_due_at=None)


def release(case: Case, actor: str, now: datetime, note: str = "", minute_seconds: float = 60.0) -> Case:
    """RELEASE by the HQ desk: a held case goes to its station with the clock started."""
    if case.state is not CaseState.HELD:
        return with_event(case, now, "note", actor, note)
    case = with_event(case, now, "released", actor, "", state=CaseState.FORWARDED, hold_reason=None)
    return arm(case, now, minute_seconds)


def arm_held(case: Case, now: datetime, minute_seconds: float = 60.0) -> Case:
    """A held case the desk must decide on (a possible report): its clock runs at the
    high-risk deadline of the first chain step, whatever the risk, until ASSIGN/RELEASE/CLOSE."""
    if case.state is not CaseState.HELD:
        return case
    wait = case.route.chain[0].wait_for("high") if case.route.chain else 5.0
    return replace(case, next_due_at=now + timedelta(seconds=wait * minute_seconds))


def remind_held(case: Case, now: datetime, minute_seconds: float = 60.0) -> tuple[Case, int]:
    """The held case's deadline passed with nobody deciding: one more reminder (its number
    returned) and the clock re-armed. Not a chain step: the station hears nothing until released."""
    count = sum(1 for e in case.events if e.kind == "held_reminder") + 1
    case = with_event(case, now, "held_reminder", "lifeline", f"reminder {count}: nobody has assigned or released it")
    return arm_held(case, now, minute_seconds), count


def delivery_failed(case: Case, now: datetime, error: str) -> Case:
    """The mail server refused the case's forward for everyone at the station, for good."""
    return with_event(case, now, "delivery_failed", "lifeline", error, state=CaseState.FAILED_DELIVERY)


def reassign(case: Case, route: Route, actor: str, now: datetime, minute_seconds: float = 60.0) -> Case:
    """Re-route to another station: its own chain, step 0, the clock restarted."""
    case = with_event(case, now, "reassigned", actor, f"{case.route.label} -> {route.label}",
                      route=route, step=0, state=CaseState.FORWARDED, hold_reason=None,
                      acknowledged_by=None, acknowledged_at=None)
    return arm(case, now, minute_seconds)


_RANK = {"low": 1, "medium": 2, "high": 3, "unknown": 3}


def person_keys(report: Report) -> set[str]:
    """What identifies the person: profile URLs, platform account ids, mobiles."""
    return ({"url:" + u.lower().rstrip("/") for u in report.profile_urls} | {"id:" + i for i in report.user_ids}
            | {"tel:" + p for p in report.phones})


def same_person(a: Report, b: Report) -> bool:
    """Same profile URL, platform account id or mobile: the same person reported again."""
    return bool(person_keys(a) & person_keys(b))


class PersonIndex:
    """person key -> case ids, so that a new report finds an open case about the same person
    without reading every case (a burst of reports would otherwise cost n² reads)."""

    def __init__(self) -> None:
        self._cases: dict[str, set[str]] = {}

    def add(self, case_id: str, report: Report) -> None:
        for key in person_keys(report):
            self._cases.setdefault(key, set()).add(case_id)

    def candidates(self, report: Report) -> set[str]:
        """Cases that may be about the same person (the caller checks each)."""
        found: set[str] = set()
        for key in person_keys(report):
            found |= self._cases.get(key, set())
        return found


def repeat_of(cases: Iterable[Case], report: Report, now: datetime, window_hours: float) -> Case | None:
    """The newest not-closed case about the same person within the repeat window, if any."""
    window = timedelta(hours=window_hours)
    found = None
    for case in cases:
        if case.state is CaseState.CLOSED:
            continue
        if now - case.created_at <= window and same_person(case.report, report):
            if found is None or case.created_at > found.created_at:
                found = case
    return found


def attach_repeat(case: Case, report: Report, risk: RiskScore, now: datetime,
                  minute_seconds: float = 60.0) -> tuple[Case, bool]:
    """A repeat report joins the open case: its post goes on the timeline; a higher risk
    replaces the case's risk and, while nobody has acknowledged, re-arms the clock at the
    higher level's wait. Returns the case and whether the risk went up."""
    post = " ".join((report.post_text or "").split())[:500]
    case = with_event(case, now, "repeat_report", "lifeline",
                      f"risk {risk.level.value}; ref {report.reference or 'none'}; post: {post or '(none)'}")
    raised = _RANK[risk.level.value] > _RANK[case.risk.level.value] or (
        risk.level is RiskLevel.HIGH and case.risk.level is RiskLevel.UNKNOWN)
    if not raised:
        return case, False
    case = with_event(case, now, "risk_raised", "lifeline", f"{case.risk.level.value} -> {risk.level.value}", risk=risk)
    if case.open:
        rearmed = arm(case, now, minute_seconds)
        if case.next_due_at is None or (rearmed.next_due_at and rearmed.next_due_at < case.next_due_at):
            case = rearmed
    return case, True
