"""vCard (.vcf) and iCalendar (.ics) attachments -> label lines.

Some senders attach the account holder as a contact card, or the whole disclosure as a
calendar item whose DESCRIPTION holds the labelled text. Both are RFC 6350 / RFC 5545
content lines: folded (a line break followed by a blank continues the line), values
escaped ("\\n", "\\,", "\\;"). Unfolded and unescaped, each property the reader knows
becomes a label line, and a free-text property (DESCRIPTION, NOTE) its own lines.
"""

from __future__ import annotations

import re

from daemon.reading.exports import key_words

_FOLD = re.compile(r"\r?\n[ \t]")
_LINE = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9-]*)(?P<params>(?:;[^:\n]*)?):(?P<value>.*)$")
_ESCAPE = re.compile(r"\\([\\,;nN])")
# properties that are part of the file, not of the report
_SKIP = frozenset({"BEGIN", "END", "VERSION", "PRODID", "UID", "DTSTAMP", "METHOD", "CALSCALE", "SEQUENCE",
                   "STATUS", "TRANSP", "CLASS", "REV", "KIND", "N", "SUMMARY", "ORGANIZER", "ATTENDEE", "PHOTO"})
_LABELS = {"FN": "Name", "TEL": "Phone", "EMAIL": "Email", "URL": "Profile URL", "ADR": "Address",
           "LOCATION": "Location", "NICKNAME": "Username", "DTSTART": "Time", "IMPP": "Profile"}
_FREE_TEXT = frozenset({"DESCRIPTION", "NOTE", "COMMENT"})


def is_card(text: str) -> bool:
    return text.lstrip("\ufeff \r\n").upper().startswith(("BEGIN:VCARD", "BEGIN:VCALENDAR"))


def _unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def card_text(text: str) -> str:
    """The card's or calendar item's properties as label lines."""
    out: list[str] = []
    for line in _FOLD.sub("", text.lstrip("\ufeff")).splitlines():
        m = _LINE.match(line.strip())
        if not m:
            continue
        name = m.group("name").upper()
        if name in _SKIP or not m.group("value").strip():
            continue
        if name == "ADR":  # ";;street;city;region;pin;country": the parts that are written
            value = ", ".join(p.strip() for p in (_unescape(v) for v in re.split(r"(?<!\\);", m.group("value")))
                              if p.strip())
        else:
            value = _unescape(m.group("value")).strip()
        if name in _FREE_TEXT:
            out += value.splitlines()
        elif name in _LABELS:
            out.append(f"{_LABELS[name]}: {value}")
        elif name.startswith("X-"):  # "X-LAST-KNOWN-LOCATION", "X-ACCOUNT-ID": its words are the label
            out.append(f"{key_words(name[2:].lower())}: {value}")
    return "\n".join(out)
