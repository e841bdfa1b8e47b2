"""The Report: what a platform told us about one person. Pure data, no parsing here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from daemon.core.isotime import from_iso, iso_utc


@dataclass(frozen=True)
class IpSighting:
    ip: str
    seen_at: datetime | None  # aware, UTC

    def to_json(self) -> dict:
        return {"ip": self.ip, "seen_at": iso_utc(self.seen_at)}


@dataclass(frozen=True)
class Report:
    platform: str | None = None  # "facebook" / "instagram" / ...
    reference: str | None = None  # the platform's own case/reference number
    subject_name: str | None = None  # the person's name as the platform gives it
    phones: tuple[str, ...] = ()  # E.164
    emails: tuple[str, ...] = ()
    ips: tuple[IpSighting, ...] = ()
    profile_urls: tuple[str, ...] = ()
    usernames: tuple[str, ...] = ()
    post_text: str | None = None
    post_time: datetime | None = None  # aware, UTC
    location_hints: tuple[str, ...] = ()
    language: str | None = None  # en / hi / hi-Latn / mixed
    user_ids: tuple[str, ...] = ()  # the platform's numeric account ids (for a follow-up request)
    problems: tuple[str, ...] = field(default=())

    def to_json(self) -> dict:
        return {
            "platform": self.platform,
            "reference": self.reference,
            "subject_name": self.subject_name,
            "phones": list(self.phones),
            "emails": list(self.emails),
            "ips": [s.to_json() for s in self.ips],
            "profile_urls": list(self.profile_urls),
            "usernames": list(self.usernames),
            "post_text": self.post_text,
            "post_time": iso_utc(self.post_time),
            "location_hints": list(self.location_hints),
            "language": self.language,
            "user_ids": list(self.user_ids),
        }

    @classmethod
    def from_json(cls, data: dict) -> "Report":
        return cls(
            platform=data.get("platform"),
            reference=data.get("reference"),
            subject_name=data.get("subject_name"),
            phones=tuple(data.get("phones", ())),
            emails=tuple(data.get("emails", ())),
            ips=tuple(IpSighting(i["ip"], from_iso(i.get("seen_at"))) for i in data.get("ips", ())),
            profile_urls=tuple(data.get("profile_urls", ())),
            usernames=tuple(data.get("usernames", ())),
            post_text=data.get("post_text"),
            post_time=from_iso(data.get("post_time")),
            location_hints=tuple(data.get("location_hints", ())),
            language=data.get("language"),
            user_ids=tuple(data.get("user_ids", ())),
        )
