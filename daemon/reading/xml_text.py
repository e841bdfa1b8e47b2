"""XML disclosures (an attached "disclosure.xml", an XML body) -> label lines.

Each element with text becomes "parent element words: text" and each attribute "element
attribute: value" (``<content created="...">`` -> "content created: ..."), so the label reader
reads them as it reads a JSON export. An element holding an IP address is one line with its
attributes (``<ipEvent time="...">`` keeps its time beside the address). A document with a
DOCTYPE or entities is not read (no entity expansion, ever): the desk sees the attachment.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from daemon.reading.ips import ips_in
from daemon.reading.exports import key_words

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


def xml_text(text: str) -> str | None:
    """Label lines for an XML document, or None when the text is no XML we read."""
    start = text.find("<")
    if start < 0 or _DECLARED.search(text[:4096]):
        return None
    try:
        root = ET.fromstring(text[start:].strip())
    except (ET.ParseError, ValueError):
        return None
    out = [f"{key_words(_local(k))}: {v}" for k, v in root.attrib.items() if v]  # <disclosure platform="..." case="...">
    for child in root:  # the root's name is the document's, not part of each label
        _lines(child, (), out)
    return "\n".join(out) if out else None
