"""Which part of a mail holds the platform's words: the mail itself, an attached
message/rfc822, or a copy pasted under a "Forwarded message" line.

When a cyber cell forwards a referral, the inner report is the report: its sender, subject
and text are read, and the forwarder's note and signature are kept apart so that an
officer's phone number in a signature never becomes the person's. A forward is found by
its structure (an attached message, a forward marker), not by what the words are about.
"""

from __future__ import annotations

import email.utils

import re
from dataclasses import dataclass

from daemon.reading.forwards import address_in, find_inline_forward, pseudo_headers
from daemon.reading.header_fields import header_text
from daemon.reading.message import Attachment, Message
from daemon.reading.times import lone_time

REPORT_WORDS = re.compile(
    r"self[- ]?harm|suicid|at risk|emergency referral|imminent (?:risk|harm|danger)|harm (?:them|him|her)sel|"
    r"wellbeing check|welfare check|well-being check|risk of death|may need help|needs? (?:urgent )?help|"
    r"emergency (?:notification|disclosure|request)|safety (?:referral|concern|alert)|in danger|end (?:his|her|their) life|"
    r"take (?:his|her|their) (?:own )?life|kill (?:him|her|them)sel|आत्महत्या|आत्म-हानि|आत्महानि|खुद को नुकसान|"
    r"जान देने|खतरे में|मदद की ज़रूरत|मदद की जरूरत|आपात",
    re.I,
)
_QUOTE_HEAD = re.compile(
    r"^[ \t]*+(?:On .{4,200}wrote:|.{0,80}\bने लिखा:|-{2,}[ \t]*Original Message[ \t]*-{2,}|From: .*\bSent: )[ \t]*$",
    re.I | re.M,
)
_SIGNATURE = re.compile(r"^(?:-- ?|__+|regards,?|thanks(?: and regards)?,?|warm regards,?|best regards,?|"
                        r"yours (?:faithfully|sincerely),?|धन्यवाद|भवदीय|सादर)\s*$", re.I | re.M)
_PSEUDO = re.compile(r"^\s*>?\s*(?:From|Date|Sent|Subject|To|Cc|प्रेषक|विषय|दिनांक|प्रति)\s*:", re.I)


@dataclass(frozen=True)
class Source:
    text: str  # the report's own text (unquoted, inner message if forwarded)
    from_addr: str | None  # who wrote that text
    subject: str
    links: tuple[str, ...]
    attachments: tuple[Attachment, ...]
    note: str  # a forwarder's note above the report, if any
    forwarded: bool  # inline forward or message/rfc822
    html_text: str = ""  # the HTML alternative of the text, if the plain part was read
    from_name: str = ""  # the display name of who wrote it ("WhatsApp Law Enforcement Response")


def unquoted(text: str) -> str:
    """The new words of a reply: '>' lines and everything under 'On ... wrote:' dropped."""
    head = _QUOTE_HEAD.search(text)
    if head:
        text = text[: head.start()]
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def without_quote(text: str) -> str:
    """A platform mail without the earlier mail it quotes (the police request, with an
    officer's signature): everything under "On ... wrote:" and every '>' line, when the
    mail has words of its own above them."""
    head = _QUOTE_HEAD.search(text)
    own = text[: head.start()] if head else text
    lines = own.splitlines()
    kept: list[str] = []
    i = 0
    while i < len(lines):
        if not lines[i].lstrip().startswith(">"):
            kept.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].lstrip().startswith(">"):
            j += 1
        block = [_QUOTE_MARK.sub("", line) for line in lines[i:j]]
        if signed_with_time(block):
            kept.extend(block)  # a markdown quote of the post, signed "— <time>": the person's words
        i = j
    if sum(1 for line in kept if line.strip()) < 3:
        return text
    return "\n".join(kept)


_QUOTE_MARK = re.compile(r"^[ \t]*+>[ \t]?")
_TIME_SIGNATURE = re.compile(r"^[ \t]*+[—–-]{1,2}[ \t]*+(?P<when>\S.*)$")


def signed_with_time(block: list[str]) -> bool:
    """A short quoted block whose last line is '— <time>' and nothing of a mail's head in it."""
    body = [line for line in block if line.strip()]
    if not 2 <= len(body) <= 12 or any(_QUOTE_HEAD.search(line) or _PSEUDO.match(line) for line in body):
        return False
    m = _TIME_SIGNATURE.match(body[-1])
    return bool(m) and lone_time(m.group("when"))


def without_signature(text: str) -> str:
    sig = _SIGNATURE.search(text)
    return text[: sig.start()] if sig else text


def dequote_block(text: str) -> str:
    """Text whose lines are mostly '>'-quoted, with the quote marks taken off."""
    lines = text.splitlines()
    quoted = sum(1 for line in lines if line.lstrip().startswith(">"))
    if lines and quoted >= 0.6 * len([line for line in lines if line.strip()]):
        return "\n".join(re.sub(r"^\s*(?:> ?)+", "", line) for line in lines)
    return text


