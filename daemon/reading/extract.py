"""Message -> Report: labelled fields first, free-text extractors for the rest. Never raises.

Labels give the platform's own statement of each fact; the extractors (phones, IPs, links,
times, places) catch what a layout we have not seen puts in prose, and double-check the
labelled values (a "Mobile" field holding two numbers yields both).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timezone

from daemon.reading.message import Message
from daemon.reading.source import Source, report_source, without_signature
from daemon.reading.ips import find_ip_sightings, ips_in, received_ips
from daemon.reading.labels import Field, read_fields, strip_quotes
from daemon.reading.language import detect_language
from daemon.reading.phones import find_phones
from daemon.reading.hints import BASE_PLACES, location_hints
from daemon.core.domains import domain_of, within
from daemon.core.report import Report
from daemon.reading.times import parse_clock_time, parse_time, zone_in
from daemon.reading.urls import clean_username, find_emails, find_profiles, profile_of

PLATFORMS = ("instagram", "facebook", "whatsapp", "threads", "messenger")
_DOMAIN_PLATFORM = (("instagram", "instagram"), ("facebook", "facebook"), ("fb.com", "facebook"),
                    ("whatsapp", "whatsapp"), ("threads", "threads"))
_REFERENCE = re.compile(
    r"(?:\bRef(?:erence)?|\bCase|\bReport|\bTicket|संदर्भ)\.?\s*(?:No\.?|number|ID|#)?\s*[:#]?\s*"
    r"(?=[A-Z0-9-]*\d)([A-Z]{0,5}-?[A-Z0-9][A-Z0-9-]{4,30})",
    re.I,
)
_QUOTED_LINE = re.compile(r"^\s*[\"“«](.{3,})[\"”»]\s*$")
_NOT_FREE = {"reference", "user_id", "ip", "profile", "post_time", "email", "username", "platform"}


@dataclass(frozen=True)
class ExtractOptions:
    """What extraction needs to know besides the mail (from the config)."""

    exclude_phones: frozenset[str] = frozenset()  # our officers' numbers, E.164
    exclude_emails: frozenset[str] = frozenset()  # our own mailboxes
    exclude_domains: tuple[str, ...] = ()  # platform and police domains: not the person's e-mail
    places: tuple[str, ...] = BASE_PLACES
    # a report is a few kB; reading more of a huge body only costs time (worst case stays < 1 s)
    max_chars: int = 200_000


def _platform(fields: dict[str, list[Field]], source: Source, message: Message) -> str | None:
    for f in fields.get("platform", []):
        for name in PLATFORMS:
            if name in f.value.lower():
                return name
    domain = (source.from_addr or "").rsplit("@", 1)[-1]
    for key, name in _DOMAIN_PLATFORM:
        if key in domain:
            return name
    words = f"{source.subject}\n{source.text[:3000]}".lower()
    counts = {name: words.count(name) for name in ("instagram", "facebook", "whatsapp", "threads")}
    best = max(counts, key=counts.get)
    return best if counts[best] else None


def _reference(fields: dict[str, list[Field]], source: Source, message: Message) -> str | None:
    for f in fields.get("reference", []):
        m = re.search(r"[A-Z0-9][A-Z0-9-]*\d[A-Z0-9-]*", f.value, re.I)
        if m:
            return m.group(0)
    for text in (source.subject, message.subject, source.text[:3000]):
        m = _REFERENCE.search(text or "")
        if m:
            return m.group(1)
    return None


def extract_report(message: Message, options: ExtractOptions = ExtractOptions()) -> Report:
    try:
        return _extract(message, options)
    except Exception as exc:  # noqa: BLE001 - fail towards the human, with the reason
        return Report(problems=(f"report extraction failed: {type(exc).__name__}",))


def _extract(message: Message, options: ExtractOptions) -> Report:
    source = report_source(message)
    text = source.text
    for attachment in source.attachments:
        # a report sent as a .txt attachment: its labels count, after the body's own
        if attachment.text and attachment.content_type == "text/plain" and not _is_log(attachment.filename):
            text = f"{text}\n\n{attachment.text}"
    problems: list[str] = []
    if len(text) > options.max_chars:
        problems.append(f"report text longer than {options.max_chars} characters; only the start was read")
        text = text[: options.max_chars]
    if source.forwarded:
        problems.append("report arrived as a forward; read the inner report")
    all_fields = read_fields(text)
    fields: dict[str, list[Field]] = {}
    for f in all_fields:
        fields.setdefault(f.field, []).append(f)
    lines = text.splitlines()

    # phones: labelled values, then the free text minus identifier lines and signatures
    phones: list[str] = []
    for f in fields.get("phone", []):
        phones += find_phones(f.value, options.exclude_phones, labelled=True)
    skip_lines = {n for f in all_fields if f.field in _NOT_FREE for n in range(f.line, max(f.line, f.end) + 1)}
    # login-table lines are addresses and times, never phones (and the costliest to scan)
    free = "\n".join(line for i, line in enumerate(lines) if i not in skip_lines and not ips_in(line))
    phones += find_phones(without_signature(free), options.exclude_phones)
    phones = list(dict.fromkeys(phones))

    # IPs with times: body lines and text attachments (CSV login logs)
    relays = received_ips(message.headers) | frozenset(
        ip for inner in message.embedded for ip in received_ips(inner.headers)
    )
    ips, assumed = find_ip_sightings(text, relays)
    for attachment in source.attachments:
        if attachment.text:
            more, more_assumed = find_ip_sightings(attachment.text[: options.max_chars], relays)
            ips += [s for s in more if s not in ips]
            assumed = assumed or more_assumed
    if assumed:
        problems.append("an IP login time had no time zone; read as UTC")

    # profiles and usernames
    profiles: list[str] = []
    usernames: list[str] = []
    for f in fields.get("profile", []):
        found = profile_of(f.value.split()[0]) if f.value.split() else None
        if found:
            profiles.append(found[2])
            if found[1]:
                usernames.append(found[1])
        elif f.value.lower().startswith("http"):
            profiles.append(f.value.split()[0])
    for f in fields.get("username", []):
        name = clean_username(f.value)
        if name:
            usernames.append(name)
    for _, name, url in find_profiles(text, source.links):
        profiles.append(url)
        if name:
            usernames.append(name)
    user_ids = [m.group(0) for f in fields.get("user_id", []) for m in re.finditer(r"\d{5,20}", f.value)]
    for url in profiles:
        m = re.search(r"[?&]id=(\d{5,20})|/people/[^/]+/(\d{5,20})", url)
        if m:
            user_ids.append(m.group(1) or m.group(2))
    profiles = list(dict.fromkeys(profiles))
    usernames = list(dict.fromkeys(usernames))

    # e-mails: labelled, then free text that is neither ours nor the platform's
    emails = [e for f in fields.get("email", []) for e in find_emails(f.value)]
    header_addresses = {message.from_addr, source.from_addr, *message.to}
    for e in find_emails(without_signature(free)):
        if e in header_addresses or e in options.exclude_emails or within(domain_of(e), options.exclude_domains):
            continue
        emails.append(e)
    emails = [e for e in dict.fromkeys(emails) if e not in options.exclude_emails]

    # the post and when it was posted
    post = strip_quotes(fields["post"][0].value) if fields.get("post") else None
    if post is None:
        for line in lines:
            quoted = _QUOTED_LINE.match(line)
            if quoted:
                post = quoted.group(1).strip()
                break
    if post is None:
        problems.append("no post text found")
    post_time = None
    for f in fields.get("post_time", []):
        zone = zone_in(f.label) or _section_zone(lines, f.line)
        post_time, was_assumed = parse_time(f.value, zone)
        if post_time:
            if was_assumed:
                problems.append("the post time had no time zone; read as UTC")
            break
    if fields.get("post_time") and post_time is None:
        sent = source_date(message)
        first = fields["post_time"][0]
        clock = parse_clock_time(first.value, sent, zone_in(first.label)) if sent else None
        if clock:
            post_time = clock
            problems.append("the post time had no date; dated by the mail's Date header")
        else:
            problems.append("the post time could not be read")

    name = strip_quotes(fields["name"][0].value) if fields.get("name") else None
    labelled_places = [f.value for f in fields.get("location", [])]
    hints = location_hints(labelled_places, [post or "", without_signature(source.note)], options.places)
    if not name and not phones and not profiles:
        problems.append("no name, mobile number or profile link found")
    return Report(
        platform=_platform(fields, source, message),
        reference=_reference(fields, source, message),
        subject_name=" ".join(name.split()) if name else None,
        phones=tuple(phones),
        emails=tuple(emails),
        ips=tuple(ips),
        profile_urls=tuple(profiles),
        usernames=tuple(usernames),
        post_text=post,
        post_time=post_time,
        location_hints=tuple(hints),
        language=detect_language(post),
        user_ids=tuple(dict.fromkeys(user_ids)),
        problems=tuple(problems),
    )


def source_date(message: Message):
    """The Date of the mail that carried the report (inner message first)."""
    for inner in message.embedded:
        if inner.date:
            return inner.date
    return message.date


def _is_log(filename: str | None) -> bool:
    return (filename or "").lower().endswith((".csv", ".log"))


def _section_zone(lines: list[str], index: int) -> timezone | None:
    """The zone named by the nearest heading line above a field (e.g. 'All times IST')."""
    for line in reversed(lines[max(0, index - 15): index]):
        if ":" not in line and line.strip():
            zone = zone_in(line)
            if zone:
                return zone
    return None
