"""Find and normalise date-times in report text: many layouts and zones in, aware UTC out.

Platforms write times in UTC, IST, Pacific time or with numeric offsets, in ISO, Indian
(day first) and English month layouts, time before or after the date, in Devanagari
digits, or as Unix epoch seconds/milliseconds. Named zones (Asia/Kolkata, "Pacific Time")
go through zoneinfo, so daylight saving is right. A time with no zone is read in the zone
the caller knows from context (a section header such as "(UTC)"), and the caller is told.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ZONES: dict[str, float] = {
    "Z": 0, "UTC": 0, "GMT": 0, "IST": 5.5, "PST": -8, "PDT": -7, "EST": -5, "EDT": -4,
    "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "BST": 1, "CET": 1, "CEST": 2, "SGT": 8,
    "GST": 4, "AEST": 10, "AEDT": 11, "JST": 9, "HKT": 8, "WET": 0, "EET": 2, "NPT": 5.75, "PKT": 5,
}
# zones whose offset depends on the date: read through zoneinfo
NAMED: dict[str, str] = {
    "pt": "America/Los_Angeles", "pacific time": "America/Los_Angeles", "pacific": "America/Los_Angeles",
    "pacific standard time": "America/Los_Angeles", "pacific daylight time": "America/Los_Angeles",
    "et": "America/New_York", "eastern time": "America/New_York", "eastern standard time": "America/New_York",
    "eastern daylight time": "America/New_York", "ct": "America/Chicago", "central time": "America/Chicago",
    "mt": "America/Denver", "mountain time": "America/Denver", "uk time": "Europe/London",
    "india standard time": "Asia/Kolkata", "indian standard time": "Asia/Kolkata", "india time": "Asia/Kolkata",
    "coordinated universal time": "UTC", "greenwich mean time": "UTC", "भारतीय समय": "Asia/Kolkata",
    "भारतीय मानक समय": "Asia/Kolkata",
}
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6, "जुलाई": 7,
    "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11,
    "दिसंबर": 12, "दिसम्बर": 12,
}
DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")  # read as 0-9 wherever digits are read
_MON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त"
    r"|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर)"
)
_ZONE_NAMES = "|".join(sorted((z for z in ZONES if z != "Z"), key=len, reverse=True))
_NAMED_NAMES = "|".join(re.escape(n) for n in sorted(NAMED, key=len, reverse=True))
_IANA = r"(?:Asia|America|Europe|Africa|Australia|Pacific|Atlantic|Indian|Etc)/[A-Za-z_]+(?:/[A-Za-z_]+)?"
_DATE = (
    r"(?:(?P<y1>\d{4})[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})[-/.](?P<m2>\d{1,2})[-/.](?P<y2>\d{4}|\d{2}(?![\d:]))"
    rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?[ -]*+(?P<mon3>{_MON})\.?,?[ -]*+(?P<y3>\d{{4}})"
    rf"|(?P<mon4>{_MON})\.?[ -](?P<d4>\d{{1,2}})(?:st|nd|rd|th)?,?[ -](?P<y4>\d{{4}}))"
)
_AMPM = r"(?:\s*+(?P<ampm>[AaPp]\.?\s?[Mm]\.?)(?![A-Za-z]))?"
# "0215 UTC", "2140 hrs": four digits are a time of day only when a zone or "hrs" says so (else a year)
_MILITARY = r"(?P<HH>[01]\d|2[0-3])(?P<MM>[0-5]\d)(?=[ \t]?(?:hrs|hours|UTC|GMT|IST|Z)(?![A-Za-z]))"
_TIME = (
    r"(?:(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d{1,9})?)?" + _AMPM + "|" + _MILITARY + ")"
    r"(?:\s*+(?:hrs|hours|h|बजे))?"
)
_ZONE = (
    rf"(?:\s*+\(?\s*+(?P<zone>{_IANA}|(?:{_NAMED_NAMES})(?![A-Za-z])|(?:{_ZONE_NAMES}|Z)(?![A-Za-z])"
    r"(?:\s*+[+-]\s*+\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}(?!\d))\s*+\)?)?"
)
# whitespace runs are possessive (*+): with plain * a date followed by a long run of spaces
# (a masked address, text from HTML) backtracked polynomially: 8,000 spaces took 43 s
_DAYPART = r"(?:रात|सुबह|शाम|दोपहर|प्रातः|सायं|raat|subah|shaam|dopahar)"
_JOIN = rf"(?:,?(?:[ \t]*+(?:T|at|on|,|-|को|के|लगभग|around|approx\.?))*[ \t]*+)"
DATETIME = re.compile(rf"(?P<daypart0>{_DAYPART}\s*+)?{_DATE}(?:{_JOIN}(?P<daypart>{_DAYPART}\s*+)?{_TIME}{_ZONE})?", re.I)
# time first: "10:15 PM IST, 26 Nov 2026" / "22:15 on 26/11/2026"
TIME_DATE = re.compile(
    rf"(?<![\d:.]){_TIME}{_ZONE}[ \t]*+(?:,|on|at|-|को|के)?[ \t]*+(?:\w+day,?[ \t]*+)?{_DATE.replace('?P<', '?P<t')}{_ZONE.replace('?P<zone>', '?P<zone2>')}",
    re.I,
)
EPOCH = re.compile(r"(?<![\d.+-])(1\d{9}|[12]\d{12})(?![\d.])")
# a web server's access log (Common Log Format): "[08/Nov/2026:18:53:15 +0000]"
LOG_TIME = re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})/(?P<mon>{_MON})/(?P<y>\d{{4}}):(?P<H>\d{{2}}):(?P<M>\d{{2}}):(?P<S>\d{{2}})"
                      r"[ \t]*+(?P<zone>[+-]\d{4})?(?!\d)", re.I)
ZONE_WORD = re.compile(rf"(?<![A-Za-z])({_IANA}|{_NAMED_NAMES}|{_ZONE_NAMES})(?![A-Za-z])", re.I)


def zone_offset(token: str | None) -> tzinfo | None:
    """'IST', 'UTC+5:30', '+0530', 'Z', 'Asia/Kolkata', 'Pacific Time' -> a zone; None if not one."""
    if not token:
        return None
    name = " ".join(token.strip().split())
    if "/" in name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            return None
    if name.lower() in NAMED:
        return ZoneInfo(NAMED[name.lower()])
    token = name.upper().replace(" ", "")
    match = re.fullmatch(rf"({_ZONE_NAMES}|Z)?(?:([+-])(\d{{1,2}})(?::?(\d{{2}}))?)?", token)
    if not match or not token:
        return None
    hours = ZONES.get(match.group(1) or "UTC", 0.0)
    if match.group(2):
        digits = match.group(3) + (match.group(4) or "")
        if len(digits) == 3 and not match.group(4):  # "+530"
            extra = int(digits[0]) + int(digits[1:]) / 60
        else:
            extra = int(match.group(3)) + int(match.group(4) or 0) / 60
        if extra > 14:
            return None
        hours += extra if match.group(2) == "+" else -extra
    return timezone(timedelta(minutes=round(hours * 60)))


def _month(token: str) -> int:
    return _MONTHS.get(token[:3].lower(), _MONTHS.get(token, 0))


# American zones: a date written beside one is month-first ("11/05/2026 8:44 AM PST" is 5 November)
_US_ZONE = re.compile(r"^(?:P|E|C|M)[SD]?T$|^(?:pacific|eastern|central|mountain)\b|^America/", re.I)


def _us_zone(*zones: str | None) -> bool:
    return any(z and _US_ZONE.search(z.strip()) for z in zones)


def _ymd(g: dict, p: str = "", near: datetime | None = None, us: bool = False) -> tuple[int, int, int] | None:
    if g[p + "y1"]:
        return int(g[p + "y1"]), int(g[p + "m1"]), int(g[p + "d1"])
    if g[p + "y2"]:
        y, mo, d = int(g[p + "y2"]), int(g[p + "m2"]), int(g[p + "d2"])
        if y < 100:
            y += 2000
        if mo > 12 >= d or (us and mo <= 12 and d <= 12):  # month-first (US); day-first is the Indian default
            mo, d = d, mo
        elif near is not None and d <= 12 and mo != d:  # "12/02/2026": the reading nearer the mail's date
            mo, d = _nearer(y, mo, d, near)
        return y, mo, d
    if g[p + "y3"]:
        return int(g[p + "y3"]), _month(g[p + "mon3"]), int(g[p + "d3"])
    if g[p + "y4"]:
        return int(g[p + "y4"]), _month(g[p + "mon4"]), int(g[p + "d4"])
    return None


def _clock(g: dict) -> tuple[int, int, int] | None:
    """The (hour, minute, second) a _TIME match wrote, either form; None if it has none."""
    if g["H"]:
        return int(g["H"]), int(g["M"]), int(g["S"] or 0)
    if g.get("HH"):
        return int(g["HH"]), int(g["MM"]), 0
    return None


def _hour(hour: int, ampm: str | None, daypart: str | None) -> int | None:
    if ampm:
        if hour > 12 or hour == 0:
            return None if hour > 12 else 0
        return hour % 12 + (12 if ampm.lower().startswith("p") else 0)
    part = (daypart or "").strip().lower()
    if part in ("रात", "raat") and 6 <= hour < 12:
        return hour + 12  # "रात 10:15" is 22:15; "रात 2 बजे" stays 02:00
    if part in ("शाम", "सायं", "shaam") and hour < 12:
        return hour + 12
    if part in ("दोपहर", "dopahar") and hour < 6:
        return hour + 12
    return hour


def _make(ymd, hms, zone: tzinfo | None, default_zone: tzinfo | None) -> tuple[datetime, bool] | None:
    y, mo, d = ymd
    hour, minute, second = hms
    assumed = zone is None and default_zone is None
    zone = zone or default_zone or timezone.utc
    if not 2000 <= y <= 2100 or hour is None or hour > 23 or minute > 59 or second > 60:
        return None
    try:
        local = datetime(y, mo, d, hour, minute, min(second, 59), tzinfo=zone)
    except ValueError:
        return None
    return local.astimezone(timezone.utc), assumed


def _nearer(y: int, mo: int, d: int, near: datetime) -> tuple[int, int]:
    """Day-first unless it is more than three days from ``near`` and month-first is nearer."""
    try:
        first, second = abs((datetime(y, mo, d) - near.replace(tzinfo=None)).days), \
            abs((datetime(y, d, mo) - near.replace(tzinfo=None)).days)
    except ValueError:
        return mo, d
    return (d, mo) if first > 3 and second < first else (mo, d)


def _build(m: re.Match, default_zone: tzinfo | None, near: datetime | None = None) -> tuple[datetime, bool] | None:
    g = m.groupdict()
    ymd = _ymd(g, "", near, _us_zone(g["zone"]))
    if ymd is None:
        return None
    clock = _clock(g)
    if clock is None:
        built = _make(ymd, (0, 0, 0), timezone.utc, None)
        return (built[0], False) if built else None
    hour = _hour(clock[0], g["ampm"], g["daypart"] or g["daypart0"])
    zone = zone_offset(g["zone"]) if g["zone"] else None
    return _make(ymd, (hour, *clock[1:]), zone, default_zone)


def _build_time_first(m: re.Match, default_zone: tzinfo | None, near: datetime | None = None
                      ) -> tuple[datetime, bool] | None:
    g = m.groupdict()
    ymd = _ymd(g, "t", near, _us_zone(g["zone"], g["zone2"]))
    if ymd is None:
        return None
    zone = zone_offset(g["zone"] or g["zone2"]) if (g["zone"] or g["zone2"]) else None
    clock = _clock(g)
    return _make(ymd, (_hour(clock[0], g["ampm"], None), *clock[1:]), zone, default_zone)


def find_times(text: str, default_zone: tzinfo | None = None, epochs: bool = False, near: datetime | None = None
               ) -> list[tuple[int, int, datetime, bool]]:
    """Every date-time in ``text``: (start, end, UTC time, zone was assumed). A date with no
    time counts (midnight UTC, flagged by the caller if it matters). ``epochs`` also reads
    bare Unix times (only where a label says the value is a time: a phone looks alike)."""
    text = text.translate(DEVANAGARI_DIGITS)
    out = []
    taken: list[tuple[int, int]] = []
    for m in TIME_DATE.finditer(text):
        built = _build_time_first(m, default_zone, near)
        if built:
            out.append((m.start(), m.end(), built[0], built[1]))
            taken.append((m.start(), m.end()))
    for m in DATETIME.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        built = _build(m, default_zone, near)
        if built and _clock(m.groupdict()):
            out.append((m.start(), m.end(), built[0], built[1]))
        elif built:
            out.append((m.start(), m.end(), built[0], False))
    for m in LOG_TIME.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        built = _make((int(m.group("y")), _month(m.group("mon")), int(m.group("d"))),
                      (int(m.group("H")), int(m.group("M")), int(m.group("S"))), zone_offset(m.group("zone")), default_zone)
        if built:
            out.append((m.start(), m.end(), *built))
    if epochs and not out:
        for m in EPOCH.finditer(text):
            value = int(m.group(1))
            seconds = value / 1000 if len(m.group(1)) == 13 else value
            if 946684800 <= seconds <= 4102444800:
                out.append((m.start(), m.end(), datetime.fromtimestamp(int(seconds), timezone.utc), False))
    return sorted(out, key=lambda t: t[0])


def has_clock(text: str, start: int, end: int) -> bool:
    """Whether the match at text[start:end] carried a time of day (not a date alone)."""
    piece = text.translate(DEVANAGARI_DIGITS)[start:end]
    return bool(re.search(r"\d[:.]\d{2}", piece) or re.search(_MILITARY, piece, re.I)) or \
        bool(EPOCH.fullmatch(text[start:end].strip()))


_TIME_DRESSING = re.compile(r"[\s()\[\]\-–—·|,.]*")


def lone_time(line: str) -> bool:
    """A line that is a date-time and nothing else (brackets and dashes aside)."""
    return _only_a_time(line, clock=True)


def lone_date(line: str) -> bool:
    """A line that is a date, with or without a time of day, and nothing else (brackets and dashes aside)."""
    return _only_a_time(line, clock=False)


def _only_a_time(line: str, clock: bool) -> bool:
    found = find_times(line)
    if len(found) != 1:
        return False
    start, end, _when, _assumed = found[0]
    return (not clock or has_clock(line, start, end)) and bool(_TIME_DRESSING.fullmatch(line[:start] + line[end:]))


def parse_time(text: str, default_zone: tzinfo | None = None, epochs: bool = False, near: datetime | None = None
               ) -> tuple[datetime | None, bool]:
    """The first date-time with a time of day in ``text`` in UTC, and whether its zone was assumed."""
    for start, end, when, assumed in find_times(text, default_zone, epochs, near):
        if has_clock(text.translate(DEVANAGARI_DIGITS), start, end):
            return when, assumed
    return None, False


def parse_date(text: str) -> tuple[int, int, int] | None:
    """The first calendar date in ``text`` (year, month, day), with or without a time."""
    text = text.translate(DEVANAGARI_DIGITS)
    for m in DATETIME.finditer(text):
        ymd = _ymd(m.groupdict())
        if ymd:
            try:
                datetime(*ymd)
            except ValueError:
                continue
            return ymd
    return None


def zone_in(text: str) -> tzinfo | None:
    """A zone named in a header line such as 'RECENT LOGINS (UTC)' or 'Time (IST)'."""
    m = ZONE_WORD.search(text)
    return zone_offset(m.group(1)) if m else None


# "All times below are Indian Standard Time (IST)", "(times in IST)", "timezone: Asia/Kolkata"
_ZONE_STATEMENT = re.compile(r"\btimes\b[^:\n]{0,40}?\b(?:are|in)\b|\btime ?zone\b|\btimezone\b", re.I)


def declared_zone(text: str) -> tzinfo | None:
    """The zone a mail says all its times are in (a statement or a time-zone field, not a time
    with its own zone): the default for every time written without one, attachments included."""
    for line in text.splitlines()[:400]:
        if _ZONE_STATEMENT.search(line) and not find_times(line):
            zone = zone_in(line)
            if zone is not None:
                return zone
    return None


TIME_ONLY = re.compile(rf"(?<![\d:.])(?P<daypart>{_DAYPART}\s*)?{_TIME}{_ZONE}", re.I)


def parse_clock(text: str) -> tuple[int, int, int, tzinfo | None] | None:
    """A time of day with no date ('10:15 PM IST') -> (hour, minute, second, zone or None)."""
    m = TIME_ONLY.search(text.translate(DEVANAGARI_DIGITS))
    if not m:
        return None
    g = m.groupdict()
    clock = _clock(g)
    hour = _hour(clock[0], g["ampm"], g["daypart"])
    if hour is None or hour > 23 or clock[1] > 59:
        return None
    return hour, clock[1], clock[2], zone_offset(g["zone"]) if g["zone"] else None


def on_day(ymd: tuple[int, int, int], clock: tuple[int, int, int, tzinfo | None],
           default_zone: tzinfo | None = None) -> tuple[datetime, bool] | None:
    """A date and a separately written time of day joined (labels "Date" and "Time")."""
    return _make(ymd, clock[:3], clock[3], default_zone)


def parse_clock_time(text: str, reference: datetime, default_zone: tzinfo | None = None) -> datetime | None:
    """A time with no date ('03:32 IST'), placed on the reference day (the mail's Date) in
    its zone, or the day before when that would put it after the mail was sent."""
    clock = parse_clock(text)
    if clock is None:
        return None
    hour, minute, second, zone = clock
    zone = zone or default_zone or timezone.utc
    day = reference.astimezone(zone)
    try:
        when = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None
    if when > reference + timedelta(minutes=5):
        when -= timedelta(days=1)
    return when.astimezone(timezone.utc)
