"""A reply to one of our mails: proven (thread or token), from someone who may act on the
case, authenticated where the config asks; then its command (daemon.handlers.commands) runs
and the sender gets a receipt. A reply that fails any check changes nothing but the case's
timeline, and the desk is told."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Mapping

from daemon.core import replies, tokens
from daemon.core.case import CaseState, may_act, with_event
from daemon.handlers import commands
from daemon.handlers.decision import REPLIES, Decision, Outcome, SaveCase
from daemon.handlers.inputs import Loaded, Prepared
from daemon.handlers.mails import about_mail, case_mail
from daemon.reading.message import Message

if TYPE_CHECKING:
    from daemon.config.schema import Config


def _token_places(msg: Message) -> list[str]:
    """Where a reply may carry a case's token: our Reply-To plus-address, or the subject tag."""
    return list(msg.to) + msg.header_all("Cc") + msg.header_all("Delivered-To") + [msg.subject]


def named_cases(mail: Prepared) -> tuple[str, ...]:
    """Every case the reply names: its case reference and any case a token names."""
    ids = [mail.reading.case_ref] if mail.reading.case_ref else []
    return tuple(dict.fromkeys(ids + [case_id for case_id, _ in tokens.tokens_in(_token_places(mail.reading.message))]))


def verified_case(msg: Message, threads: Mapping[str, str], key: bytes, domain: str) -> tuple[str | None, str]:
    """Which case a reply may act on, and how we know: one of our Message-IDs in its
    threading headers (thread), or a valid HMAC token in a plus-address or the subject
    (token). A case number alone proves nothing."""
    ours = "@" + domain.lower()
    for mid in msg.in_reply_to + msg.references:
        if mid.lower().endswith(ours) and threads.get(mid):
            return threads[mid], "thread"
    for case_id, candidate in tokens.tokens_in(_token_places(msg)):
        if tokens.valid(key, case_id, candidate):
            return case_id, "token"
    return None, "unverified"


def handle(mail: Prepared, loaded: Loaded, config: Config, now: datetime) -> Decision[Outcome]:
    reading = mail.reading
    kind = reading.kind.value
    sender = (reading.message.from_addr or "").lower()
    case_id, via = verified_case(reading.message, loaded.threads, loaded.key, config.message_id_domain)
    if case_id is None:
        named = reading.case_ref
        case = loaded.cases.get(named) if named else None
        effects = ()
        if case:
            effects = (SaveCase(with_event(case, now, "reply_unverified", sender,
                                           "names the case but has no valid token and no thread to our mail")),)
        notice = about_mail(reading, config, "reply_unverified", named if case else None, REPLIES, named=named)
        return Decision((*effects, notice), Outcome(REPLIES, kind, named if case else None, "unverified reply ignored"))
    case = loaded.cases.get(case_id)
    if case is None:
        notice = about_mail(reading, config, "reply_unknown_case", case_id, REPLIES)
        return Decision((notice,), Outcome(REPLIES, kind, None, "reply to unknown case"))
    held_for_desk = case.state is CaseState.HELD and sender != config.hq_desk.lower()
    if held_for_desk or not may_act(case, sender, config.hq_desk):
        case = with_event(case, now, "reply_ignored", sender, "sender is not a recipient of the case")
        notice = about_mail(reading, config, "reply_stranger", case.id, REPLIES)
        return Decision((SaveCase(case), notice), Outcome(REPLIES, kind, case.id, "reply from non-recipient ignored"))
    if config.reply_auth_required and not mail.reply_authenticated:
        case = with_event(case, now, "reply_unauthenticated", sender, "no DKIM/DMARC pass from the trusted MTA")
        notice = about_mail(reading, config, "reply_unauthenticated", case.id, REPLIES)
        return Decision((SaveCase(case), notice), Outcome(REPLIES, kind, case.id, "unauthenticated reply ignored"))
    command = replies.parse(reading.message.text)
    done = commands.run(case, command, commands.By(sender, sender == config.hq_desk.lower(), now, config))
    receipt = case_mail(done.case, "receipt", "receipt", (sender,), command=command, result=done.result)
    return Decision((*done.effects, SaveCase(done.case), receipt), Outcome(
        REPLIES, kind, done.case.id, f"case {done.case.id} {command.verb} via {via} -> {done.case.state.value}"))
