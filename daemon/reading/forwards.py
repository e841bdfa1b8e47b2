"""A mail pasted into a body under a "Forwarded message" / "Original Message" line (or an
Outlook From:/Sent:/Subject: block): who wrote it, its subject, the forwarder's note."""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class InlineForward:
    """A message pasted into the body under a "Forwarded message" / "Original Message" line."""

    from_addr: str | None
    subject: str | None
    date_text: str | None
    note: str  # what the forwarder wrote above the marker
    body: str  # the forwarded text, pseudo-headers included


_FORWARD_MARKER = re.compile(
    r"^[ \t>]*(?:[-=]{2,}\s*(?:Forwarded message|Original Message|Forwarded Message|Forwarded e-?mail|"
    r"Message transféré|अग्रेषित संदेश|फॉरवर्ड किया गया संदेश|मूल संदेश)\s*[-=]{2,}"
    r"|Begin forwarded message:|Forwarded message:?|_{8,})[ \t]*$",
    re.I | re.M,
)
# an Outlook-style header block pasted with no marker line: "From: ... / Sent: ... / Subject: ..."
_HEADER_BLOCK = re.compile(r"^[ \t>]*(?:From|प्रेषक)\s*:.*\n(?:[ \t>]*(?:Sent|Date|To|Cc|दिनांक|प्रति)\s*:.*\n){1,4}"
                           r"[ \t>]*(?:Subject|विषय)\s*:", re.I | re.M)
_PSEUDO_HEADER = re.compile(r"^\s*(From|Date|Sent|Subject|To|Cc|प्रेषक|विषय|दिनांक)\s*:\s*(.*)$", re.I)


def pseudo_headers(body: str) -> dict[str, str]:
    """The From:/Date:/Subject: lines at the top of a pasted mail (keys lower-case English)."""
    found: dict[str, str] = {}
    for line in body.splitlines()[:14]:
        head = _PSEUDO_HEADER.match(re.sub(r"^[\s>]+", "", line))
        if head:
            key = {"प्रेषक": "from", "विषय": "subject", "दिनांक": "date", "sent": "date"}.get(
                head.group(1).lower(), head.group(1).lower()
            )
            found.setdefault(key, head.group(2).strip())
        elif found and not line.strip(" >"):
            break
    return found


def address_in(value: str | None) -> str | None:
    """The address of a From-like value ("Name <a@b>" or "a@b"), lower-cased."""
    if not value:
        return None
    _, addr = email.utils.parseaddr(value)
    if "@" not in addr:
        m = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value)
        addr = m.group(0) if m else ""
    return addr.lower() if "@" in addr else None


def find_inline_forward(text: str) -> InlineForward | None:
    """Split a body at its first forward marker; the pseudo-headers tell whose mail it was."""
    match = _FORWARD_MARKER.search(text)
    if match and not pseudo_headers(text[match.end():].lstrip("\n")) and match.group(0).strip().startswith("_"):
        match = None  # a rule of underscores is a forward only when headers follow it
    if not match:
        block = _HEADER_BLOCK.search(text)
        if not block:
            return None
        body = text[block.start():]
        found = pseudo_headers(body)
        return InlineForward(address_in(found.get("from")), found.get("subject"), found.get("date"),
                             text[: block.start()].strip(), body)
    body = text[match.end():].lstrip("\n")
    found = pseudo_headers(body)
    return InlineForward(address_in(found.get("from")), found.get("subject"), found.get("date"),
                         text[: match.start()].strip(), body)
