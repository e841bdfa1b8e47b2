"""Which part of a mail holds the platform's words: the mail itself, an attached
message/rfc822, or a copy pasted under a "Forwarded message" line.

When a cyber cell forwards a referral, the inner report is the report: its sender, subject
and text are read, and the forwarder's note and signature are kept apart so that an
officer's phone number in a signature never becomes the person's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from daemon.reading.message import Attachment, Message

REPORT_WORDS = re.compile(
    r"self[- ]?harm|suicid|at risk|emergency referral|imminent risk|harm (?:them|him|her)sel|"
    r"wellbeing check|welfare check|risk of death|आत्महत्या|आत्म-हानि|आत्महानि|खुद को नुकसान|जान देने",
    re.I,
)
_QUOTE_HEAD = re.compile(
    r"^\s*(?:On .{4,200}wrote:|.{0,80}\bने लिखा:|-{2,}\s*Original Message\s*-{2,}|From: .*\bSent: )\s*$",
    re.I | re.M,
)
_SIGNATURE = re.compile(r"^(?:-- ?|__+|regards,?|thanks(?: and regards)?,?|धन्यवाद|भवदीय|सादर)\s*$", re.I | re.M)


@dataclass(frozen=True)
class Source:
    text: str  # the report's own text (unquoted, inner message if forwarded)
    from_addr: str | None  # who wrote that text
    subject: str
    links: tuple[str, ...]
    attachments: tuple[Attachment, ...]
    note: str  # a forwarder's note above the report, if any
    forwarded: bool  # inline forward or message/rfc822


def unquoted(text: str) -> str:
    """The new words of a reply: '>' lines and everything under 'On ... wrote:' dropped."""
    head = _QUOTE_HEAD.search(text)
    if head:
        text = text[: head.start()]
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def without_signature(text: str) -> str:
    sig = _SIGNATURE.search(text)
    return text[: sig.start()] if sig else text


def _dequote_block(text: str) -> str:
    lines = text.splitlines()
    quoted = sum(1 for line in lines if line.startswith(">"))
    if lines and quoted >= 0.6 * len([line for line in lines if line.strip()]):
        return "\n".join(re.sub(r"^(?:> ?)+", "", line) for line in lines)
    return text


def mentions_report(subject: str, text: str) -> bool:
    return bool(REPORT_WORDS.search(subject) or REPORT_WORDS.search(text[:4000]))


def report_source(message: Message, depth: int = 0) -> Source:
    """The innermost part of ``message`` that reads like a platform report."""
    for inner in message.embedded:
        if depth < 4 and inner.has_headers and mentions_report(inner.subject, inner.text):
            found = report_source(inner, depth + 1)
            note = unquoted(message.text).strip()
            return Source(found.text, found.from_addr, found.subject, found.links,
                          found.attachments + message.attachments, note, True)
    fwd = message.inline_forward
    if fwd and mentions_report(fwd.subject or "", fwd.body):
        return Source(_dequote_block(fwd.body), fwd.from_addr, fwd.subject or message.subject, message.links,
                      message.attachments, fwd.note, True)
    return Source(message.text, message.from_addr, message.subject, message.links, message.attachments, "", False)
