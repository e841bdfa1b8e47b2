"""What kind of mail is this? One answer per message, decided before anything else.

Order matters and is deliberate: broken mail and bounces first (a bounce carries a copy of
our forward, which must never read as a new report), then anything that refers to one of
our cases (replies; quoted copies of our forwards are replies, not reports), then
auto-replies, then platform reports; the rest is ``other``.
"""

from __future__ import annotations

import re
from enum import Enum

from daemon.core.ids import CASE_ID
from daemon.core.tokens import PLUS_TOKEN, SUBJECT_TOKEN
from daemon.reading.message import Message
from daemon.reading.source import mentions_report, report_source, unquoted

# our subject tag and Reply-To plus-address, as daemon.core.tokens writes them
CASE_TAG, PLUS_CASE = SUBJECT_TOKEN, PLUS_TOKEN


class Kind(str, Enum):
    PLATFORM_REPORT = "platform_report"
    ACK_REPLY = "ack_reply"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    OTHER = "other"
    MALFORMED = "malformed"


_AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|ooo\b|vacation|"
    r"away from (?:the )?office|on leave|auto:|autoreply|स्वचालित उत्तर|स्वतः उत्तर|कार्यालय से बाहर|अवकाश)",
    re.I,
)
_AUTO_BODY = re.compile(
    r"\b(?:out of (?:the )?office|I am (?:currently )?(?:on leave|away|out of)|on (?:annual |medical )?leave (?:until|till|from)|"
    r"will be back on|limited access to (?:my )?e-?mail|this is an automat(?:ic|ed) (?:reply|response|message))|"
    r"अवकाश पर|छुट्टी पर|कार्यालय से बाहर",
    re.I,
)
_COMMAND = re.compile(r"^\s*(?:ack|reached|safe|close|false alarm|not ours|need help|प्राप्त|पहुँच|पहुंच|सुरक्षित)\b", re.I)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(?:undeliver(?:ed|able)|delivery status notification|mail delivery (?:failed|failure|subsystem)|"
    r"returned mail|failure notice|delivery failure|non[- ]?delivery|message not delivered|delivery has failed)",
    re.I,
)
_BOUNCE_SENDERS = ("mailer-daemon@", "postmaster@", "mail-daemon@", "mailerdaemon@")


def _our_id(mid: str, message_id_domain: str) -> str | None:
    local, _, domain = mid.partition("@")
    if domain.lower() == message_id_domain.lower():
        tag = re.match(rf"({CASE_ID})(?:\.|$)", local)
        if tag:
            return tag.group(1).upper()
    return None


def case_ref(message: Message, message_id_domain: str) -> str | None:
    """The LL case id a mail refers to: our Message-IDs in its threading headers first, then
    the subject tag, then (for bounces and header-stripping clients) a returned copy of our
    mail or a quoted subject tag."""
    for mid in message.in_reply_to + message.references:
        found = _our_id(mid, message_id_domain)
        if found:
            return found
    tag = CASE_TAG.search(message.subject)
    if tag:
        return tag.group(1).upper()
    for addr in message.to + tuple(message.header_all("Cc")) + tuple(message.header_all("Delivered-To")):
        plus = PLUS_CASE.search(addr)
        if plus:  # replied to our Reply-To plus-address; the token is checked by daemon.matching
            return plus.group(1).upper()
    for inner in message.embedded:
        for mid in (inner.message_id,) + inner.in_reply_to + inner.references:
            found = _our_id(mid or "", message_id_domain)
            if found:
                return found
        tag = CASE_TAG.search(inner.subject)
        if tag:
            return tag.group(1).upper()
    ids = re.search(rf"<({CASE_ID})\.[^<>@\s]*@{re.escape(message_id_domain)}>", message.text, re.I)
    if ids:
        return ids.group(1)
    copied = re.search(rf"^[ \t>]*Subject:.*?\[({CASE_ID})\]", message.text, re.M | re.I)
    if copied:  # the subject line of a returned or pasted copy of our mail
        return copied.group(1)
    quoted = message.text[len(unquoted(message.text)):] if message.text else ""
    tag = CASE_TAG.search(quoted) or CASE_TAG.search(
        "\n".join(line for line in message.text.splitlines() if line.lstrip().startswith(">"))
    )
    return tag.group(1).upper() if tag else None


