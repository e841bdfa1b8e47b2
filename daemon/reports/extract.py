"""First report extractor: labelled ``Label: value`` lines of the platforms' plain-text layout.

The parsing issue replaces this with label tables in English and Hindi and free-text
extractors; the contract (Message -> Report, never raises) stays.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from daemon.mail.message import Message
from daemon.reports.report import IpSighting, Report

_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z ()/.]{1,40}?)\s*:\s*(.+?)\s*$")
_IP_LINE = re.compile(
    r"^\s*(\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?)\s+([0-9a-fA-F:.]{7,45})\s*$"
)
_MOBILE = re.compile(r"(?:\+|00)?(?:91)?[\s-]*0?([6-9]\d{4})[\s-]*(\d{5})\b")
_LABELS = {
    "name": "name",
    "full name": "name",
    "registered mobile": "phone",
    "mobile": "phone",
    "phone number on account": "phone",
    "registered email": "email",
    "profile url": "profile",
    "username": "username",
    "city (profile)": "location",
    "location": "location",
    "text": "post",
    "caption": "post",
    "posted": "post_time",
    "reference number": "reference",
    "case": "reference",
    "platform": "platform",
}


def _phone(value: str) -> str | None:
    match = _MOBILE.search(value.replace("(", " ").replace(")", " "))
    return f"+91{match.group(1)}{match.group(2)}" if match else None


def _utc(value: str) -> datetime | None:
    value = value.replace("UTC", "").strip()
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"):
        try:
            return datetime.strptime(value, fmt).replace(tzinfo=timezone.utc)
        except ValueError:
            continue
    return None


def extract_report(message: Message) -> Report:
    fields: dict[str, list[str]] = {}
    ips: list[IpSighting] = []
    for line in message.text.splitlines():
        ip_line = _IP_LINE.match(line)
        if ip_line:
            ips.append(IpSighting(ip_line.group(2), _utc(ip_line.group(1))))
            continue
        labelled = _LABEL.match(line)
        if labelled and labelled.group(1).strip().lower() in _LABELS:
            key = _LABELS[labelled.group(1).strip().lower()]
            fields.setdefault(key, []).append(labelled.group(2))

    def first(key: str) -> str | None:
        return fields.get(key, [None])[0]

    phones = tuple(dict.fromkeys(p for p in map(_phone, fields.get("phone", [])) if p))
    post = first("post")
    if post and len(post) >= 2 and post[0] in "\"“" and post[-1] in "\"”":
        post = post[1:-1]
    platform = (first("platform") or "").strip().lower() or None
    if platform is None and message.from_addr:
        domain = message.from_addr.rsplit("@", 1)[-1]
        platform = "instagram" if "instagram" in domain else "facebook" if "facebook" in domain else None
    problems = []
    if not fields.get("name") and not phones:
        problems.append("no name or mobile number found")
    return Report(
        platform=platform,
        reference=first("reference"),
        subject_name=first("name"),
        phones=phones,
        emails=tuple(fields.get("email", [])),
        ips=tuple(ips),
        profile_urls=tuple(fields.get("profile", [])),
        usernames=tuple(u.lstrip("@") for u in fields.get("username", [])),
        post_text=post,
        post_time=_utc(first("post_time") or ""),
        location_hints=tuple(fields.get("location", [])),
        language=None,
        problems=tuple(problems),
    )
