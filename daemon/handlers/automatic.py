"""Auto-replies and bounces: never an acknowledgement. One from a case's recipient (any
bounce about the case) escalates it at once; a bounce's unreachable addresses are counted;
the desk is told of every one."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from daemon.core.case import escalate, with_event
from daemon.handlers.decision import REPLIES, Decision, Effect, Outcome, RecordBounce, SaveCase
from daemon.handlers.inputs import Loaded, Prepared
from daemon.handlers.mails import about_mail, escalation_mails
from daemon.reading.classify import Kind

if TYPE_CHECKING:
    from daemon.config.schema import Config


def named_case(mail: Prepared) -> tuple[str, ...]:
    """The case the mail refers to (threading, subject tag, a returned copy of our mail)."""
    return (mail.reading.case_ref,) if mail.reading.case_ref else ()


def handle(mail: Prepared, loaded: Loaded, config: Config, now: datetime) -> Decision[Outcome]:
    reading = mail.reading
    ref = reading.case_ref
    case = loaded.cases.get(ref) if ref else None
    kind = reading.kind.value
    sender = (reading.message.from_addr or "unknown").lower()
    escalated = ""
    effects: tuple[Effect, ...] = ()
    if case:
        failed = reading.failed_recipients
        case = with_event(case, now, kind, sender, "automatic mail, not an acknowledgement"
                          + (f"; undeliverable: {', '.join(failed)}" if failed else ""))
        effects = tuple(RecordBounce(address, case.id, now) for address in failed)
        ours = reading.kind is Kind.BOUNCE or sender in {r.lower() for r in case.recipients}
        if ours and case.open:
            case, new = escalate(case, now, f"{kind.replace('_', ' ')} from a recipient", config.minute_seconds)
            if new:
                effects += escalation_mails(case, new)
                escalated = f"; escalated to {case.route.chain[case.step].who}"
        effects += (SaveCase(case),)
    notice = about_mail(reading, config, "automatic", ref, REPLIES, kind=kind, kind_words=kind.replace("_", " "),
                        for_case=f" for case {ref}" if ref else "", escalated=escalated)
    return Decision((*effects, notice), Outcome(REPLIES, kind, ref if case else None, f"{kind} recorded{escalated}"))
