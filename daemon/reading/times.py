"""Find and normalise date-times in report text: many layouts and zones in, aware UTC out.

Platforms write times in UTC, IST, Pacific time or with numeric offsets, in ISO, Indian
(day first) and English month layouts. A time with no zone is read in the zone the caller
knows from context (a section header such as "(UTC)"), and the caller is told it had to.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

ZONES: dict[str, float] = {
    "Z": 0, "UTC": 0, "GMT": 0, "IST": 5.5, "PST": -8, "PDT": -7, "PT": -8, "EST": -5, "EDT": -4,
    "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "BST": 1, "CET": 1, "CEST": 2, "SGT": 8,
    "GST": 4,
}
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6, "जुलाई": 7,
    "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11,
    "दिसंबर": 12, "दिसम्बर": 12,
}
_MON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त"
    r"|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर)"
)
_ZONE_NAMES = "|".join(sorted((z for z in ZONES if z != "Z"), key=len, reverse=True))
_DATE = (
    r"(?:(?P<y1>\d{4})[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})[-/.](?P<m2>\d{1,2})[-/.](?P<y2>\d{4})"
    rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?[ -](?P<mon3>{_MON})\.?,?[ -](?P<y3>\d{{4}})"
    rf"|(?P<mon4>{_MON})\.? (?P<d4>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y4>\d{{4}}))"
)
_TIME = (
    r"(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d{1,6})?)?"
    r"(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?)(?![A-Za-z]))?"
)
_ZONE = (
    rf"(?:\s*\(?\s*(?P<zone>(?:{_ZONE_NAMES}|Z)(?![A-Za-z])(?:\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?)?"
    r"|[+-]\d{2}:?\d{2})\s*\)?)?"
)
DATETIME = re.compile(rf"{_DATE}(?:,?(?:\s*(?:T|at|,|को|रात|सुबह|शाम|दोपहर))*\s*{_TIME}{_ZONE})?", re.I)
ZONE_WORD = re.compile(rf"(?<![A-Za-z])({_ZONE_NAMES})(?![A-Za-z])", re.I)


def zone_offset(token: str | None) -> timezone | None:
    """'IST', 'UTC+5:30', '+0530', 'Z' -> a fixed offset; None if not a zone."""
    if not token:
        return None
    token = token.strip().upper().replace(" ", "")
    match = re.fullmatch(rf"({_ZONE_NAMES}|Z)?(?:([+-])(\d{{1,2}})(?::?(\d{{2}}))?)?", token)
    if not match or not token:
        return None
    hours = ZONES.get(match.group(1) or "UTC", 0.0)
    if match.group(2):
        extra = int(match.group(3)) + int(match.group(4) or 0) / 60
        if extra > 14:
            return None
        hours += extra if match.group(2) == "+" else -extra
    return timezone(timedelta(minutes=round(hours * 60)))


def _month(token: str) -> int:
    return _MONTHS.get(token[:3].lower(), _MONTHS.get(token, 0))


def _build(m: re.Match, default_zone: timezone | None) -> tuple[datetime, bool] | None:
    g = m.groupdict()
    if g["y1"]:
        y, mo, d = int(g["y1"]), int(g["m1"]), int(g["d1"])
    elif g["y2"]:
        y, mo, d = int(g["y2"]), int(g["m2"]), int(g["d2"])
        if mo > 12 >= d:  # month-first layout (US); day-first is the Indian default
            mo, d = d, mo
    elif g["y3"]:
        y, mo, d = int(g["y3"]), _month(g["mon3"]), int(g["d3"])
    else:
        y, mo, d = int(g["y4"]), _month(g["mon4"]), int(g["d4"])
    hour = int(g["H"]) if g["H"] else 0
    minute = int(g["M"]) if g["M"] else 0
    second = int(g["S"]) if g["S"] else 0
    if g["ampm"]:
        pm = g["ampm"].lower().startswith("p")
        if hour > 12:
            return None
        hour = hour % 12 + (12 if pm else 0)
    zone = zone_offset(g["zone"]) if g["zone"] else None
    assumed = zone is None and default_zone is None
    zone = zone or default_zone or timezone.utc
    try:
        local = datetime(y, mo, d, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None
    if not 2000 <= y <= 2100:
        return None
    return local.astimezone(timezone.utc), assumed and bool(g["H"])


def find_times(text: str, default_zone: timezone | None = None) -> list[tuple[int, int, datetime, bool]]:
    """Every date-time in ``text``: (start, end, UTC time, zone was assumed)."""
    out = []
    for m in DATETIME.finditer(text):
        built = _build(m, default_zone)
        if built:
            out.append((m.start(), m.end(), built[0], built[1]))
    return out


def parse_time(text: str, default_zone: timezone | None = None) -> tuple[datetime | None, bool]:
    """The first date-time in ``text`` in UTC, and whether its zone had to be assumed."""
    found = find_times(text, default_zone)
    return (found[0][2], found[0][3]) if found else (None, False)


def zone_in(text: str) -> timezone | None:
    """A zone named in a header line such as 'RECENT LOGINS (UTC)' or 'Time (IST)'."""
    m = ZONE_WORD.search(text)
    return zone_offset(m.group(1)) if m else None


TIME_ONLY = re.compile(rf"(?<![\d:.]){_TIME}{_ZONE}", re.I)


def parse_clock_time(text: str, reference: datetime, default_zone: timezone | None = None) -> datetime | None:
    """A time with no date ('03:32 IST'), placed on the reference day (the mail's Date) in
    its zone, or the day before when that would put it after the mail was sent."""
    m = TIME_ONLY.search(text)
    if not m:
        return None
    g = m.groupdict()
    hour, minute, second = int(g["H"]), int(g["M"]), int(g["S"] or 0)
    if g["ampm"]:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if g["ampm"].lower().startswith("p") else 0)
    zone = zone_offset(g["zone"]) if g["zone"] else None
    zone = zone or default_zone or timezone.utc
    day = reference.astimezone(zone)
    try:
        when = day.replace(hour=hour, minute=minute, second=second, microsecond=0)
    except ValueError:
        return None
    if when > reference + timedelta(minutes=5):
        when -= timedelta(days=1)
    return when.astimezone(timezone.utc)
