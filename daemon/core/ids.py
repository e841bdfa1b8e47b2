"""Identifiers Lifeline writes: case ids and the Message-IDs of our mails. Pure.

A Message-ID is ``<key>.<purpose>.<seq>.<mac>@<domain>``: the case id stays visible (so mail
clients thread, bounces and people can read which case a mail is about), and ``mac`` is an
HMAC with the reply key of (key, purpose, seq, recipients). The same mail composed again
(a resend after a crash) gets the same Message-ID; nobody without the key can write one of
ours, so a reply that threads to it proves it answers that mail. The same MAC is the reply
token in our Reply-To plus-address (daemon.core.tokens).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

# LL-<year>-<6 digits>: in subjects, Message-IDs, plus-addresses and the store.
CASE_ID = r"LL-\d{4}-\d{6}"
CASE_ID_RE = re.compile(CASE_ID, re.I)

MAC_CHARS = 16  # base32: 80 bits, far beyond guessing by mail
MAC = r"[a-z2-7]{%d}" % MAC_CHARS
_OURS = re.compile(r"^([^.@]+)\.([^.@]+)\.(\d+)\.(" + MAC + r")@(.+)$", re.I)


def case_id(year: int, seq: int, prefix: str = "LL") -> str:
    return f"{prefix}-{year}-{seq:06d}"


def mac(secret: bytes, key: str, purpose: str, seq: int, recipients: tuple[str, ...]) -> str:
    """HMAC-SHA256 of (key, purpose, seq, the recipients as a set), as lower-case base32."""
    who = ",".join(sorted({r.strip().lower() for r in recipients}))
    text = "\x00".join((key.upper(), purpose.lower(), str(seq), who)).encode("utf-8")
    digest = hmac.new(secret, text, hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii").lower()[:MAC_CHARS]


def message_id(key: str, purpose: str, seq: int, domain: str, *, secret: bytes,
               recipients: tuple[str, ...]) -> str:
    return f"{key}.{purpose}.{seq}.{mac(secret, key, purpose, seq, recipients)}@{domain}"


def name_of(msgid: str | None) -> str | None:
    """``<key>.<purpose>.<seq>``: the visible part of one of our Message-IDs (also of the ids
    written before MACs), unique per mail, so the sequence numbers count every mail of a key
    and purpose whoever it went to."""
    if not msgid:
        return None
    m = _OURS.match(msgid)
    return f"{m.group(1)}.{m.group(2)}.{m.group(3)}" if m else msgid.partition("@")[0]


def mac_of(msgid: str) -> str | None:
    """The MAC part of one of our Message-IDs (None for any other shape, e.g. the sequential
    ids written before MACs, which prove nothing)."""
    m = _OURS.match(msgid or "")
    return m.group(4).lower() if m else None


def verify(secret: bytes, msgid: str, recipients: tuple[str, ...]) -> bool:
    """Is ``msgid`` one we wrote for a mail to ``recipients``? Constant-time compare."""
    m = _OURS.match(msgid or "")
    if not m or not secret:
        return False
    expected = mac(secret, m.group(1), m.group(2), int(m.group(3)), recipients)
    return hmac.compare_digest(expected, m.group(4).lower())
