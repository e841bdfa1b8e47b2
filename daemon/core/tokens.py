"""Reply tokens: proof, in a reply's addresses or subject, of which of our mails it answers.

Every case mail Lifeline sends carries, in its Reply-To plus-address
(``desk+LL-2026-000123.<mac>@domain``), the MAC of its own Message-ID (daemon.core.ids): an
HMAC of (case, purpose, seq, recipients) with the reply key. A reply that names its case
only by a subject tag must carry such a token (or thread to one of our Message-IDs); the app
looks the token up among the case's mails and the reply handler checks the MAC against that
mail's recipients, so a case number alone, or a token made up, does nothing.

Mails sent before MACs carried a shorter token, an HMAC of the case id alone (``token``):
just as unguessable, so it is still accepted for the cases in flight at an upgrade; canary
ids use it too.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

from daemon.core.ids import CASE_ID, MAC_CHARS, mac_of

TOKEN_CHARS = 10  # the case-only token (before MACs) and canary ids
_ANY = r"[a-z2-7]{%d}|[a-z2-7]{%d}" % (MAC_CHARS, TOKEN_CHARS)
PLUS_TOKEN = re.compile(r"\+(" + CASE_ID + r")\.(" + _ANY + r")@", re.I)
SUBJECT_TOKEN = re.compile(r"\[(" + CASE_ID + r")(?:[ .:#](" + _ANY + r"))?\]", re.I)


def token(key: bytes, case_id: str) -> str:
    """The case-only token (mails from before MACs, canary ids)."""
    digest = hmac.new(key, case_id.upper().encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii").lower()[:TOKEN_CHARS]


def valid(key: bytes, case_id: str, candidate: str | None) -> bool:
    """A valid case-only token (the MAC tokens are checked against their mail instead)."""
    return bool(candidate) and len(candidate) == TOKEN_CHARS and hmac.compare_digest(token(key, case_id), candidate.lower())


def is_mac(candidate: str | None) -> bool:
    return bool(candidate) and len(candidate) == MAC_CHARS


def reply_to(address: str, case_id: str, msgid: str) -> str:
    """``desk@x`` -> ``desk+LL-2026-000123.<the MAC of msgid>@x`` (the plain address if
    ``msgid`` has no MAC)."""
    found = mac_of(msgid)
    if not found:
        return address
    local, _, domain = address.partition("@")
    return f"{local}+{case_id}.{found}@{domain}"


def tokens_in(texts: list[str]) -> list[tuple[str, str]]:
    """(case id, token) pairs found as plus-addresses or subject tags."""
    out: list[tuple[str, str]] = []
    for text in texts:
        out += [(m.group(1).upper(), m.group(2).lower()) for m in PLUS_TOKEN.finditer(text or "")]
        out += [(m.group(1).upper(), m.group(2).lower()) for m in SUBJECT_TOKEN.finditer(text or "") if m.group(2)]
    return out