def _auto_submitted(message: Message) -> str:
    return (message.header("Auto-Submitted") or "no").strip().lower()


def is_auto_reply(message: Message) -> bool:
    """Sent by a machine on someone's behalf (out-of-office, autoresponder): never an ack."""
    precedence = (message.header("Precedence") or "").strip().lower()
    return (
        _auto_submitted(message) != "no"
        or message.header("X-Autoreply") is not None
        or message.header("X-Autorespond") is not None
        or precedence == "auto_reply"
        or bool(_AUTO_SUBJECT.match(message.subject))
        or _ooo_body(message)
    )


def _ooo_body(message: Message) -> bool:
    own = unquoted(message.text).strip()
    if not own or len(own) > 2000 or _COMMAND.match(own):
        return False
    return bool(_AUTO_BODY.search(own))


def is_bounce(message: Message) -> bool:
    sender = (message.from_addr or "").lower()
    return (
        message.content_type == "multipart/report"
        or any(a.content_type == "message/delivery-status" for a in message.attachments)
        or sender.startswith(_BOUNCE_SENDERS)
        or (message.from_name or "").lower().startswith(("mail delivery", "mailer-daemon"))
        or message.header("X-Failed-Recipients") is not None
        or bool(_BOUNCE_SUBJECT.match(message.subject))
    )


def is_malformed(message: Message) -> bool:
    """Nothing to act on: no headers at all, or no sender, subject and text."""
    if not message.has_headers:
        return True
    return not message.from_addr and not message.subject.strip() and not message.text.strip()


def is_own_mail(message: Message, message_id_domain: str) -> bool:
    """A copy of a mail Lifeline itself sent (a Bcc, a loop): never a new report."""
    mid = message.message_id or ""
    return mid.lower().endswith("@" + message_id_domain.lower())


_PLATFORM_DOMAIN = re.compile(r"(?:^|[@.])(?:facebook|facebookmail|fb|instagram|meta|whatsapp|threads)\.(?:com|net)$")
_IDENTIFYING = re.compile(
    r"facebook\.com/|instagram\.com/|^\s*(?:[\w ().]*?(?:name|mobile|phone|username|user id|profile)|नाम|मोबाइल)\s*[:：]",
    re.I | re.M,
)


def looks_like_report(message: Message) -> bool:
    """Report words plus either a platform sender or facts that identify a person."""
    source = report_source(message)
    text = unquoted(source.text) if not source.forwarded else source.text
    if not mentions_report(source.subject, text) and not mentions_report(message.subject, text):
        return False
    if source.from_addr and _PLATFORM_DOMAIN.search(source.from_addr.lower()):
        return True
    return bool(_IDENTIFYING.search(text[:20000]))


def classify(message: Message, message_id_domain: str) -> Kind:
    if is_malformed(message):
        return Kind.MALFORMED
    if is_bounce(message):
        return Kind.BOUNCE
    if is_own_mail(message, message_id_domain):
        return Kind.OTHER
    if case_ref(message, message_id_domain):
        return Kind.AUTO_REPLY if is_auto_reply(message) else Kind.ACK_REPLY
    report = looks_like_report(message)
    strong_auto = _auto_submitted(message).startswith("auto-replied") or bool(_AUTO_SUBJECT.match(message.subject))
    if strong_auto and not (report and _auto_submitted(message) == "no" and not _AUTO_SUBJECT.match(message.subject)):
        return Kind.AUTO_REPLY
    if report:
        return Kind.PLATFORM_REPORT
    if is_auto_reply(message):
        return Kind.AUTO_REPLY
    return Kind.OTHER