def without_pseudo_headers(text: str) -> str:
    """A forwarded body without its From:/Date:/Subject: block (those are the mail's, not the person's)."""
    lines = text.splitlines()
    i = 0
    while i < len(lines) and i < 14 and (not lines[i].strip() or _PSEUDO.match(lines[i])):
        i += 1
    return "\n".join(lines[i:]) if i else text


def mentions_report(subject: str, text: str) -> bool:
    return bool(REPORT_WORDS.search(subject or "") or REPORT_WORDS.search((text or "")[:6000]))


def report_source(message: Message, depth: int = 0) -> Source:
    """The innermost forwarded mail (attached or pasted), else the mail itself."""
    for inner in message.embedded:
        if depth < 4 and inner.has_headers and (inner.text.strip() or inner.embedded):
            found = report_source(inner, depth + 1)
            note = unquoted(message.text).strip()
            return Source(found.text, found.from_addr, found.subject, found.links + message.links,
                          found.attachments + message.attachments, "\n".join(filter(None, (note, found.note))), True,
                          found.html_text, found.from_name)
    fwd = message.inline_forward
    if fwd and fwd.body.strip() and not _report_above(fwd.note, fwd.body):
        body, from_addr, subject, notes = fwd.body, fwd.from_addr, fwd.subject, [fwd.note]
        name = display_name(pseudo_headers(body).get("from"))
        for _ in range(3):  # a forward of a forward: the innermost original
            deeper = find_inline_forward(dequote_block(body))
            if not deeper or not deeper.body.strip():
                break
            notes.append(deeper.note)
            body, from_addr, subject = deeper.body, deeper.from_addr or from_addr, deeper.subject or subject
            name = display_name(pseudo_headers(deeper.body).get("from")) or name
        text = without_pseudo_headers(dequote_block(body))
        return Source(text, from_addr, subject or message.subject, message.links, message.attachments,
                      "\n".join(n for n in notes if n.strip()), True, "", name)
    text = message.text
    quoted = reply_quote(text, message.from_addr)
    if quoted is not None:  # "On ..., Instagram <safety@instagram.com> wrote:" under a cyber cell's note
        note, attribution, inner = quoted
        return Source(without_pseudo_headers(inner), address_in(attribution), message.subject, message.links,
                      message.attachments, note, True, "", display_name(attribution))
    if quoted_forward(text):
        inner = dequote_block(text)
        found = pseudo_headers(inner)
        return Source(without_pseudo_headers(inner), address_in(found.get("from")) or message.from_addr,
                      found.get("subject") or message.subject, message.links, message.attachments, "",
                      "from" in found, "", display_name(found.get("from")))
    fields = header_text(message.headers)  # facts in X- headers under a covering note
    return Source(f"{text}\n\n{fields}" if fields else text, message.from_addr, message.subject, message.links,
                  message.attachments, "", False, message.html_text, message.from_name or "")


_FACT = re.compile(r"https?://\S+|@[\w.]{3,}|\d[\d:.\-+/TZ ]{4,}\d")  # links, handles, numbers, times, IPs


def _report_above(note: str, body: str) -> bool:
    """The text above a pasted mail is a report of its own (four or more facts, at least twice as
    many as the pasted mail has): the platform answered a police request and quoted it below,
    so the quote is the earlier request, not a forwarded original (a police note above a
    forward is a line or two and a signature)."""
    own, pasted = set(_FACT.findall(note)), set(_FACT.findall(body))
    return len(own) >= 4 and len(own) >= 2 * len(pasted)


# line starts take [ \t]*, not \s*: under re.M a \s* at each line start ran over every blank
# line below it (20,000 blank lines took 93 s)
_ATTRIBUTION = re.compile(r"^[ \t]*+On .{4,200}?,\s*(?P<who>[^,\n]*<[^<>@\s]+@[^<>\s]+>|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*wrote:\s*$",
                          re.I | re.M)


def reply_quote(text: str, own_sender: str | None) -> tuple[str, str, str] | None:
    """(note, attribution, quoted mail) when a mail is someone's short note over a '>'-quoted
    copy of another sender's longer mail, "forwarded" with Reply: the quoted mail is the report.
    A platform's answer quoting a police request is the other way round (its own words are longer)."""
    head = _ATTRIBUTION.search(text)
    if not head:
        return None
    who = head.group("who").strip()
    if address_in(who) is None or address_in(who) == (own_sender or "").lower():
        return None
    note, below = text[: head.start()].strip(), text[head.end():]
    quoted = [line for line in below.splitlines() if line.lstrip().startswith(">")]
    own = [line for line in note.splitlines() if line.strip()]
    if sum(1 for line in quoted if line.strip(" >")) <= max(3, len(own)):
        return None
    return note, who, dequote_block("\n".join(quoted))


def display_name(value: str | None) -> str:
    """The display name of a From-like value ("WhatsApp LE <wa@meta.com>" -> "WhatsApp LE")."""
    return email.utils.parseaddr(value or "")[0].strip() if value else ""


def quoted_forward(text: str) -> bool:
    """A body that is mostly a '>'-quoted copy of someone else's mail (no marker line)."""
    lines = [line for line in text.splitlines() if line.strip()]
    return bool(lines) and sum(1 for line in lines if line.lstrip().startswith(">")) >= 0.6 * len(lines)
