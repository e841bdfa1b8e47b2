"""Pager-style one-line reports -> label lines.

Some desks relay a report as one terse line: "FACEBOOK ER 6342451456: Mahendra Choudhary,
+91 63216 67765, loc Gogunda, id 1000642544500, mahendra@example.in. IPs: ...". The head gives
the reference; then the name, and facts set apart by commas, each told by its shape (a phone,
an e-mail) or by an abbreviated label word ("loc", "user", "id"); an item with neither
continues the one before ("loc Masuda, Ajmer"). Each fact becomes a label line, so the label
reader reads it as it reads any other report; the sentences after the facts ("IPs: ...") get
lines of their own.
"""

from __future__ import annotations

import re

from daemon.reading.label_words import SKIP, meaning_of

# "INSTAGRAM ER IG-24800866: ..." - an upper-case head, the reference, a colon
_HEAD = re.compile(r"^[ \t]*(?P<head>[A-Z][A-Z]+(?:[ \t]+[A-Z]{2,5}){0,3})[ \t]+"
                   r"(?P<ref>[A-Z0-9][A-Z0-9-]*\d[A-Z0-9-]*):[ \t]+(?P<rest>\S.*)$")
# the facts end where a labelled sentence starts ("... @example.com. IPs: 182.69.249.97 ...")
_NEXT_SENTENCE = re.compile(r"\.[ \t]+(?=[^\W\d_][\w ()/-]{0,30}[:：])")
_PHONE = re.compile(r"^\+?[\d\u0966-\u096F][\d\u0966-\u096F ()-]{8,18}[\d\u0966-\u096F]$")
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_NAME = re.compile(r"^[^\W\d_][^\W\d_.' -]*(?:[ .'-]+[^\W\d_]+){0,4}\.?$")
_MIN_FACTS = 3


def _fact(item: str) -> str | None:
    """'loc Gogunda' -> 'loc: Gogunda', a phone or an e-mail by its shape; None for any other item."""
    if _PHONE.match(item) and sum(ch.isdigit() for ch in item) >= 10:
        return f"Phone: {item}"
    if _EMAIL.match(item):
        return f"Email: {item}"
    word, _, value = item.partition(" ")
    meaning = meaning_of(word) if value.strip() and word.isalpha() and word.islower() else None
    if meaning is None or meaning == SKIP:
        return None
    return f"{word}: {value.strip()}"


def _pager_lines(line: str) -> list[str] | None:
    m = _HEAD.match(line)
    if not m:
        return None
    rest = m.group("rest")
    cut = _NEXT_SENTENCE.search(rest)
    facts_part, tail = (rest[:cut.start()], rest[cut.end():]) if cut else (rest.rstrip(". "), "")
    items = [i.strip() for i in facts_part.split(",") if i.strip()]
    if len(items) < _MIN_FACTS or not _NAME.match(items[0]) or _fact(items[0]):
        return None
    out = [f"Reference: {m.group('ref')}", f"Name: {items[0]}"]
    facts = 0
    for item in items[1:]:
        fact = _fact(item)
        if fact:
            out.append(fact)
            facts += 1
        elif facts and not out[-1].startswith(("Phone:", "Email:")):
            out[-1] += f", {item}"  # "loc Masuda, Ajmer": the place goes on
        else:
            return None  # an item that is no fact and continues none: not a pager line
    if facts < _MIN_FACTS - 1:
        return None
    for sentence in (s.strip() for s in _NEXT_SENTENCE.split(tail) if s.strip()):
        label, colon, value = sentence.partition(":")
        if colon and ";" in value and (meaning_of(label) or SKIP).field == "ip":
            out += [f"{label}: {v.strip()}" for v in value.rstrip(". ").split(";") if v.strip()]  # each login its own time
        else:
            out.append(sentence)
    return out


def pager_text(text: str) -> str:
    """Each pager-style one-line report in the text as label lines; other lines as they are."""
    if ":" not in text:
        return text
    out: list[str] = []
    for line in text.splitlines():
        lines = _pager_lines(line) if len(line) < 5000 else None
        out += lines or [line]
    return "\n".join(out)
