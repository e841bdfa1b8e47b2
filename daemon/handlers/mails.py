"""The mails handlers queue, built one way: case mails from templates, desk notices from
daemon.core.notices. Pure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from daemon.core import notices
from daemon.core.case import Case
from daemon.handlers.decision import NotifyDesk, QueueMail
from daemon.reading.reader import Reading

if TYPE_CHECKING:  # the loaded config is passed in
    from daemon.config.schema import Config


def mail_context(case: Case, **extra) -> dict:
    """What every case template can use (also used by ``lifeline preview``)."""
    chain = case.route.chain
    wait = chain[case.step].wait_for(case.risk.level.value) if case.next_due_at and chain else None
    return {"case": case, "report": case.report, "risk_label": case.risk.level.effective.value.upper(),
            "deadline_minutes": (round(wait) if wait and wait >= 1 else wait), "step": case.step + 1,
            "step_who": chain[case.step].who if chain else "",
            "not_read": [e.detail for e in case.events if e.kind == "not_read"], **extra}


def case_mail(case: Case, purpose: str, template: str, to: tuple[str, ...], **extra) -> QueueMail:
    """A mail about the case, from a case template, as the case is now."""
    return QueueMail(case.id, purpose, template, mail_context(case, **extra), tuple(to), case.id)


def forward(case: Case) -> QueueMail:
    """The full case to the station's recipients."""
    return case_mail(case, "forward", "forward", case.route.recipients)


def station_contact(case: Case, config: Config) -> dict:
    """How a supervisory officer reaches the station: its duty mailbox and phones."""
    station = config.station(case.route.station)
    if station is None:
        return {"name": case.route.label, "mailbox": ", ".join(case.route.recipients), "phones": ()}
    return {"name": case.route.label, "mailbox": station.mailbox, "phones": station.phones}


def escalation_mails(case: Case, new: tuple[str, ...], config: Config) -> tuple[QueueMail, ...]:
    """A chain step (or a repeat after the last one): the HQ desk gets the full facts, other
    step recipients and earlier escalation copies a summary with the station's contact and
    the case's page; the station's recipients a full reminder."""
    station = {a.lower() for a in case.route.recipients}
    desk = config.hq_desk.lower()
    repeat = bool(case.events) and case.events[-1].kind == "repeated"  # only the last step and the desk
    told = tuple(dict.fromkeys(a for a in new + (() if repeat else case.notified) if a.lower() not in station))
    summary_to = tuple(a for a in told if a.lower() != desk)
    extra = {"contact": station_contact(case, config), "page_url": config.web.case_url(case.id)}
    mails = [case_mail(case, "reminder", "reminder", case.route.recipients)]
    if summary_to:
        mails.insert(0, case_mail(case, "escalation", "escalation", summary_to, full=False, **extra))
    if any(a.lower() == desk for a in told):
        mails.insert(0, case_mail(case, "escalation-desk", "escalation", (config.hq_desk,), full=True, **extra))
    return tuple(mails)


def stand_downs(before: Case, after: Case, actor: str) -> tuple[QueueMail, ...]:
    """The clock stopped (acknowledged, attended, closed): everyone escalated to stands down."""
    if not before.open or after.open or not after.notified:
        return ()
    to = tuple(a for a in after.notified if a.lower() != actor.lower())
    return (case_mail(after, "stand-down", "stand_down", to, actor=actor),) if to else ()


def refusal(case: Case, sender: str) -> QueueMail:
    """A polite no to someone who may not act on the case (no case facts in it)."""
    return case_mail(case, "refusal", "refusal", (sender,))


def folder(config: Config, sub_folder: str) -> str:
    """Where the desk finds a mail in the HQ mailbox."""
    return f"{config.imap.folder_prefix}/{sub_folder}"


def about_mail(reading: Reading, config: Config, name: str, case_id: str | None, sub_folder: str,
               **fields: object) -> NotifyDesk:
    """A desk notice about an incoming mail (named by its bytes' hash, so one per mail)."""
    msg = reading.message
    context = notices.context(name, case_id=case_id, report=reading.report,
                              source=notices.Source(msg.from_addr, msg.subject, msg.message_id),
                              folder=folder(config, sub_folder), **fields)
    context["not_read"] = msg.not_read  # a mail too big to read whole: the notice says what was left out
    return NotifyDesk(case_id or f"DESK-{msg.sha256[:16]}", f"desk-{msg.sha256[:12]}", context, case_id)


def desk_alert(case: Case, name: str, **fields: object) -> NotifyDesk:
    """A desk notice about a case that needs someone to act."""
    return NotifyDesk(case.id, "desk-alert", notices.context(name, case_id=case.id, **fields), case.id)
