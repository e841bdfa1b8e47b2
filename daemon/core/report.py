"""The Report: what a platform told us about one person. Pure data, no parsing here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from daemon.core.isotime import from_iso, iso_utc


class Hint(str):
    """A place hint as written, and where it came from, strongest first: "stated" (a location
    label), "profile" (profile city, hometown), "pin", "post" (named in the post), "note"
    (the forwarder's note). Equal to its text, so it prints and compares as one."""

    SOURCES = ("stated", "profile", "pin", "post", "note")

    def __new__(cls, text: str, source: str = "stated") -> "Hint":
        hint = super().__new__(cls, text)
        hint.source = source if source in cls.SOURCES else "stated"
        return hint

    def __reduce__(self):
        return (Hint, (str(self), self.source))


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
    location_hints: tuple[str, ...] = ()  # Hint values, in order of strength
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
            "location_hints": [str(h) for h in self.location_hints],
            "location_sources": [getattr(h, "source", "stated") for h in self.location_hints],
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
            location_hints=tuple(Hint(h, s) for h, s in zip(
                data.get("location_hints", ()),
                list(data.get("location_sources", ())) + ["stated"] * len(data.get("location_hints", ())))),
            language=data.get("language"),
            user_ids=tuple(data.get("user_ids", ())),
        )
