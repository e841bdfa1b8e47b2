"""A mail the server refused for some recipients, or keeps deferring: what the case records
and what the HQ desk is told (the outbox's report: core.delivery.Trouble).

- Refused for good: each address goes on the case's timeline with the server's code. When
  the forward reached nobody at the station (everyone refused, nobody left to retry), the
  case is marked failed_delivery and the chain moves on now instead of at the deadline.
- Deferred past send_warn_minutes: the desk hears once; retrying and the clock go on.
- The desk is not mailed about a mail to the desk (it would loop), nor again about an address
  the case already records as refused (a reminder to a dead mailbox is not news).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from daemon.core import notices
from daemon.core.case import Case, CaseState, delivery_failed, escalate, with_event
from daemon.core.delivery import Trouble
from daemon.handlers.decision import Decision, Effect, NotifyDesk, SaveCase
from daemon.handlers.mails import escalation_mails

if TYPE_CHECKING:
    from daemon.config.schema import Config

NOBODY = "the forward reached nobody at the station"


def refused_before(case: Case) -> set[str]:
    """Addresses the case's timeline already records as refused for good."""
    found: set[str] = set()
    for event in case.events:
        if event.kind == "delivery_refused":
            found |= {part.split(": ")[0].strip().lower() for part in event.detail.split("; ") if ": " in part}
    return found


def _replies(refused: dict[str, str]) -> str:
    return "; ".join(f"{address}: {reply}" for address, reply in refused.items())


def handle(trouble: Trouble, case: Case | None, config: Config, now: datetime) -> Decision[None]:
    mail = trouble.mail
    known = refused_before(case) if case else set()
    effects: list[Effect] = []
    moved = ""
    if case is not None and trouble.refused:
        case = with_event(case, now, "delivery_refused", "lifeline", _replies(trouble.refused))
        reached = {a.lower() for a in case.route.recipients} & {a.lower() for a in mail.delivered}
        if mail.purpose == "forward" and not trouble.pending and not reached and case.state is CaseState.FORWARDED:
            case = delivery_failed(case, now, NOBODY)
            new: tuple[str, ...] = ()
            if case.step == 0:  # the timer has not moved the chain on yet: move it now
                case, new = escalate(case, now, NOBODY, config.minute_seconds)
                effects += escalation_mails(case, new, config) if new else ()
            moved = (f" Nobody at the station got it, so the case was escalated now to {case.route.chain[case.step].who}."
                     if new else " Nobody at the station got it.")
    if case is not None and trouble.late_minutes is not None:
        case = with_event(case, now, "delivery_delayed", "lifeline",
                          f"{mail.purpose} not accepted for {trouble.late_minutes:.0f} min ({mail.last_error}); retrying")
    if case is not None:
        effects.append(SaveCase(case))
    if config.hq_desk.lower() in {a.lower() for a in mail.to}:
        return Decision(tuple(effects), None)
    news = {a: r for a, r in trouble.refused.items() if a.lower() not in known}
    words = dict(purpose=mail.purpose, on_case=f" on {mail.case_id}" if mail.case_id else "",
                 of_case=f" of {mail.case_id}" if mail.case_id else "",
                 reached=f" It did reach: {', '.join(mail.delivered)}." if mail.delivered else "")
    if news or (trouble.refused and moved):
        refused = news or trouble.refused
        trying = f" Still trying (server said try later): {', '.join(trouble.pending)}." if trouble.pending else ""
        context = notices.context("undeliverable", case_id=mail.case_id, report=case.report if case else None,
                                  source=notices.Source(None, mail.purpose, mail.message_id), count=len(refused),
                                  replies=_replies(refused), trying=trying, moved=moved, **words)
        effects.append(NotifyDesk(mail.case_id or "DESK", "undeliverable", context, mail.case_id))
    elif trouble.late_minutes is not None:
        context = notices.context("delayed", case_id=mail.case_id, report=case.report if case else None,
                                  source=notices.Source(None, mail.purpose, mail.message_id),
                                  minutes=f"{trouble.late_minutes:.0f}", error=mail.last_error or "no answer",
                                  pending=", ".join(trouble.pending), **words)
        effects.append(NotifyDesk(mail.case_id or "DESK", "delayed", context, mail.case_id))
    return Decision(tuple(effects), None)
