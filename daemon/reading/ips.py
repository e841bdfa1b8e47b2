"""IPv4/IPv6 addresses with the time they were seen, from login tables, lines and CSV logs.

A platform lists the person's recent logins; the time beside each address matters as much
as the address (the ISP needs both). Relays from our own Received headers never count.
"""

from __future__ import annotations

import ipaddress
import re
from datetime import timezone

from daemon.core.report import IpSighting
from daemon.reading.times import find_times, has_clock, zone_in

_V4 = r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)"
_V6 = r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{0,4})(?![\w:]|\.\d)"
CANDIDATE = re.compile(rf"{_V4}|{_V6}")


# documentation ranges: never on the real internet, but written in examples and drills; an
# address someone bothered to list in a report is kept (RFC 5737, RFC 3849)
_DOCUMENTATION = tuple(ipaddress.ip_network(n) for n in
                       ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"))


def valid_public_ip(token: str) -> str | None:
    """An address in RFC 5952 form (IPv6 lower-case, zeros compressed) unless it is private,
    loopback, link-local or otherwise not a subscriber's address; else None."""
    try:
        ip = ipaddress.ip_address(token)
    except ValueError:
        return None
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:  # ::ffff:49.36.212.7 is the IPv4 subscriber address
        ip = mapped
    if any(ip in net for net in _DOCUMENTATION if net.version == ip.version):
        return ip.compressed
    if ip.is_private or ip.is_loopback or ip.is_multicast or ip.is_unspecified or ip.is_link_local or ip.is_reserved:
        return None
    return ip.compressed


def ips_in(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in CANDIDATE.finditer(text):
        ip = valid_public_ip(m.group(0))
        if ip:
            out.append((m.start(), m.end(), ip))
    return out


# a line that is only a time, or a time under a plain time label ("Time (UTC): ...", "Last seen: ...")
_TIME_LINE = re.compile(r"^\s*(?:(?:login |last |first )?(?:time|date|date ?/ ?time|timestamp|when|seen|last seen)"
                        r"(?![a-z])[^:\n]{0,20}[:\t]|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \t]+)?[\d(])", re.I)
# "time_utc:" too; "Sat, 07 Nov 2026 09:19:33 +0000" (a mail-style date) too


_DIGIT = re.compile(r"\d")


def find_ip_sightings(
    text: str, exclude: frozenset[str] = frozenset(), zone: timezone | None = None
) -> tuple[list[IpSighting], bool]:
    """Every public IP with its time (same line, else the next line), and whether a zone was assumed.

    A line naming a zone but no address (a table header such as "RECENT LOGINS (UTC)" or a
    CSV header "timestamp_ist,ip") sets the zone for the undated-zone times below it; ``zone``
    is the one the mail declares for all its times (the default before any such line).
    """
    sightings: list[IpSighting] = []
    seen: set[tuple[str, object]] = set()
    assumed_any = False
    section_zone = zone
    lines = text.splitlines()
    for i, line in enumerate(lines):
        found = ips_in(line) if _DIGIT.search(line) else []
        if not found:
            # a zone heading, not a time with its zone (zone words are rare: test them first)
            heading_zone = zone_in(line.replace("_", " "))
            if heading_zone is not None and not (_DIGIT.search(line) and find_times(line)):
                section_zone = heading_zone
            continue
        head = line[: found[0][0]]  # "Last login IP (IST)\t26-12-2026 11:35  2401:..." names its zone
        own_zone = zone_in(re.sub(r"\d[\d:./ -]*", " ", head).replace("_", " "))
        if own_zone is not None:
            section_zone = own_zone
        times = _clock_times(_mask(line, found), section_zone)
        below, above = _beside(lines, i, 1), _beside(lines, i, -1)  # (a blank line between: HTML boxes)
        if not times and below and not ips_in(below) and (_TIME_LINE.match(below) or _time_of_this_ip(line, below)):
            times = _clock_times(below, zone_in(below.split(":")[0]) or section_zone)
        if not times and above and not ips_in(above) and _TIME_LINE.match(above) \
                and not ips_in(_beside(lines, _beside_at(lines, i, -1), -1)):
            # the time above, unless it is the time below the address above ("ip / time / ip / —")
            times = _clock_times(above, zone_in(above.split(":")[0]) or section_zone)
        # sentence ends found once per line (per address it was quadratic: 125k addresses on one
        # line took 131 s); a line of many addresses is a log, not prose
        bounds = _sentence_bounds(line) if len(found) <= 20 else []
        # once per line, and not for a log of many addresses: a line of 125k addresses stays linear
        officer = len(found) <= 20 and bool(_OFFICER.search(line))
        for k, (start, end, ip) in enumerate(found):
            if ip in exclude or (officer and _officer_sentence(line, start)):
                continue
            when, assumed = None, False
            own = _sentence_times(line, bounds, found, start, section_zone)
            if own:  # "accessed from IP1 at t1; IP2 at t2; IP3." inside prose: each its own, as on a line
                mates = _sentence_mates(line, bounds, found, start)
                listed = len(mates) >= 2 and all(";" in line[a[1]:b[0]] for a, b in zip(mates, mates[1:]))
                if len(mates) >= 2 and (len(own) >= 2 or listed):
                    own = _own_times(line, mates, mates.index(found[k]), own) or [(start, end, None, False)]
            if not own and len(times) >= 2 and 2 <= len(found) <= 20:
                # "IP1 @t1; IP2; IP3 @t3": several times on a line of a few addresses, each time
                # belongs to the address it follows (or, before the first address, precedes);
                # an address with none of its own has no time
                own = _own_times(line, found, k, times) or [(start, end, None, False)]
            if own or times:
                # the nearest time to this address (gap between them) in its sentence, else on the line;
                # "IP (time), IP (time)": of two as near, the one after it
                best = min(own or times, key=lambda t: (t[0] - end, 0) if t[0] >= end else (start - t[1], 1))
                when, assumed = best[2], best[3]
            if (ip, when) in seen:
                continue
            seen.add((ip, when))
            assumed_any = assumed_any or assumed
            sightings.append(IpSighting(ip, when))
    return sightings, assumed_any


# "This disclosure was opened on the LE portal by the requesting officer from 164.100.x.y": the
# officer's sign-in, never the person's
_OFFICER = re.compile(r"\b(?:portal|requesting officer|officer|LERS account|law enforcement (?:user|agent))\b", re.I)


# the line above an address that says a police officer sent the request: the address is their sign-in
_BY_OFFICER = re.compile(r"^\s*(?:submitted|requested|raised|filed|sent)\s+by\b.{0,40}?\b(?:inspector|officer|sho|si|asi|"
                         r"constable|police|dsp|sp)\b|^\s*(?:requesting|submitting)\s+officer\b", re.I)


def officer_sign_ins(lines: list[str]) -> frozenset[str]:
    """Addresses on the line under one saying a police officer sent the request ("Submitted by:
    Inspector X" / "Signed in from <ip> at <time>"): the officer's sign-in, never the person's."""
    return frozenset(ip for above, line in zip(lines, lines[1:]) if _BY_OFFICER.search(above) and _DIGIT.search(line)
                     for _, _, ip in ips_in(line)[:20])


def _own_times(line: str, found: list[tuple[int, int, str]], k: int, times: list) -> list:
    """The times between address k and the next one (for the first address, also before it)."""
    start, end = found[k][0], found[k][1]
    after = found[k + 1][0] if k + 1 < len(found) else len(line)
    return [t for t in times if end <= t[0] < after] or ([t for t in times if t[0] < start] if k == 0 else [])


def _officer_sentence(line: str, start: int) -> bool:
    """Whether the sentence holding the address at ``start`` is about an officer's or a portal's sign-in."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(line, 0, start)), default=0)
    end = next((m.start() for m in _SENTENCE_END.finditer(line, start)), len(line))
    return bool(_OFFICER.search(line[begin:end]))


def _beside(lines: list[str], i: int, step: int) -> str:
    """The next (step 1) or previous (-1) line with text, past at most one blank line; "" if none."""
    j = _beside_at(lines, i, step)
    return lines[j] if j is not None else ""


def _beside_at(lines: list[str], i: int, step: int) -> int | None:
    """The index of that line, or None."""
    for j in (i + step, i + 2 * step):
        if 0 <= j < len(lines) and lines[j].strip():
            return j
        if not (0 <= j < len(lines)):
            break
    return None


def _clock_times(text: str, zone: timezone | None) -> list:
    """The times of day (or Unix times) in a text: a date alone ("23 Oct 2026") says no time of
    day, so it is no sighting's time (midnight would be a time nobody wrote)."""
    return [t for t in find_times(text, zone, epochs=True) if has_clock(text[t[0]:t[1]], 0, t[1] - t[0])]


_SENTENCE_END = re.compile(r"(?:[.!?][\"”»]?|[\"”»])(?:\s+|$)(?=[A-Z\"“]|$)")


def _sentence_bounds(line: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence end in a line of prose; [] for a short or one-sentence line."""
    return [] if len(line) < 120 else [(m.start(), m.end()) for m in _SENTENCE_END.finditer(line)]


def _sentence_of(line: str, bounds: list[tuple[int, int]], start: int) -> tuple[int, int]:
    begin = max((e for s, e in bounds if e <= start), default=0)
    return begin, next((s for s, _ in bounds if s >= start), len(line))


def _sentence_mates(line: str, bounds: list[tuple[int, int]], found: list[tuple[int, int, str]], start: int) -> list:
    """The addresses in the sentence of the address at ``start``."""
    begin, end = _sentence_of(line, bounds, start)
    return [f for f in found if begin <= f[0] and f[1] <= end]


def _sentence_times(line: str, bounds: list[tuple[int, int]], found: list[tuple[int, int, str]], start: int,
                    zone: timezone | None) -> list:
    """Times in the sentence of the address at ``start``, when a line of prose holds several
    ("At <post time> they wrote: ... The account was used from <ip> at <epoch>.")."""
    if not bounds:
        return []
    begin, end = _sentence_of(line, bounds, start)
    shift = [(a - begin, b - begin, ip) for a, b, ip in found if begin <= a and b <= end]
    return [(a + begin, b + begin, when, assumed)
            for a, b, when, assumed in _clock_times(_mask(line[begin:end], shift), zone)]


_IP_TIME_LABEL = re.compile(r"^\s*([^:\t=\n]{1,40}?)\s*[:\t=]")


def _time_of_this_ip(line: str, below: str) -> bool:
    """"LOGIN IP 1: a.b.c.d" / "LOGIN IP 1 TIME: 1802192865000": the line below labels the
    time of this address (its label starts with this one's, or names a login or session time)."""
    here, there = _IP_TIME_LABEL.match(line), _IP_TIME_LABEL.match(below)
    label = there.group(1).lower().replace("_", " ") if there else ""  # "login_1_time" too
    if not here or not re.search(r"\b(?:time|date|timestamp|seen|when|at|ts)\b", label):
        return False
    return label.startswith(here.group(1).lower().replace("_", " ")) or bool(re.search(r"\b(?:ip|login|session|access)\b", label))


def _mask(line: str, found: list[tuple[int, int, str]]) -> str:
    """Blank the addresses so an IPv6 group is never read as a time."""
    chars = list(line)
    for start, end, _ in found:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def received_ips(headers: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """Relay addresses in Received headers: never the person's."""
    out = set()
    for key, value in headers:
        if key.lower() in ("received", "x-originating-ip", "x-sender-ip"):
            out.update(ip for _, _, ip in ips_in(value.replace("[", " ").replace("]", " ")))
    return frozenset(out)
