"""A report's facts carried in X- headers -> label lines.

Some senders put the structured fields of a disclosure in headers of their own
("X-Meta-LE-Subject-Name: ...", "X-Meta-LE-Login: ip=...; t=...") and leave the body a
covering note. A header whose name (its vendor words dropped) means a person fact becomes
"<label>: <value>"; only when three or more do, so one stray X- header says nothing, and
never the mail system's own (the sending client's address, spam scores, mailers).
"""

from __future__ import annotations

import re

from daemon.reading.ips import ips_in
from daemon.reading.label_words import meaning_of, words_of

_PERSON_FIELDS = frozenset({"name", "phone", "email", "profile", "username", "user_id", "location", "ip", "post",
                            "post_time", "reference", "account"})
_FACTS = frozenset({"name", "phone", "email", "profile", "username", "user_id", "location", "ip", "post"})
# the mail system's words: a header naming the sending client, a relay or a filter is no report's
_MAIL_SYSTEM = frozenset("originating sender client source forwarded remote relay mailer spam virus priority "
                         "ms exchange google gm yahoo list auto autoreply report feedback abuse".split())
_MIN_FACTS = 3
_MAX_VALUE = 2000


def _label(name: str, value: str) -> tuple[str, str] | None:
    """('meta le subject name', 'name') for 'X-Meta-LE-Subject-Name': the longest tail of its
    words with a meaning; a login header whose value holds an address is a sighting."""
    words = words_of(name.replace("-", " "))[1:]  # "x" dropped
    if not words or set(words) & _MAIL_SYSTEM:
        return None
    for k in range(len(words)):
        label = " ".join(words[k:])
        meaning = meaning_of(label)
        if meaning is not None and meaning.field in _PERSON_FIELDS:
            return label, meaning.field
    if set(words) & {"login", "session", "access", "connection"} and ips_in(value):
        return " ".join(words) + " ip", "ip"  # "X-Meta-LE-Login: ip=157.38.1.2; t=1795670771"
    return None


def header_text(headers: tuple[tuple[str, str], ...]) -> str:
    """Label lines for the X- headers that carry person facts ("" unless three or more do)."""
    lines, facts = [], 0
    for name, value in headers:
        if not re.match(r"(?i)x-", name) or not value.strip() or len(value) > _MAX_VALUE:
            continue
        found = _label(name, value)
        if found:
            lines.append(f"{found[0]}: {' '.join(value.split())}")
            facts += found[1] in _FACTS
    return "\n".join(lines) if facts >= _MIN_FACTS else ""
