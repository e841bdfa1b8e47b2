"""What kind of mail is this? One answer per message, decided before anything else.

Order matters and is deliberate: broken mail and bounces first (a bounce carries a copy of
our forward, which must never read as a new report), then anything that refers to one of
our cases (replies; quoted copies of our forwards are replies, and automatic mail from a
machine never acknowledges), then auto-replies; what is left is read, and ``recognise``
says from its sender and the person facts it carries whether it is a report, a possible
report, a platform notice or other.
"""

from __future__ import annotations

import re
from enum import Enum

from daemon.core.domains import PLATFORM_DOMAINS, domain_of, within
from daemon.core.ids import CASE_ID
from daemon.core.tokens import PLUS_TOKEN, SUBJECT_TOKEN
from daemon.reading.message import Message
from daemon.reading.source import unquoted

# our subject tag and Reply-To plus-address, as daemon.core.tokens writes them
CASE_TAG, PLUS_CASE = SUBJECT_TOKEN, PLUS_TOKEN


class Kind(str, Enum):
    PLATFORM_REPORT = "platform_report"
    POSSIBLE_REPORT = "possible_report"  # the reader cannot tell: a case held for the desk, with a clock
    PLATFORM_NOTICE = "platform_notice"  # a platform's mail about no person: information for the desk
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
    r"returned mail|failure notice|delivery failure|non[- ]?delivery|message not delivered|delivery has failed|"
    r"mail error|mail system error|delivery (?:problem|report|notification)|"
    r"(?:mail|message|your message) (?:could not|couldn't|can ?not|was not|wasn't) (?:be )?delivered)",
    re.I,
)
_BOUNCE_SENDERS = ("mailer-daemon@", "postmaster@", "mail-daemon@", "mailerdaemon@")
_DAEMON_LOCAL = re.compile(r"^(?:mailer[-_]?daemon|mail[-_]?daemon|postmaster|mailerdaemon|daemon|"
                           r"no[-_.]?reply|do[-_.]?not[-_.]?reply|bounces?|bounce[-+].*|auto[-_]?reply|autoresponder)$")


def _our_id(mid: str, message_id_domain: str) -> str | None:
    local, _, domain = mid.partition("@")
    if domain.lower() == message_id_domain.lower():
        tag = re.match(rf"({CASE_ID})(?:\.|$)", local)
        if tag:
            return tag.group(1).upper()
    return None


def automatic_case_ref(message: Message, message_id_domain: str) -> str | None:
    """For automatic mail (which never acts, only escalates): also a tag anywhere in its text,
    as auto-responders quote the subject in their own words."""
    found = case_ref(message, message_id_domain)
    if found:
        return found
    tag = CASE_TAG.search(message.text[:20000])
    return tag.group(1).upper() if tag else None


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
    """Sent by a machine (out-of-office, autoresponder, list or bulk mail, a daemon): never an ack."""
    precedence = (message.header("Precedence") or "").strip().lower()
    return (
        _auto_submitted(message) != "no"
        or message.header("X-Autoreply") is not None
        or message.header("X-Autorespond") is not None
        or is_read_receipt(message)
        or precedence in ("auto_reply", "bulk", "junk", "list")
        or null_sender(message)
        or daemon_sender(message)
        or bool(_AUTO_SUBJECT.match(message.subject))
        or _ooo_body(message)
    )


def null_sender(message: Message) -> bool:
    """Return-Path <> (RFC 5321 null reverse-path): a bounce or other automatic mail."""
    paths = message.header_all("Return-Path")
    return bool(paths) and all(p.strip() in ("<>", "") for p in paths)


def daemon_sender(message: Message) -> bool:
    """MAILER-DAEMON, postmaster, no-reply and similar machine mailboxes."""
    local = (message.from_addr or "").rsplit("@", 1)[0].lower()
    return bool(_DAEMON_LOCAL.match(local))


