"""Facts about the person at risk: their name, when they posted, what they wrote, and the
evidence that a mail is about a person at all (which recognising a report rests on).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo

from daemon.core.report import Report
from daemon.reading.label_words import names_a_time
from daemon.reading.labels import Field, strip_quotes
from daemon.reading.ips import find_ip_sightings, ips_in
from daemon.reading.message import Message
from daemon.reading.post_lines import LABELLED_LINE
from daemon.reading.source import Source, mentions_report
from daemon.reading.times import lone_time, on_day, parse_clock, parse_clock_time, parse_date, parse_time, zone_in

# the kinds of fact that say a mail is about a person
PERSON_FACTS = ("name", "profile", "username", "user_id", "phone", "ip", "post")
_PLATFORM_WORDS = re.compile(r"\b(?:facebook|instagram|whatsapp|threads|meta|messenger|fb)\b|फेसबुक|इंस्टाग्राम", re.I)
_QUOTED_LINE = re.compile(r"^\s*[\"“«](.{3,})[\"”»]\s*$")
_POSTED_PHRASE = re.compile(
    r"\b(?:posted|shared|uploaded|published|went live|live video (?:started|began)|created|wrote|"
    r"पोस्ट किया|पोस्ट की|साझा)\b", re.I)


@dataclass(frozen=True)
class Evidence:
    """Which person facts a mail carries: stated under a label (strong) or found in prose."""

    labelled: frozenset[str] = frozenset()
    found: frozenset[str] = frozenset()
    forwarded: bool = False
    original_sender: str | None = None  # who wrote the report's text (inner sender of a forward)
    topic: bool = False  # self-harm / risk words in the subject or text
    platform_named: bool = False  # Facebook, Instagram, ... named in the subject or text
    failed: bool = False  # reading broke: nobody can tell what the mail holds

    @classmethod
    def of(cls, report: Report, labelled: set[str], source: Source, outer_subject: str = "") -> "Evidence":
        held = {"name": report.subject_name, "profile": report.profile_urls, "username": report.usernames,
                "user_id": report.user_ids, "phone": report.phones, "ip": report.ips, "post": report.post_text}
        found = {kind for kind, value in held.items() if value}
        links = " ".join(report.profile_urls).lower()
        for kind in ("username", "user_id"):  # read off the profile link itself: the same one fact
            if kind in found and kind not in labelled and all(str(v).lower() in links for v in held[kind]):
                found.discard(kind)
        strong = frozenset(f for f in labelled if f in PERSON_FACTS and f in found)
        topic = mentions_report(source.subject, source.text) or mentions_report(outer_subject, "")
        named = bool(_PLATFORM_WORDS.search(f"{source.subject}\n{outer_subject}\n{source.text[:6000]}"))
        return cls(strong, frozenset(found), source.forwarded, source.from_addr, topic, named or "profile" in found)

    @property
    def identifying(self) -> frozenset[str]:
        """Labelled facts that point at one person: a post or a login IP alone does not (a
        portal's "new login" notice has an IP and a place)."""
        return self.labelled - {"post", "ip"}


def clean_name(value: str) -> str | None:
    """A name as labelled, without quotes, a trailing note in brackets or an @handle."""
    name = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*$", "", value.strip())
    name = re.sub(r"\s+@[\w.]+$", "", name)
    name = " ".join(strip_quotes(name).split()).strip(" ,;-–")
    return name or None


# "Instagram user Neha Meghwal (@neha.m) may need help", "Emergency notification regarding Ravi Kumar"
_SUBJECT_NAME = re.compile(
    r"(?:\b[Uu]ser|\b[Aa]ccount(?: [Hh]older)?|\b[Rr]egarding|\b[Cc]oncerning|\b[Aa]bout)\s+(?:named\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})"
    r"(?=\s*(?:[(\[:,|–-]|$)|\s+(?:may|might|is|has|needs?|at|on)\b)")
_SUBJECT_PARTS = re.compile(r"\s+[|–—]\s+|\s+-\s+|\s*//\s*")
_WHOLE_NAME = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}")
_NOT_NAME_WORDS = frozenset("facebook instagram whatsapp threads meta messenger emergency urgent law enforcement "
                            "report referral notification account user safety support team request".split())


