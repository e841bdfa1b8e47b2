"""Facts a platform writes in sentences rather than under labels.

"We are contacting you about Ritu Mali, a Threads user whose profile lists Hisar, Haryana as
their location." / "At 16-11-2026 23:16 IST the user wrote:" over the post, indented or
quoted. Read only when no label gives the same fact, and never from a sentence about someone
else (the friend who flagged the post).
"""

from __future__ import annotations

import re

from daemon.reading.others import about_someone_else

# "about Ritu Mali, a Threads user", "regarding Om Prakash Joshi, the account holder"
_NAME = re.compile(
    r"\b(?:about|regarding|concerning)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}),\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:user|account(?: holder)?|member|person)\b")
# "whose profile lists Hisar, Haryana as their location", "who lives in Kota", "based in Udaipur"
_PLACE = re.compile(
    r"\b(?P<profile>profile)?\s*(?:lists|gives|shows|states|says)\s+(?P<listed>(?:[^.;:\n]|\.(?= \w)){2,60}?)\s+as\s+(?:their|his|her|the)"
    r"\s+(?:location|home ?town|current city|city|address)\b"
    r"|\b(?:lives|living|resides|residing|is based|based|staying|stays)\s+(?:in|at)\s+(?P<lives>[A-Z][^.;:\n]{1,60}?)"
    r"(?=[.;\n]|,\s+(?:and|who|but|a|an|the)\b|\s+(?:and|who|but)\b|$)")
# a sentence that introduces the post below it: "At <time> the user wrote:", "They posted:"
_INTRO = re.compile(r"\b(?:wrote|posted|shared|said|commented|captioned|put up|updated (?:their|his|her) status)"
                    r"(?: (?:the following|this|on \w+))?\s*:\s*$", re.I)


def name_in_prose(text: str) -> str | None:
    """The person's name given in a sentence about them (not about a friend or reporter)."""
    for m in _NAME.finditer(text[:4000]):
        if not about_someone_else(text, m.start("name")):
            return m.group("name")
    return None


def places_in_prose(text: str) -> list[tuple[str, str]]:
    """(place, "profile" or "stated") for places a sentence gives as the person's."""
    out = []
    for m in _PLACE.finditer(text[:6000]):
        if about_someone_else(text, m.start()):
            continue
        if m.group("listed"):
            out.append((m.group("listed").strip(" ,"), "profile" if m.group("profile") else "stated"))
        elif m.group("lives"):
            out.append((m.group("lives").strip(" ,"), "stated"))
    return out


def introduced_post(lines: list[str], skip: set[int]) -> tuple[str, str] | None:
    """(post, the sentence that introduced it) for a post set off under "... the user wrote:"."""
    for i, line in enumerate(lines):
        if i in skip or len(line) > 200 or not _INTRO.search(line) or about_someone_else(line, len(line)):
            continue
        j = i + 1
        while j < len(lines) and j < i + 3 and not lines[j].strip():
            j += 1
        block = []
        while j < len(lines) and lines[j].strip() and (lines[j][:1].isspace() or lines[j].lstrip()[:1] in "\"“>«"):
            block.append(lines[j].strip().lstrip("> ").strip())
            j += 1
        post = " ".join(" ".join(block).split()).strip("\"“”«»")
        if len(post) >= 3:
            return post, line
    return None
