"""XML disclosures (an attached "disclosure.xml", an XML body) -> label lines.

Each element with text becomes "parent element words: text" and each attribute "element
attribute: value" (``<content created="...">`` -> "content created: ..."), so the label reader
reads them as it reads a JSON export. An element holding an IP address is one line with its
attributes (``<ipEvent time="...">`` keeps its time beside the address). A SpreadsheetML
workbook (Excel's XML) is read by its rows and cells instead. A document with a
DOCTYPE or entities is not read (no entity expansion, ever): the desk sees the attachment.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from daemon.reading.ips import ips_in
from daemon.reading.exports import key_words
from daemon.reading.label_words import meaning_of

_DECLARED = re.compile(r"<!DOCTYPE|<!ENTITY", re.I)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]  # "{urn:x}account" -> "account"


def _label(path: tuple[str, ...]) -> str:
    return " ".join(key_words(p) for p in path)


def _lines(element: ET.Element, path: tuple[str, ...], out: list[str]) -> None:
    """Label lines of an element and its children, in document order."""
    here = path + (_local(element.tag),)
    text = " ".join((element.text or "").split())
    attrs = [(_local(k), " ".join(v.split())) for k, v in element.attrib.items() if v and v.strip()]
    if (text and ips_in(text)) or any(ips_in(v) for _, v in attrs):  # one login: address and time on one line
        out.append(f"{_label(here)}: " + "  ".join([text] * bool(text) + [f"{k} {v}" for k, v in attrs]))
        return
    out += [f"{_label(here + (k,))}: {v}" for k, v in attrs]
    if text and len(element) == 0:
        out.append(f"{_label(here)}: {text}")
    for child in element:
        _lines(child, here, out)


def _workbook(root: ET.Element) -> list[str]:
    """A SpreadsheetML workbook (Excel 2003 XML): a sheet of two-cell rows is "label: value"
    lines; a table's rows under its header row (labels over values) are one line each, every
    cell beside its heading."""
    out: list[str] = []
    for sheet in (e for e in root if _local(e.tag) == "Worksheet"):
        rows = [[" ".join("".join(c.itertext()).split()) for c in row if _local(c.tag) == "Cell"]
                for table in sheet if _local(table.tag) == "Table" for row in table if _local(row.tag) == "Row"]
        rows = [r for r in rows if any(r)]
        name = next((v for k, v in sheet.attrib.items() if _local(k) == "Name"), "sheet")
        header = len(rows) >= 2 and all(meaning_of(c) for c in rows[0]) and not meaning_of(rows[1][0])
        if rows and all(len(r) == 2 for r in rows) and not header:
            out += [f"{a}: {b}" for a, b in rows if a and b]
        elif len(rows) >= 2:
            out += [f"{name}: " + "  ".join(f"{h} {v}" for h, v in zip(rows[0], r) if v) for r in rows[1:]]
    return out


def xml_text(text: str) -> str | None:
    """Label lines for an XML document, or None when the text is no XML we read."""
    start = text.find("<")
    if start < 0 or _DECLARED.search(text[:4096]):
        return None
    try:
        root = ET.fromstring(text[start:].strip())
    except (ET.ParseError, ValueError):
        return None
    if _local(root.tag) == "Workbook":
        return "\n".join(_workbook(root)) or None
    out = [f"{key_words(_local(k))}: {v}" for k, v in root.attrib.items() if v]  # <disclosure platform="..." case="...">
    for child in root:  # the root's name is the document's, not part of each label
        _lines(child, (), out)
    return "\n".join(out) if out else None