def _ooo_body(message: Message) -> bool:
    own = unquoted(message.text).strip()
    if not own or len(own) > 2000 or _COMMAND.match(own):
        return False
    return bool(_AUTO_BODY.search(own))


def is_read_receipt(message: Message) -> bool:
    """A message disposition notification (RFC 8098): someone's client saying it was read."""
    ctype = (message.header("Content-Type") or "").lower()
    return "disposition-notification" in ctype or any(
        a.content_type == "message/disposition-notification" for a in message.attachments)


_REPORT_TYPES_NOT_BOUNCES = ("disposition-notification", "feedback-report", "tlsrpt")
# the sender of a delivery report: an MTA's own mailbox or name, never a person's or a platform's
_BOUNCE_LOCAL = re.compile(r"^(?:mailer[-_]?daemon|mail[-_]?daemon|mailerdaemon|postmaster|mdaemon|ndr|"
                           r"mail[-_.]?delivery(?:[-_.]?system)?|smtp[-_.]?gateway)$")
_BOUNCE_NAMES = ("mail delivery", "mailer-daemon", "mailer daemon", "postmaster", "mail system", "mail administrator",
                 "system administrator", "delivery status", "microsoft outlook")
_BOUNCE_TEXT = re.compile(
    r"undeliver|not (?:be )?delivered|could not deliver|unable to deliver|delivery (?:to the following|has failed|failed|"
    r"failure|problem)|failed (?:recipient|address)|returned mail|user unknown|unknown user|no such (?:user|mailbox|"
    r"address)|mailbox (?:is )?(?:full|unavailable|not found)|permanent(?:ly)? (?:error|fail)|did not reach|"
    r"delivery status|non[- ]?delivery", re.I)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:(?:fwd?|fw|wg|tr|rv|enc|अग्रेषित)\s*:|\[fwd?:)", re.I)


def delivery_status_part(message: Message) -> bool:
    """A DSN (RFC 3464): multipart/report of delivery status, or a message/delivery-status part."""
    if any(a.content_type == "message/delivery-status" for a in message.attachments):
        return True
    if message.content_type != "multipart/report":
        return False
    report_type = re.search(r"report-type\s*=\s*\"?([\w-]+)", message.header("Content-Type") or "", re.I)
    return not report_type or report_type.group(1).lower() not in _REPORT_TYPES_NOT_BOUNCES


def mta_sender(message: Message) -> bool:
    """Sent by a mail system: null reverse-path, MAILER-DAEMON / postmaster-like, or no sender."""
    local = (message.from_addr or "").rsplit("@", 1)[0].lower()
    return (null_sender(message) or not message.from_addr or bool(_BOUNCE_LOCAL.match(local))
            or (message.from_name or "").lower().startswith(_BOUNCE_NAMES))


def forwards_platform_mail(message: Message, platform_domains: tuple[str, ...]) -> bool:
    """A person's forward of a report: a platform's mail attached or pasted in it (at any
    depth: a forward of a forward), or a "Fwd:"/"FW:" subject over no returned mail."""
    inline = message.inline_forward
    if inline is not None and within(domain_of(inline.from_addr), platform_domains):
        return True
    if any(within(domain_of(inner.from_addr), platform_domains) or forwards_platform_mail(inner, platform_domains)
           for inner in message.embedded):
        return True
    return bool(_FORWARD_SUBJECT.match(message.subject)) and not _carries_bounce(message)


def _carries_bounce(message: Message) -> bool:
    """An officer forwarding one of our bounces: the mail it carries is an MTA's."""
    inline = message.inline_forward
    if inline is not None and _BOUNCE_LOCAL.match((inline.from_addr or "").rsplit("@", 1)[0]):
        return True
    return any(mta_sender(inner) or delivery_status_part(inner) or _carries_bounce(inner) for inner in message.embedded)


