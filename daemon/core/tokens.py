"""Per-case reply tokens: an HMAC of the case id, so a forged case number alone does nothing.

Every mail Lifeline sends carries the token in its Reply-To plus-address
(``desk+LL-2026-000123.<token>@domain``) and in the subject tag; a reply whose case is named
only by a subject tag must carry a valid token (or thread to one of our Message-IDs).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

from daemon.core.ids import CASE_ID

TOKEN_CHARS = 10
PLUS_TOKEN = re.compile(r"\+(" + CASE_ID + r")\.([a-z2-7]{%d})@" % TOKEN_CHARS, re.I)
SUBJECT_TOKEN = re.compile(r"\[(" + CASE_ID + r")(?:[ .:#]([a-z2-7]{%d}))?\]" % TOKEN_CHARS, re.I)


def token(key: bytes, case_id: str) -> str:
    digest = hmac.new(key, case_id.upper().encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii").lower()[:TOKEN_CHARS]


def valid(key: bytes, case_id: str, candidate: str | None) -> bool:
    return bool(candidate) and hmac.compare_digest(token(key, case_id), candidate.lower())


def reply_to(address: str, key: bytes, case_id: str) -> str:
    """``desk@x`` -> ``desk+LL-2026-000123.<token>@x``."""
    local, _, domain = address.partition("@")
    return f"{local}+{case_id}.{token(key, case_id)}@{domain}"


def tokens_in(texts: list[str]) -> list[tuple[str, str]]:
    """(case id, token) pairs found as plus-addresses or subject tags."""
    out: list[tuple[str, str]] = []
    for text in texts:
        out += [(m.group(1).upper(), m.group(2)) for m in PLUS_TOKEN.finditer(text or "")]
        out += [(m.group(1).upper(), m.group(2)) for m in SUBJECT_TOKEN.finditer(text or "") if m.group(2)]
    return out
