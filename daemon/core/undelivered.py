"""What a mail the server refused or keeps deferring does to its case, and what the HQ desk
is told. Pure: the outbox's report (core.delivery.Trouble), the case, the time in; the new
case and the notice's words out.

- Refused for good: each address goes on the case's timeline with the server's code. When
  the forward reached nobody at the station (everyone refused, nobody left to retry), the
  case is marked failed_delivery and the chain moves on now instead of at the deadline.
- Deferred past send_warn_minutes: the desk hears once; retrying and the clock go on.
- The desk is not mailed about a mail to the desk (it would loop), nor again about an address
  this case already recorded as refused (a reminder to a dead mailbox is not news).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from daemon.core.case import Case, CaseState, escalate, with_event
from daemon.core.delivery import Trouble


@dataclass(frozen=True)
class Notice:
    title: str
    reason: str
    action: str


@dataclass(frozen=True)
class Change:
    case: Case | None  # None: the mail belongs to no case
    escalated_to: tuple[str, ...] = ()  # the new chain step's addresses (mail them)
    notice: Notice | None = None  # for the HQ desk


def refused_before(case: Case) -> set[str]:
    """Addresses this case's timeline already records as refused for good."""
    found: set[str] = set()
    for event in case.events:
        if event.kind == "delivery_refused":
            found |= {part.split(": ")[0].strip().lower() for part in event.detail.split("; ") if ": " in part}
    return found


def _replies(refused: dict[str, str]) -> str:
    return "; ".join(f"{address}: {reply}" for address, reply in refused.items())


def apply(trouble: Trouble, case: Case | None, hq_desk: str, now: datetime,
          minute_seconds: float = 60.0) -> Change:
    desk_mail = hq_desk.lower() in {a.lower() for a in trouble.to}
    known = refused_before(case) if case else set()
    escalated: tuple[str, ...] = ()
    moved = ""
    if case is not None and trouble.refused:
        case = with_event(case, now, "delivery_refused", "lifeline", _replies(trouble.refused))
        station = {a.lower() for a in case.route.recipients}
        reached = station & {a.lower() for a in trouble.delivered}
        if trouble.purpose == "forward" and trouble.done and not reached and case.state is CaseState.FORWARDED:
            case = with_event(case, now, "delivery_failed", "lifeline", "the forward reached nobody at the station",
                              state=CaseState.FAILED_DELIVERY)
            if case.step == 0:
                case, escalated = escalate(case, now, "the forward reached nobody at the station", minute_seconds)
                if escalated:
                    moved = f" Nobody at the station got it, so the case was escalated now to {case.route.chain[case.step].who}."
            if not moved:
                moved = " Nobody at the station got it."
    if case is not None and trouble.late_minutes is not None:
        case = with_event(case, now, "delivery_delayed", "lifeline",
                          f"{trouble.purpose} not accepted for {trouble.late_minutes:.0f} min ({trouble.error or 'no answer'}); retrying")
    if desk_mail:
        return Change(case, escalated)
    notice = None
    news = {a: r for a, r in trouble.refused.items() if a.lower() not in known}
    if news or (trouble.refused and escalated):
        notice = _refused_notice(trouble, news or trouble.refused, moved)
    elif trouble.late_minutes is not None:
        notice = _late_notice(trouble)
    return Change(case, escalated, notice)


def _who(trouble: Trouble) -> str:
    return f"the {trouble.purpose} mail" + (f" of {trouble.case_id}" if trouble.case_id else "")


def _refused_notice(trouble: Trouble, refused: dict[str, str], moved: str) -> Notice:
    got = f" It did reach: {', '.join(trouble.delivered)}." if trouble.delivered else ""
    trying = f" Still trying (server said try later): {', '.join(trouble.pending)}." if trouble.pending else ""
    return Notice(
        f"{trouble.purpose} refused for {len(refused)} recipient(s)" + (f" on {trouble.case_id}" if trouble.case_id else ""),
        f"The mail server refused {_who(trouble)} for good: {_replies(refused)}.{got}{trying}{moved}",
        "Reach the station by phone and make sure someone has the case; check the refused address "
        "in config.toml (the roster or the station mailbox).",
    )


def _late_notice(trouble: Trouble) -> Notice:
    minutes = trouble.late_minutes or 0
    return Notice(
        f"{trouble.purpose} delayed {minutes:.0f} min" + (f" on {trouble.case_id}" if trouble.case_id else ""),
        f"The mail server has not accepted {_who(trouble)} for {minutes:.0f} minutes "
        f"({trouble.error or 'no answer'}) for: {', '.join(trouble.pending)}."
        + (f" It did reach: {', '.join(trouble.delivered)}." if trouble.delivered else "")
        + " Lifeline keeps trying; the escalation clock runs on meanwhile.",
        "Phone the station and give them the case now; ask the mail admins why the server defers.",
    )
