"""Mail addresses read from the RAW header, before any RFC 2047 word is decoded. Pure.

A display name may hold anything once decoded: ``=?utf-8?q?officer=40station.example?=
<attacker@evil.example>`` decodes to ``officer@station.example <attacker@evil.example>``,
which a parser fed the decoded text may read as the officer. Here the address structure is
parsed first, on the header as it arrived (raw 8-bit UTF-8 is read as text, encoded words
are left alone), and only the display name is decoded afterwards, for people to read.
"""

from __future__ import annotations

import email.header
import email.message
import email.utils


def raw_values(parsed: email.message.Message, name: str) -> list[str]:
    """Every ``name`` header as it arrived: unfolded, raw 8-bit bytes read as UTF-8, encoded
    words untouched."""
    out = []
    try:
        items = parsed.raw_items()
    except Exception:  # noqa: BLE001 - a broken header block has no addresses
        return []
    for key, value in items:
        if str(key).lower() != name.lower():
            continue
        text = str(value)
        if any("\udc80" <= c <= "\udcff" for c in text):
            text = text.encode("ascii", "surrogateescape").decode("utf-8", "replace")
        out.append(" ".join(text.replace("\r", " ").replace("\n", " ").split()))
    return out


def _pairs(values: list[str]) -> list[tuple[str, str]]:
    try:
        return [(n, a) for n, a in email.utils.getaddresses(values) if a and "@" in a]
    except Exception:  # noqa: BLE001
        return []


def addresses(values: list[str]) -> tuple[str, ...]:
    """The addresses in raw header values, lower-cased, in order, each once."""
    return tuple(dict.fromkeys(a.lower() for _, a in _pairs(values)))


def decoded_name(name: str) -> str:
    """A display name for people: its RFC 2047 words decoded (never used to decide)."""
    try:
        parts = email.header.decode_header(name)
        text = "".join(p.decode(c or "utf-8", "replace") if isinstance(p, bytes) else p for p, c in parts)
    except Exception:  # noqa: BLE001 - unknown charsets and broken words: the raw name
        text = name
    return " ".join(text.split())


def sender(values: list[str]) -> tuple[str | None, str | None]:
    """(display name, address) of the one mailbox in the From header(s); (None, None) when
    there is none, or more than one (a mail from two people is from no one we can check)."""
    pairs = _pairs(values)
    if len({a.lower() for _, a in pairs}) != 1:
        return None, None
    name, addr = pairs[0]
    return (decoded_name(name) or None), addr.lower()
