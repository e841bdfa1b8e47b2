"""Attachments whose words are part of the report: .txt and .html copies, CSV sheets, contact
cards and calendar items.

A CSV of "field,value" rows, or a header over one data row, is the report's fields and is
turned into "label: value" lines for the label reader. A CSV of many rows is a login log:
its addresses and times are read by the IP reader, not as fields.
"""

from __future__ import annotations

import csv
import io
import re

from striprtf.striprtf import rtf_to_text

from daemon.reading.cards import card_text, is_card
from daemon.reading.html_text import html_to_text
from daemon.reading.ips import ips_in
from daemon.reading.inline_lines import KEY_HEADS, VALUE_HEADS
from daemon.reading.machine import machine_text
from daemon.reading.message import Attachment
from daemon.reading.xml_text import xml_text


def attachment_text(attachment: Attachment) -> str:
    """The attachment as report text, or "" when it is not one (binary, a log, an image)."""
    if not attachment.text:
        return ""
    name = (attachment.filename or "").lower()
    if name.endswith(".log"):
        return ""
    if attachment.content_type == "text/html" or name.endswith((".html", ".htm")):
        return html_to_text(attachment.text)[0]
    if name.endswith((".json", ".ndjson", ".jsonl", ".yaml", ".yml", ".ini", ".cfg")) or attachment.content_type in (
            "application/json", "text/json", "application/x-ndjson", "text/x-ndjson", "application/x-yaml", "text/yaml"):
        return machine_text(attachment.text)
    if name.endswith(".xml") or attachment.content_type in ("text/xml", "application/xml"):
        return xml_text(attachment.text) or ""
    if name.endswith(".rtf") or attachment.content_type in ("application/rtf", "text/rtf") \
            or attachment.text.lstrip().startswith("{\\rtf"):
        return machine_text(_rtf_text(attachment.text))
    if name.endswith(".csv") or attachment.content_type in ("text/csv", "application/csv"):
        return csv_fields(attachment.text)
    if name.endswith((".vcf", ".ics")) or attachment.content_type in (
            "text/vcard", "text/x-vcard", "text/calendar") or is_card(attachment.text):
        return machine_text(card_text(attachment.text))
    if attachment.content_type.startswith("text/") or name.endswith(".txt"):
        return attachment.text
    if attachment.content_type == "application/octet-stream":  # text by its bytes (message.py): an export
        return machine_text(attachment.text)
    return ""


def _rtf_text(text: str) -> str:
    """A word processor's RTF as plain text (striprtf: control words, groups, \\'hh and \\uN escapes);
    "" when it cannot be read."""
    try:
        return rtf_to_text(text[:2_000_000], errors="ignore")
    except Exception:  # noqa: BLE001 - a broken document is no report text, never a crash
        return ""


def log_text(attachment: Attachment) -> str:
    """The attachment's text as the IP reader reads it: a card or calendar item unfolded, so
    an address broken over two content lines is whole; any other text as it is."""
    return card_text(attachment.text) if attachment.text and is_card(attachment.text) else attachment.text or ""


def csv_fields(text: str) -> str:
    """'field,value' rows, or a header over one row, as label lines; "" for a many-row log."""
    try:
        sample = text[:4096]
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|") if sample.strip() else csv.excel
    except csv.Error:
        dialect = csv.excel
    try:
        rows = [[c.strip() for c in row] for row in csv.reader(io.StringIO(text[:200_000]), dialect) if any(c.strip() for c in row)]
    except csv.Error:
        return ""
    if not rows or _looks_like_log(rows):
        return ""  # a login log: the IP reader reads the sheet itself
    if len(rows) >= 3 and len(rows[0]) >= 2 and rows[0][0].lower() in KEY_HEADS and rows[0][1].lower() in VALUE_HEADS:
        return _keyed_rows(rows)  # "field,value,time" over one row per field
    if all(len(r) == 2 for r in rows) and len(rows) >= 2:
        return "\n".join(f"{k}: {v}" for k, v in rows)
    if len(rows) == 2 and len(rows[0]) == len(rows[1]):
        return "\n".join(f"{k}: {v}" for k, v in zip(rows[0], rows[1]) if k)
    return ""


def _keyed_rows(rows: list[list[str]]) -> str:
    """Rows under a "field,value[,time,...]" header as label lines; a further column is that
    field's own ("Status text time: ..."), except for an address, whose time stays on its line."""
    heads = rows[0]
    out = []
    for row in rows[1:]:
        if not row or not row[0]:
            continue
        value = row[1] if len(row) > 1 else ""
        extras = [(heads[i] if i < len(heads) else "", c) for i, c in enumerate(row[2:], 2) if c]
        if ips_in(value):
            out.append(f"{row[0]}: " + "  ".join([value] + [c for _, c in extras]))
            continue
        out.append(f"{row[0]}: {value}")
        out += [f"{row[0]} {head}: {c}" for head, c in extras]
    return "\n".join(out)


_LOG_WORDS = frozenset("ip ipv ipv4 ipv6 address addr login logins time timestamp date datetime utc ist gmt zone "
                       "port action event type session activity seen last first source".split())


def _looks_like_log(rows: list[list[str]]) -> bool:
    """A header such as "timestamp,ip" over rows of data is a log, not field/value pairs."""
    head = " ".join(rows[0]).lower()
    words = set(re.findall(r"[a-z]+", head))
    if len(rows) == 2 and "ip" in words and words <= _LOG_WORDS:  # "login_time_ist,ip_address" over one login
        return True
    return any(w in head for w in ("ip", "time", "date")) and len(rows) > 2 and \
        sum(1 for r in rows[1:] if any(ch.isdigit() for ch in r[0])) >= len(rows) - 2