def name_in_subject(subject: str) -> str | None:
    """The person's name when a subject gives it ("... user Neha Meghwal (@neha.m) may need help")
    and the body does not: two to four capitalised words after user/account/regarding, or the
    one part of a subject of fields set apart by bars or dashes that is such words alone."""
    m = _SUBJECT_NAME.search(subject or "")
    if m and not set(m.group("name").lower().split()) & _NOT_NAME_WORDS:
        return m.group("name")
    # "Facebook self-harm | LERT-2026-167970 | Prem Yadav": a subject of fields, one of them a number
    parts = [p.strip() for p in _SUBJECT_PARTS.split(subject or "")]
    if len(parts) >= 3 and any(re.search(r"\d{4}", p) for p in parts):
        names = [p for p in parts if _WHOLE_NAME.fullmatch(p) and not set(p.lower().split()) & _NOT_NAME_WORDS]
        if len(names) == 1:
            return names[0]
    return None


def other_person_spans(lines: list[str], fields: list[Field]) -> set[int]:
    """Line numbers about someone else: their labelled fields and whole sections under them."""
    out: set[int] = set()
    for f in fields:
        if f.field == "skip" and not (f.value and names_a_time(f.label)):  # a login's time stays by its address
            out.update(range(f.line, max(f.line, f.end) + 1))
    return out


_KIND_WORDS = frozenset("post reel story status comment caption photo video live message text content update "
                        "status update photo post live video पोस्ट रील स्टोरी टिप्पणी".split())
_BEST_POST_LABEL = re.compile(r"text|caption|content|message|comment|words|wrote|said|title|body|पाठ|कैप्शन|सामग्री|संदेश",
                              re.I)


def choose_post(posts: list[Field]) -> str | None:
    """The post among the fields labelled like one: not a date, a rule or a content kind
    ("Reel"); a label that says text or caption before one that says only "post"."""
    good = []
    for f in posts:
        value = " ".join(strip_quotes(f.value).split()) if "\n" not in f.value else strip_quotes(f.value)
        plain = value.strip().casefold()
        if not plain or set(plain.split()) <= _KIND_WORDS or re.fullmatch(r"[\W_]+", plain) or len(plain) < 3:
            continue
        if re.fullmatch(r"(?:https?://|www\.)\S+", plain):
            continue  # a link alone is no words of the person's ("Follow us for updates: https://...")
        if parse_time(value)[0] is not None and len(value) < 60:
            continue
        good.append((0 if _BEST_POST_LABEL.search(f.label) else 1, len(good), value))
    return min(good)[2] if good else None


def quoted_post(lines: list[str], skip: set[int]) -> str | None:
    """An unlabelled post: the first line standing alone in quote marks."""
    for i, line in enumerate(lines):
        if i in skip:
            continue
        quoted = _QUOTED_LINE.match(line)
        if quoted:
            return quoted.group(1).strip()
    return None


_DRESSING = " \t>*_\"“”«»"  # quote marks, Markdown emphasis and '>' around a card's lines


def timed_post(lines: list[str], skip: set[int]) -> tuple[str, str] | None:
    """An unlabelled post card: a line that is a date-time alone and, below it past blank lines,
    a line of three or more words that is no field, link or address ("<p>2026-11-14 08:20 UTC</p>
    <p><em>words</em></p>"): (the words, the time line)."""
    for i, line in enumerate(lines[:400]):
        if i in skip or not line.strip() or len(line) > 80 or not lone_time(line.strip(_DRESSING)):
            continue
        j = i + 1
        while j < len(lines) and j < i + 3 and not lines[j].strip():
            j += 1
        words = lines[j].strip(_DRESSING) if j < len(lines) and j not in skip else ""
        if len(words.split()) >= 3 and not LABELLED_LINE.match(words) and "://" not in words \
                and not ips_in(words) and not lone_time(words):
            return words, line.strip(_DRESSING)
    return None


# "  [ramesh.jpr]: words" / "@ramesh.jpr: words": a line of a conversation, by its writer's handle
_SAID = re.compile(r"^[ \t>*-]*(?:\[@?(?P<a>[\w.]{2,40})\]|@(?P<b>[\w.]{2,40}))[ \t]*[:：][ \t]*(?P<words>\S.*)$")


