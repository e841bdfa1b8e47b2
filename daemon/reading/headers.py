"""Header values: addresses, Message-IDs and dates.

Addresses are parsed from the raw header, before display names are decoded: a decoded name
may hold a comma or angle brackets ("अति. महानिदेशक पुलिस, एससीआरबी <adgp@...>") that would
split or hide the address.
"""

from __future__ import annotations

import email.utils
import re
from datetime import datetime, timezone
from typing import Callable


def addresses(values: list[str]) -> tuple[str, ...]:
    try:
        pairs = email.utils.getaddresses(values)
    except Exception:  # noqa: BLE001
        return ()
    return tuple(dict.fromkeys(addr.lower() for _, addr in pairs if addr and "@" in addr))


def sender(raw: str | None, decoded: str | None, decode: Callable[[str], str]) -> tuple[str, str | None]:
    """(display name, address lower-cased or None) of a From header: the address from the raw
    value, its name decoded; the decoded value only when the raw one yields no address."""
    name, addr = email.utils.parseaddr(raw or "")
    if "@" in addr:
        return (decode(name) if name else ""), addr.lower()
    name, addr = email.utils.parseaddr(decoded or "")
    return name, (addr.lower() if "@" in addr else None)


def msgids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(m for m in re.findall(r"<([^<>\s]+@[^<>\s]+)>", value))


def parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed
