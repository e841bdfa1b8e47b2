"""Is this mail a report about a person? Decided by who sent it and what it carries.

- A platform mail: its sender (for a forward, the forwarded original's sender) is a
  configured platform domain. It is a report when it carries facts about a person (a name
  label, a profile link, a username or user id, a phone, an IP sighting, a post); without
  them it is a platform notice (newsletter, policy update, portal notice) for the desk.
- A mail from elsewhere with the same structure is a report that is not verified.
- When the reader cannot tell (topic words with a stray fact, one labelled fact, ...),
  it is a possible report: held for the desk with a clock, never a quiet notice.
Topic words ("self-harm", "suicide") add confidence and are never required.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from daemon.core.domains import domain_of, within
from daemon.reading.message import Message
from daemon.reading.person import Evidence
from daemon.reading.phones import find_phones

REPORT, POSSIBLE, NOTICE, OTHER = "report", "possible", "notice", "other"
_FACT_NAMES = {"name": "a name", "profile": "a profile link", "username": "a username", "user_id": "a user id",
               "phone": "a phone number", "ip": "an IP sighting", "post": "a post"}


@dataclass(frozen=True)
class Verdict:
    outcome: str  # REPORT / POSSIBLE / NOTICE / OTHER
    platform_mail: bool
    reason: str


def domain_in(address: str | None, domains: tuple[str, ...]) -> bool:
    return within(domain_of(address), domains) is not None


def _facts(kinds) -> str:
    return ", ".join(_FACT_NAMES[k] for k in ("name", "profile", "username", "user_id", "phone", "ip", "post") if k in kinds)


_URGENT = re.compile(r"\b(?:emergency|urgent|disclosure|referral|escalation|at risk|imminent|welfare|self[- ]harm|"
                     r"suicid\w*|may need help)\b|आपात|तत्काल|आत्महत्या", re.I)
_SAYS_ATTACHED = re.compile(r"attach|screenshot|enclosed|संलग्न", re.I)


def unreadable_documents(message: Message) -> list[str]:
    """Attachments (of the mail or a forwarded one) whose words reading did not get at: any
    document whose text was not read (PDFs, office files, archives, a type nobody listed);
    images only where the mail says something is attached (a newsletter's logo is no
    screenshot). A report can hide all its facts in one."""
    out = []
    for m in (message, *message.embedded):
        said = bool(_SAYS_ATTACHED.search(f"{m.subject}\n{m.text[:3000]}"))
        for a in m.attachments:
            kind = a.content_type or ""
            if a.text is None and a.size > 0 and (not kind.startswith("image/") or said):
                out.append(a.filename or kind)
    return out


def recognise(message: Message, evidence: Evidence, platform_domains: tuple[str, ...]) -> Verdict:
    """Report, possible report, platform notice or other, with the reason in words."""
    if evidence.failed:
        return Verdict(POSSIBLE, False, "the mail could not be read through: cannot tell whether it is a report")
    sender = evidence.original_sender or message.from_addr
    platform = domain_in(sender, platform_domains) or (
        not evidence.forwarded and domain_in(message.from_addr, platform_domains))
    topic = evidence.topic
    if (message.not_read or any("only headers read" in p for p in message.problems)) and not evidence.found:
        # too big to read whole, and what was read names nobody: a human must look
        outcome = REPORT if platform and topic else POSSIBLE
        return Verdict(outcome, platform, "the mail is too large to read; its headers say it may be a report")
    strong, found = evidence.identifying, evidence.found
    loose = found - {"post", "name"}  # facts found in prose, not under a label
    who = (sender or "no sender").rsplit("@", 1)[-1]
    if platform:
        post_and_more = "post" in evidence.labelled and found - {"post"}
        if strong or post_and_more or len(loose - {"ip"}) >= 2 or (loose - {"ip"} and topic):
            return Verdict(REPORT, True, f"platform mail ({who}) about a person: {_facts(found)}")
        if found and topic:
            return Verdict(POSSIBLE, True, f"platform mail ({who}) about self-harm with only {_facts(found)}: cannot tell")
        if "profile" in found:  # one account link in prose, no label, no self-harm words: a person looks
            return Verdict(POSSIBLE, True, f"platform mail ({who}) with only a profile link: cannot tell")
        unread = unreadable_documents(message)
        if unread and (topic or _URGENT.search(f"{message.subject}\n{message.text[:3000]}")
                       or _SAYS_ATTACHED.search(f"{message.subject}\n{message.text[:3000]}")):
            return Verdict(POSSIBLE, True, f"platform mail ({who}) about an emergency whose facts may be in an attachment "
                                           f"Lifeline cannot read ({', '.join(unread[:3])}): a person must open it")
        if find_phones(f"{message.subject}\n{message.text[:20000]}", free_text=True, shaped=True):
            # a mobile number nobody labelled (not a helpline's, not an officer's) in prose or a
            # layout the reader did not follow: a person must look, with a clock
            return Verdict(POSSIBLE, True, f"platform mail ({who}) with a mobile number the reader could not place: "
                                           "cannot tell")
        return Verdict(NOTICE, True, f"platform mail ({who}) with no facts about a person: a notice for the desk")
    mention = evidence.platform_named
    if (len(strong) >= 2 and (topic or mention)) or (strong and topic and mention):
        return Verdict(REPORT, False, f"report-shaped mail from {who}, not a configured platform domain: {_facts(found)}")
    if (topic and found) or (strong and (topic or mention)) or (len(strong) >= 2 and strong & {"phone", "profile"}):
        return Verdict(POSSIBLE, False, f"mail from {who} that may be a report ({_facts(found) or 'no facts'}"
                                        f"{', self-harm words' if topic else ''}): cannot tell")
    return Verdict(OTHER, False, "not a report: no facts about a person" + (" (self-harm words only)" if topic else ""))