def said_by(lines: list[str], skip: set[int], usernames: list[str]) -> tuple[str, str] | None:
    """What the person wrote in a conversation excerpt (the first line headed by their own
    handle), and the text of the nearest line above it that holds a time ("" if none)."""
    own = {u.lower().lstrip("@") for u in usernames}
    for i, line in enumerate(lines[:400]):
        m = _SAID.match(line) if own and i not in skip else None
        if m and (m.group("a") or m.group("b")).lower() in own:
            when = next((lines[j] for j in range(i - 1, max(-1, i - 4), -1) if parse_time(lines[j])[0]), "")
            return m.group("words").strip(), when
    return None


def _section_zone(lines: list[str], index: int):
    """The zone named by the nearest heading line above a field (e.g. 'All times IST')."""
    for line in reversed(lines[max(0, index - 15): index]):
        if ":" not in line and line.strip():
            zone = zone_in(line)
            if zone:
                return zone
    return None


def source_date(message: Message) -> datetime | None:
    """The Date of the mail that carried the report (inner message first)."""
    for inner in message.embedded:
        if inner.date:
            return inner.date
    return message.date


_LOGIN_SECTION = re.compile(r"\b(?:ip|ips|login|logins|sessions?)\b|आईपी|लॉगिन", re.I)


def _login_time(f: Field, lines: list[str]) -> bool:
    """A bare "Time" beside an address or under a login heading is a login's, not the post's;
    not beside an address whose line gives its own time ("ip1: 1.2.3.4 at <time>" over "ts: <time>")."""
    if _LOGIN_SECTION.search(f.section or ""):
        return True
    for k in range(max(0, f.line - 1), min(len(lines), f.end + 2)):
        if ips_in(lines[k]) and (f.line <= k <= f.end or not _timed_on_its_line(lines[k])):
            return True
    return False


def _timed_on_its_line(line: str) -> bool:
    sightings, _ = find_ip_sightings(line)
    return bool(sightings) and all(s.seen_at is not None for s in sightings)


def post_time_of(fields: dict[str, list[Field]], lines: list[str], person_text: str,
                 message: Message, declared: tzinfo | None = None) -> tuple[datetime | None, list[str]]:
    """When the post was made: a post-time label, else separate date and time labels, else
    "posted on <time>" in prose; a time of day alone takes its date from the mail."""
    problems: list[str] = []
    dates = [f for f in fields.get("date", [])]
    candidates = fields.get("post_time", []) + [f for f in fields.get("time", []) if not _login_time(f, lines)]
    sent = source_date(message)  # "12/02/2026" on a mail of 2 December is month-first
    for f in candidates:
        zone = zone_in(f.label) or _section_zone(lines, f.line) or declared
        when, assumed = parse_time(f.value, zone, epochs=True, near=sent)
        if when:
            if assumed:
                problems.append("the post time had no time zone; read as UTC")
            return when, problems
    for f in candidates:  # a time of day: on the labelled date, else on the mail's day
        clock = parse_clock(f.value)
        if clock is None:
            continue
        zone = zone_in(f.label) or _section_zone(lines, f.line) or declared
        day = next((parse_date(d.value) for d in dates + candidates if parse_date(d.value)), None)
        if day:
            joined = on_day(day, clock, zone)
            if joined:
                if joined[1]:
                    problems.append("the post time had no time zone; read as UTC")
                return joined[0], problems
        when = parse_clock_time(f.value, sent, zone) if sent else None
        if when:
            problems.append("the post time had no date; dated by the mail's Date header")
            return when, problems
    for m in _POSTED_PHRASE.finditer(person_text[:20000]):
        when, assumed = parse_time(person_text[m.end(): m.end() + 80].split("\n")[0], declared, near=sent)
        if when:
            if assumed:
                problems.append("the post time had no time zone; read as UTC")
            return when, problems
    for f in dates:  # "Date: 26 Nov 2026 22:15 IST" with no other time given
        when, assumed = parse_time(f.value, zone_in(f.label) or declared, epochs=True, near=sent)
        if when:
            if assumed:
                problems.append("the post time had no time zone; read as UTC")
            return when, problems
    if candidates:
        problems.append("the post time could not be read")
    return None, problems
