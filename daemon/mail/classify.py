"""What kind of mail is this? One answer per message, decided before anything else."""

from __future__ import annotations

import re
from enum import Enum

from daemon.mail.message import Message

CASE_TAG = re.compile(r"\[(LL-\d{4}-\d{6})\]")


class Kind(str, Enum):
    PLATFORM_REPORT = "platform_report"
    ACK_REPLY = "ack_reply"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    OTHER = "other"
    MALFORMED = "malformed"


_AUTO_SUBJECT = re.compile(r"^\s*(automatic reply|auto(?:matic)?[- ]?reply|out of office|vacation)\b", re.I)
_REPORT_WORDS = re.compile(r"self[- ]harm|suicid|at risk|emergency referral|imminent risk", re.I)


def case_ref(message: Message, message_id_domain: str) -> str | None:
    """The LL case id a reply refers to: our Message-IDs first, then the subject tag."""
    for mid in message.in_reply_to + message.references:
        local, _, domain = mid.partition("@")
        if domain.lower() == message_id_domain.lower():
            tag = re.match(r"(LL-\d{4}-\d{6})\.", local)
            if tag:
                return tag.group(1)
    tag = CASE_TAG.search(message.subject)
    return tag.group(1) if tag else None


def is_auto_reply(message: Message) -> bool:
    auto = (message.header("Auto-Submitted") or "no").strip().lower()
    return (
        auto != "no"
        or message.header("X-Autoreply") is not None
        or message.header("X-Autorespond") is not None
        or bool(_AUTO_SUBJECT.match(message.subject))
    )


def classify(message: Message, message_id_domain: str) -> Kind:
    if not message.from_addr and not message.text and not message.subject:
        return Kind.MALFORMED
    ctype = (message.header("Content-Type") or "").lower()
    sender = (message.from_addr or "").lower()
    if "multipart/report" in ctype or sender.startswith(("mailer-daemon@", "postmaster@")):
        return Kind.BOUNCE
    if case_ref(message, message_id_domain):
        return Kind.AUTO_REPLY if is_auto_reply(message) else Kind.ACK_REPLY
    if is_auto_reply(message):
        return Kind.AUTO_REPLY
    if _REPORT_WORDS.search(message.subject) or _REPORT_WORDS.search(message.text[:2000]):
        return Kind.PLATFORM_REPORT
    return Kind.OTHER