def is_bounce(message: Message, reported: bool = False, platform_domains: tuple[str, ...] = PLATFORM_DOMAINS) -> bool:
    """A delivery report. A DSN part or Exim's X-Failed-Recipients says so; otherwise it needs
    a sign (``reported``: flufl.bounce found failed or delayed addresses; a bounce subject or
    sender) and must not be a person's or a platform's mail: flufl's looser detectors take any
    "Name, a@b.example, ..." line for a failed address, and a police officer's forward of a
    platform report, with its signature, must be read as the report it carries."""
    mta = mta_sender(message)
    if reported and mta:  # even in an MDN's clothes ("Automatically rejected mail")
        return True
    if is_read_receipt(message):
        return False
    if delivery_status_part(message) or message.header("X-Failed-Recipients") is not None:
        return True
    sender = (message.from_addr or "").lower()
    signs = reported or sender.startswith(_BOUNCE_SENDERS) or bool(_BOUNCE_SUBJECT.match(message.subject)) or (
        (message.from_name or "").lower().startswith(("mail delivery", "mailer-daemon"))) or _carries_bounce(message)
    if not signs:
        return False
    if mta:
        return True
    if within(domain_of(sender), platform_domains) or forwards_platform_mail(message, platform_domains):
        return False  # platforms send reports and notices, not delivery reports to us
    # a mailbox that may be a person's: the mail itself must say that delivery failed
    said = "\n".join([message.text[:20000]] + [(a.text or "")[:5000] for a in message.attachments[:5]]
                     + [inner.text[:5000] for inner in message.embedded[:3]])
    return bool(_BOUNCE_SUBJECT.match(message.subject) or _BOUNCE_TEXT.search(said))


def is_malformed(message: Message) -> bool:
    """Nothing to act on: no headers at all, or no sender, subject and text."""
    if not message.has_headers:
        return True
    return not message.from_addr and not message.subject.strip() and not message.text.strip()


def is_own_mail(message: Message, message_id_domain: str) -> bool:
    """A copy of a mail Lifeline itself sent (a Bcc, a loop): never a new report."""
    mid = message.message_id or ""
    return mid.lower().endswith("@" + message_id_domain.lower())


def before_reading(message: Message, message_id_domain: str, reported: bool = False,
                   platform_domains: tuple[str, ...] = PLATFORM_DOMAINS) -> Kind | None:
    """The kinds told by headers and threading alone (``reported``: flufl.bounce found failed
    addresses); None when the mail must be read."""
    if is_malformed(message):
        return Kind.MALFORMED
    if is_bounce(message, reported, platform_domains):
        return Kind.BOUNCE
    if is_own_mail(message, message_id_domain):
        return Kind.OTHER
    if case_ref(message, message_id_domain):
        return Kind.AUTO_REPLY if is_auto_reply(message) else Kind.ACK_REPLY
    return None


def after_reading(message: Message, outcome: str) -> Kind:
    """The kind of a mail that was read: recognition's outcome, with auto-replies kept apart."""
    strong_auto = _auto_submitted(message).startswith("auto-replied") or bool(_AUTO_SUBJECT.match(message.subject))
    if strong_auto:
        return Kind.AUTO_REPLY
    if outcome == "report":
        return Kind.PLATFORM_REPORT
    if outcome == "possible":
        return Kind.AUTO_REPLY if _ooo_body(message) else Kind.POSSIBLE_REPORT
    if outcome == "notice":
        return Kind.PLATFORM_NOTICE
    if is_auto_reply(message):
        return Kind.AUTO_REPLY
    return Kind.OTHER


def classify(message: Message, message_id_domain: str, platform_domains: tuple[str, ...] | None = None) -> Kind:
    """The kind of a mail (reading it when headers do not tell)."""
    from daemon.reading.extract import extract
    from daemon.reading.recognise import recognise

    known = before_reading(message, message_id_domain, platform_domains=platform_domains or PLATFORM_DOMAINS)
    if known is not None:
        return known
    _, evidence = extract(message)
    verdict = recognise(message, evidence, platform_domains or PLATFORM_DOMAINS)
    return after_reading(message, verdict.outcome)
