"""Identifiers Lifeline writes: case ids and deterministic Message-IDs. Pure."""

from __future__ import annotations

import re

# LL-<year>-<6 digits>: in subjects, Message-IDs, plus-addresses and the store.
CASE_ID = r"LL-\d{4}-\d{6}"
CASE_ID_RE = re.compile(CASE_ID, re.I)


def case_id(year: int, seq: int, prefix: str = "LL") -> str:
    return f"{prefix}-{year}-{seq:06d}"


def message_id(case_id: str, purpose: str, seq: int, domain: str) -> str:
    return f"{case_id}.{purpose}.{seq}@{domain}"
