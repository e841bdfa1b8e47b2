"""Score the reader on a corpus folder of ``NAME.eml`` + ``NAME.expected.json`` (tests/corpus/).

Used by bench/corpus.py (prints the figures) and by the corpus test (asserts thresholds).
How each field is compared, so that a figure means what it says:

- subject_name, reference, platform: equal after Unicode NFC, case folding and collapsing
  white space (a name "as written" in another case is the same name); a reference's
  Devanagari digits are the same digits (Lifeline writes them as 0-9).
- phones, emails: the same set (E.164; e-mails lower-cased); order is not judged.
- ips: the same set of (address, seen_at) pairs; the address as Lifeline writes it (RFC 5952).
- profile_urls: the same set after dropping the scheme, a "www."/"m." host prefix, a trailing
  slash and case of the host (https://instagram.com/x/ == instagram.com/x).
- usernames, user_ids: every expected one found, and any extra one read off the person's own
  profile URL (facebook.com/<name>, profile.php?id=<n>) is allowed: the corpus lists only those
  given in a field, while Lifeline also reads the handle in the URL; nothing else extra.
- post_text: equal after collapsing white space and taking off surrounding quote marks.
- post_time: the same instant (ISO 8601 UTC).
- district: equal (null = outside Rajasthan or no place); where the corpus asserts a
  police_district, it must match too.
A report counts as recognised when Lifeline opens a case for it: kind platform_report, or
possible_report (held for the desk with a clock); both figures are given.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from daemon.core.routing import route
from daemon.reading.reader import ReadingRules, read
from daemon.reading.times import DEVANAGARI_DIGITS

FIELDS = ("subject_name", "phones", "emails", "ips", "profile_urls", "usernames", "user_ids", "post_text",
          "post_time", "reference", "platform")
REPORT_KINDS = ("platform_report", "possible_report")


def _text(value) -> str | None:
    if value is None:
        return None
    return " ".join(unicodedata.normalize("NFC", str(value)).casefold().split()) or None


def _post(value) -> str | None:
    text = _text(value)
    if text and len(text) >= 2 and text[0] in "\"'“‘«" and text[-1] in "\"'”’»":
        text = text[1:-1].strip()
    return text


def _url(value: str) -> str:
    value = re.sub(r"^https?://", "", value.strip(), flags=re.I)
    host, _, path = value.partition("/")
    host = re.sub(r"^(?:www|m|web|mbasic)\.", "", host.lower())
    return f"{host}/{path}".rstrip("/")


def _from_urls(urls: list[str]) -> set[str]:
    """Handles and numeric ids that a profile URL itself carries."""
    out = set()
    for url in urls:
        path = _url(url).split("/", 1)[-1]
        out.update(m.lower() for m in re.findall(r"id=(\d+)", path))
        head = path.split("/")[0].split("?")[0]
        if head and head not in ("profile.php", "people", "stories"):
            out.add(head.lower())
        parts = path.split("/")
        if len(parts) >= 2 and parts[0] in ("stories", "people"):
            out.update(p.lower() for p in parts[1:] if p)
    return out


def field_right(name: str, want, got, reading_json: dict) -> bool:
    if name == "reference":
        return _text(want and str(want).translate(DEVANAGARI_DIGITS)) == _text(got and str(got).translate(DEVANAGARI_DIGITS))
    if name in ("subject_name", "platform"):
        return _text(want) == _text(got)
    if name == "post_text":
        return _post(want) == _post(got)
    if name == "post_time":
        return want == got
    if name in ("phones", "emails"):
        return {str(v).lower() for v in want or []} == {str(v).lower() for v in got or []}
    if name == "ips":
        return {(i["ip"], i.get("seen_at")) for i in want or []} == {(i["ip"], i.get("seen_at")) for i in got or []}
    if name == "profile_urls":
        return {_url(u) for u in want or []} == {_url(u) for u in got or []}
    if name in ("usernames", "user_ids"):
        expected = {str(v).lower().lstrip("@") for v in want or []}
        found = {str(v).lower().lstrip("@") for v in got or []}
        return expected <= found and found - expected <= _from_urls(reading_json.get("profile_urls", []))
    raise KeyError(name)


@dataclass
class Tally:
    reports: int = 0
    recognised: int = 0
    as_platform_report: int = 0
    checks: int = 0
    checks_right: int = 0
    districts: int = 0
    districts_right: int = 0
    per_field: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def pct(self, a: int, b: int) -> float:
        return 100.0 * a / b if b else 100.0


@dataclass
class Scores:
    total: Tally = field(default_factory=Tally)
    layouts: dict = field(default_factory=lambda: defaultdict(Tally))
    non_reports: int = 0
    notices_as_reports: list = field(default_factory=list)
    others_as_reports: list = field(default_factory=list)
    misses: list = field(default_factory=list)  # (file, what, wanted, got)
    seconds: list = field(default_factory=list)


def score(folder: Path, rules: ReadingRules, config, now: datetime | None = None) -> Scores:
    """Read and route every mail in ``folder``; compare with its expected reading."""
    import time

    now = now or datetime(2026, 12, 1, tzinfo=timezone.utc)
    out = Scores()
    for path in sorted(Path(folder).glob("*.eml")):
        expected_path = path.with_name(path.name[: -len(".eml")] + ".expected.json")
        if not expected_path.is_file():
            continue
        want = json.loads(expected_path.read_text(encoding="utf-8"))
        start = time.perf_counter()
        reading = read(path.read_bytes(), rules)
        out.seconds.append(time.perf_counter() - start)
        got = reading.to_json()
        layout = want.get("layout") or "?"
        if want["kind"] != "platform_report":
            out.non_reports += 1
            if got["kind"] in REPORT_KINDS:
                (out.notices_as_reports if want["kind"] == "platform_notice" else out.others_as_reports).append(
                    (path.name, got["kind"], reading.reason))
            continue
        for tally in (out.total, out.layouts[layout]):
            tally.reports += 1
        if got["kind"] not in REPORT_KINDS:
            out.misses.append((path.name, "kind", "platform_report", f"{got['kind']}: {reading.reason}"))
            continue
        for tally in (out.total, out.layouts[layout]):
            tally.recognised += 1
            tally.as_platform_report += got["kind"] == "platform_report"
        for name in FIELDS:
            right = field_right(name, want.get(name), got.get(name), got)
            for tally in (out.total, out.layouts[layout]):
                tally.checks += 1
                tally.checks_right += right
                tally.per_field[name][0] += right
                tally.per_field[name][1] += 1
            if not right:
                out.misses.append((path.name, name, want.get(name), got.get(name)))
        where = route(reading.report, config, now)
        right = where.district == want.get("district") and (
            not want.get("police_district") or where.police_district == want["police_district"])
        for tally in (out.total, out.layouts[layout]):
            tally.districts += 1
            tally.districts_right += right
        if not right:
            out.misses.append((path.name, "district", (want.get("place"), want.get("district"), want.get("police_district")),
                               (where.district, where.police_district, where.matched_by, where.reason)))
    return out
