"""A reply to one of our mails acts only when it proves itself, three ways at once:

1. it threads (In-Reply-To / References) to one of our Message-IDs, or carries one's MAC as
   a token, and the MAC verifies against that mail's recipients (daemon.core.ids): a case
   number, a guessed or a made-up Message-ID prove nothing;
2. its sender may act on the case: its recipients, the members of its frozen chain, the HQ
   desk (only the desk on a held case); the address is read from the raw From header
   (daemon.reading.addresses), never from a decoded display name;
3. it is authenticated (an aligned DKIM/DMARC pass, daemon.edges.reply_auth) where
   ``reply_auth_required`` asks: by default for every command that closes, releases or
   reassigns a case and for every command from the HQ desk (daemon.config.replies).

Then its command (daemon.handlers.commands) runs and the sender gets a receipt; when the
clock stops, everyone escalated to gets a stand-down. A reply that fails a check changes
nothing but the case's timeline, where it is a security event (``SECURITY`` kinds, kept in
the audit chain), and the HQ desk is told at once what it tried ("a reply that could not be
verified tried to close LL-..."). A sender who may not act also gets a polite refusal; a
forged or unauthenticated mail gets none (its From may be someone else's).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Mapping

from daemon.core import ids, replies, tokens
from daemon.core.case import Case, CaseState, may_act, with_event
from daemon.core.outgoing import OutgoingMail
from daemon.handlers import commands
from daemon.handlers.decision import REPLIES, Decision, Outcome, SaveCase
from daemon.handlers.inputs import Loaded, Prepared
from daemon.handlers.mails import about_mail, case_mail, refusal, stand_downs
from daemon.reading.message import Message

if TYPE_CHECKING:
    from daemon.config.schema import Config

# the case events of a reply that failed a check: security events in the audit chain
SECURITY = ("reply_unverified", "reply_ignored", "reply_unauthenticated")

# what a command would have done, for the desk ("... tried to close LL-2026-000123")
TRIED = {"close": "close", "reassign": "reassign", "release": "release", "ack": "acknowledge",
         "reached": "mark as reached", "need_help": "ask for help on", "status": "ask the status of",
         "note": "add a note to"}


def token_places(msg: Message) -> list[str]:
    """Where a reply may carry a token: our Reply-To plus-address, or the subject tag."""
    return list(msg.to) + msg.header_all("Cc") + msg.header_all("Delivered-To") + [msg.subject]


def named_cases(mail: Prepared) -> tuple[str, ...]:
    """Every case the reply names: its case reference and any case a token names."""
    found = [mail.reading.case_ref] if mail.reading.case_ref else []
    return tuple(dict.fromkeys(found + [case_id for case_id, _ in tokens.tokens_in(token_places(mail.reading.message))]))


def verified_case(msg: Message, ours: Mapping[str, OutgoingMail], key: bytes) -> tuple[str | None, str]:
    """Which case a reply may act on, and how we know: a thread to one of our mails, or its
    MAC as a token, the MAC verified against the mail's recipients; or a case-only token of
    a mail sent before MACs. Anything else proves nothing."""
    for mid in msg.in_reply_to + msg.references:
        sent = ours.get(mid)
        if sent is not None and sent.case_id and ids.verify(key, mid, sent.to):
            return sent.case_id, "thread"
    for case_id, candidate in tokens.tokens_in(token_places(msg)):
        if tokens.is_mac(candidate):
            for mid, sent in ours.items():
                if (sent.case_id or "").upper() == case_id and ids.mac_of(mid) == candidate and ids.verify(key, mid, sent.to):
                    return case_id, "token"
        elif tokens.valid(key, case_id, candidate):
            return case_id, "token"
    return None, "unverified"


def handle(mail: Prepared, loaded: Loaded, config: Config, now: datetime) -> Decision[Outcome]:
    reading = mail.reading
    kind = reading.kind.value
    sender = (reading.message.from_addr or "").lower()
    command = replies.parse(reading.message.text)
    tried = TRIED.get(command.verb, command.verb)
    case_id, via = verified_case(reading.message, loaded.threads, loaded.key)
    if case_id is None:
        named = reading.case_ref
        case = loaded.cases.get(named) if named else None
        effects = ()
        if case:
            effects = (SaveCase(_security(case, now, "reply_unverified", sender, tried,
                                          "no thread to our mail and no valid token")),)
        notice = about_mail(reading, config, "reply_unverified", named if case else None, REPLIES,
                            named=named or "no known case", tried=tried)
        return Decision((*effects, notice), Outcome(REPLIES, kind, named if case else None, "unverified reply ignored"))
    case = loaded.cases.get(case_id)
    if case is None:
        notice = about_mail(reading, config, "reply_unknown_case", case_id, REPLIES)
        return Decision((notice,), Outcome(REPLIES, kind, None, "reply to unknown case"))
    from_desk = bool(sender) and sender == config.hq_desk.lower()
    if not sender or (case.state is CaseState.HELD and not from_desk) or not may_act(case, sender, config.hq_desk):
        case = _security(case, now, "reply_ignored", sender or "no sender", tried,
                         "the sender may not act on the case" + (" (held for the HQ desk)" if case.state is CaseState.HELD else ""))
        notice = about_mail(reading, config, "reply_stranger", case.id, REPLIES, tried=tried)
        polite = (refusal(case, sender),) if sender else ()
        return Decision((SaveCase(case), *polite, notice), Outcome(REPLIES, kind, case.id, "reply from non-recipient ignored"))
    if replies.needs_auth(config.reply_auth_required, command.verb, from_desk) and not mail.reply_authenticated:
        why = mail.reply_verdict.reason if mail.reply_verdict is not None else "not checked"
        case = _security(case, now, "reply_unauthenticated", sender, tried, f"not authenticated: {why}")
        notice = about_mail(reading, config, "reply_unauthenticated", case.id, REPLIES, tried=tried, why=why)
        return Decision((SaveCase(case), notice), Outcome(REPLIES, kind, case.id, "unauthenticated reply ignored"))
    done = commands.run(case, command, commands.By(sender, from_desk, now, config))
    receipt = case_mail(done.case, "receipt", "receipt", (sender,), command=command, result=done.result)
    stood_down = stand_downs(case, done.case, sender) if command.verb != "need_help" else ()
    return Decision((*done.effects, *stood_down, SaveCase(done.case), receipt), Outcome(
        REPLIES, kind, done.case.id, f"case {done.case.id} {command.verb} via {via} -> {done.case.state.value}"))


def _security(case: Case, now: datetime, kind: str, sender: str, tried: str, failed: str) -> Case:
    """The case unchanged but for its timeline: a security event saying what was tried."""
    return with_event(case, now, kind, sender, f"security: a reply tried to {tried} {case.id}; {failed}")
