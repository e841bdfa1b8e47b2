"""Canary ids: ``CANARY-<UTC stamp>-<token>``, the token an HMAC of the rest with the reply
key, so that only Lifeline can make a mail that counts as its canary (a forged one can neither
pass for the synthetic report nor mark a lost canary as arrived). Pure."""

from __future__ import annotations

import re
from datetime import datetime

from daemon.core.tokens import TOKEN_CHARS, token, valid

CANARY_RE = re.compile(r"\b(CANARY-\d{14})-([a-z2-7]{%d})\b" % TOKEN_CHARS, re.I)


def new_id(key: bytes, now: datetime) -> str:
    base = f"CANARY-{now:%Y%m%d%H%M%S}"
    return f"{base}-{token(key, base)}"


def found(key: bytes, texts: list[str]) -> str | None:
    """The first valid canary id in ``texts`` (subject, Message-ID), if any."""
    for text in texts:
        for m in CANARY_RE.finditer(text or ""):
            if valid(key, m.group(1), m.group(2)):
                return f"{m.group(1).upper()}-{m.group(2).lower()}"
    return None
