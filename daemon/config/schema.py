"""The schema of config.toml: one pydantic model, and the loaded config is that model itself.

Frozen models, unknown keys refused, so a typo in a key is an error rather than a silently
ignored setting. Field rules live here; the checks across tables and those that need time
or the template folder are ``daemon.config.validate``; reading the file, line numbers,
resolving paths against the file and the PIN table are ``daemon.config.load``; secrets are
``daemon.config.secrets``. Nothing here reads a file or the environment.
"""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path
from typing import Annotated, Any, Literal, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, ValidationInfo,
                      field_validator, model_validator)

from daemon.config.replies import ReplyAuth
from daemon.config.web import AlertsConfig, CanaryConfig, FeedbackConfig, SummaryConfig, WebConfig
from daemon.core.gazetteer import Gazetteer
from daemon.core.districts import DISTRICTS
from daemon.core.roster import WEEKDAYS
from daemon.core.route import ROLES


class ConfigError(ValueError):
    """A config problem an admin can act on; ``str()`` names the key (and line)."""

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems or (message,)


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
Email = Field(pattern=EMAIL)


def _beside_the_file(value: Path | None, info: ValidationInfo) -> Path | None:
    """A relative path is relative to the config file's folder (``load`` passes it as ``base``)."""
    base = (info.context or {}).get("base")
    if value is None or value.is_absolute() or base is None:
        return value
    return Path(base) / value


# A [lifeline] path: resolved against the config file's folder; "" means not set.
FilePath = Annotated[Path, BeforeValidator(lambda v: None if v == "" else v), AfterValidator(_beside_the_file)]


class ServerConfig(_Model):
    host: str = Field(min_length=1)
    port: int = Field(gt=0, lt=65536)
    security: Literal["tls", "starttls", "none"] = "tls"
    username: str | None = None
    password_env: str | None = None  # the secret itself: daemon.config.secrets.password
    password_file: str | None = None
    ca_file: str | None = None
    timeout_seconds: float = Field(default=30.0, gt=0)

    @model_validator(mode="before")
    @classmethod
    def _no_inline_secret(cls, data):
        if isinstance(data, dict) and "password" in data:
            raise ValueError("secrets never live in config.toml; use password_env or password_file")
        return data


class ImapConfig(ServerConfig):
    port: int = Field(default=993, gt=0, lt=65536)
    mailbox: str = "INBOX"
    idle_seconds: float = Field(default=240.0, gt=0)
    poll_seconds: float = Field(default=30.0, gt=0)
    folder_prefix: str = "Lifeline"


class SmtpConfig(ServerConfig):
    port: int = Field(default=587, gt=0, lt=65536)
    from_address: str = Email
    from_name: str = "Lifeline"


class District(_Model):
    """A revenue district (one of the 41) and its 24x7 control room."""

    name: str
    police_district: str = ""
    aliases: tuple[str, ...] = ()
    control_room: str = Email

    @field_validator("name")
    @classmethod
    def _one_of_41(cls, v: str) -> str:
        if v not in DISTRICTS:
            raise ValueError(f"{v!r} is not one of Rajasthan's 41 districts (see daemon/core/districts.py)")
        return v

    @model_validator(mode="after")
    def _default_police_district(self):
        if not self.police_district:
            object.__setattr__(self, "police_district", self.name)
        return self


class PoliceDistrict(_Model):
    """A police district: SP district, commissionerate DCP district, or railway (GRP)."""

    name: str
    kind: Literal["district", "commissionerate", "railway"] = "district"
    districts: tuple[str, ...] = Field(min_length=1)  # revenue districts it (partly) covers
    control_room: str = Email
    aliases: tuple[str, ...] = ()


class Officer(_Model):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str
    email: str = Email


class Shift(_Model):
    """A weekly shift; ``end`` at or before ``start`` means it runs past midnight."""

    officer: str
    days: tuple[Literal[WEEKDAYS], ...] = WEEKDAYS
    start: time
    end: time


class Override(_Model):
    """A dated change: leave (officer off), a swap (``replaced_by``) or an extra shift."""

    date: date
    officer: str
    kind: Literal["leave", "swap", "extra"]
    replaced_by: str | None = None
    start: time | None = None
    end: time | None = None

    @model_validator(mode="after")
    def _complete(self):
        if self.kind == "swap" and not self.replaced_by:
            raise ValueError("a swap needs replaced_by (the officer who takes the shifts)")
        if self.kind == "extra" and (self.start is None or self.end is None):
            raise ValueError("an extra shift needs start and end")
        return self


class Station(_Model):
    name: str
    district: str
    police_district: str
    mailbox: str = Email  # the station's duty mailbox: always a recipient
    places: tuple[str, ...] = ()
    pins: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    sho: str | None = Field(default=None, pattern=EMAIL)
    circle_officer: str | None = Field(default=None, pattern=EMAIL)
    railway: bool = False
    chain: str = "standard"
    officers: tuple[Officer, ...] = ()
    shifts: tuple[Shift, ...] = ()
    overrides: tuple[Override, ...] = ()

    @field_validator("pins")
    @classmethod
    def _pins(cls, v):
        for pin in v:
            if not re.fullmatch(r"3[0-4]\d{4}", pin):
                raise ValueError(f"{pin!r} is not a Rajasthan PIN code (6 digits starting 30-34)")
        return v

    @model_validator(mode="after")
    def _roster_refs(self):
        ids = [o.id for o in self.officers]
        if len(set(ids)) != len(ids):
            raise ValueError("officer ids must be unique within a station")
        for i, s in enumerate(self.shifts):
            if s.officer not in ids:
                raise ValueError(f"shifts[{i}].officer {s.officer!r} is not one of this station's officers {ids}")
        for i, o in enumerate(self.overrides):
            for who in (o.officer, o.replaced_by):
                if who is not None and who not in ids:
                    raise ValueError(f"overrides[{i}]: {who!r} is not one of this station's officers {ids}")
        return self

    @property
    def duty_officers(self) -> tuple[str, ...]:
        """Everyone the station's cases may be sent to (for ack checks and address lists)."""
        return (self.mailbox, *(o.email for o in self.officers))


class Wait(_Model):
    """Minutes to wait for an acknowledgement at a step, per risk level."""

    high: float = Field(default=5, ge=0)
    medium: float = Field(default=15, ge=0)
    low: float = Field(default=60, ge=0)
    unknown: float = Field(default=5, ge=0)  # unknown risk is treated as high


class Step(_Model):
    """``who``: station | sho | circle_officer | district_control_room | state_control_room |
    hq_desk | an e-mail address."""

    who: str
    wait: Wait = Wait()


class Chain(_Model):
    steps: tuple[Step, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _roles(self):
        for i, step in enumerate(self.steps):
            if step.who not in ROLES and not re.fullmatch(EMAIL, step.who):
                raise ValueError(f"steps[{i}].who {step.who!r} must be one of {', '.join(ROLES)} or an e-mail address")
        return self


class Lifeline(_Model):
    """[lifeline]: the desk, the paths, the model, reply tokens. Read flat: ``config.hq_desk``."""

    timezone: str = "Asia/Kolkata"
    state_dir: FilePath = Field(default=Path("var"), validate_default=True)
    templates_dir: FilePath = Field(default=Path("templates"), validate_default=True)
    model_dir: FilePath | None = None
    model_threads: int = Field(default=1, ge=1, le=16)
    message_id_domain: str = Field(min_length=3)
    hq_desk: str = Email
    state_control_room: str = Email
    admins: tuple[str, ...] = ()
    trusted_platform_domains: tuple[str, ...] = ()
    send_retry_seconds: tuple[float, ...] = (1, 2, 5, 10, 30, 60)
    # a mail still deferred (4xx) after this long: the HQ desk is told, retrying goes on
    send_warn_minutes: float = Field(default=3.0, gt=0)
    pin_table: FilePath | None = None  # CSV pin,districts (made by tools/gazetteer.py); load reads it
    places_table: FilePath | None = None  # CSV of places -> district (data/rajasthan_places.csv); load reads it
    templates: tuple[str, ...] = ("forward", "desk_notice")
    min_confidence: float = Field(default=0.6, ge=0, le=1)
    # Reply tokens and Message-ID MACs (daemon.core.ids): key from this file or env var; else a generated
    # key kept in state_dir/reply.key. minute_seconds shortens chain waits in tests only.
    reply_key_file: FilePath | None = None
    reply_key_env: str | None = None
    minute_seconds: float = Field(default=60.0, gt=0)
    repeat_window_hours: float = Field(default=72.0, ge=0)
    # after the chain's last step: mail the last step and the HQ desk again this often
    repeat_last_step_minutes: float = Field(default=10.0, gt=0)
    # which reply commands need an aligned DKIM/DMARC pass (daemon.config.replies); an
    # authserv-id trusted for replies besides [authenticity] trusted_authserv_ids
    reply_auth_required: ReplyAuth = "closing"
    reply_authserv_id: Annotated[str, AfterValidator(str.lower)] | None = None

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{v!r} is not a known time zone (use Asia/Kolkata)") from None
        return v

    @field_validator("admins")
    @classmethod
    def _admins(cls, v):
        for a in v:
            if not re.fullmatch(EMAIL, a):
                raise ValueError(f"{a!r} is not an e-mail address")
        return v

    @field_validator("trusted_platform_domains")
    @classmethod
    def _lower(cls, v):
        return tuple(d.lower() for d in v)


def _is_path(annotation: Any) -> bool:
    return annotation is Path or any(_is_path(a) for a in get_args(annotation))


# [lifeline] keys holding paths relative to the config file (the dev stack rewrites them).
PATH_KEYS: tuple[str, ...] = tuple(n for n, f in Lifeline.model_fields.items() if _is_path(f.annotation))


class StorePolicy(_Model):
    """[store]: how long things stay in the live store and how long personal data is kept at all."""

    archive_closed_after_days: float = Field(default=30.0, gt=0)  # closed cases older than this go to archive/
    ledger_days: float = Field(default=30.0, gt=0)  # intake ledger rows (duplicate detection window)
    retention_days: float = Field(default=365.0, gt=0)  # personal fields of closed cases erased after this
    maintenance_minutes: float = Field(default=60.0, gt=0)  # how often the daemon archives and erases


class AuthPolicy(_Model):
    """[authenticity]: whose Authentication-Results we believe, and whether we verify DKIM ourselves."""

    trusted_authserv_ids: tuple[str, ...] = ()
    verify_dkim: bool = True
    dns_timeout_seconds: float = Field(default=5.0, gt=0)

    @field_validator("trusted_authserv_ids")
    @classmethod
    def _lower(cls, v):
        return tuple(a.lower() for a in v)


class Config(_Model):
    """The loaded config.toml, validated: its tables as fields, what follows from them as
    properties. ``[lifeline]``'s keys are read flat (``config.hq_desk``), as the daemon
    always has; ``config.lifeline.hq_desk`` is the same value. ``path`` and ``pins`` are
    what loading adds (the file, the PIN table it names): see ``daemon.config.load``."""

    lifeline: Lifeline
    store: StorePolicy = StorePolicy()
    authenticity: AuthPolicy = AuthPolicy()
    imap: ImapConfig
    smtp: SmtpConfig
    districts: tuple[District, ...] = ()
    police_districts: tuple[PoliceDistrict, ...] = ()
    stations: tuple[Station, ...] = ()
    chains: dict[str, Chain] = {}
    web: WebConfig = WebConfig()
    alerts: AlertsConfig = AlertsConfig()
    summary: SummaryConfig = SummaryConfig()
    canary: CanaryConfig = CanaryConfig()
    feedback: FeedbackConfig = FeedbackConfig()

    _path: Path | None = PrivateAttr(default=None)
    _pins: dict[str, tuple[str, ...]] = PrivateAttr(default_factory=dict)
    _gazetteer: Gazetteer | None = PrivateAttr(default=None)
    _text: str = PrivateAttr(default="")

    def __getattr__(self, name: str) -> Any:
        if name in Lifeline.model_fields:
            return getattr(self.lifeline, name)
        return super().__getattr__(name)

    def __hash__(self) -> int:
        # frozen, so hashable (routing caches per config); chains is a dict, pins are left out
        return hash(tuple(tuple(v.items()) if isinstance(v, dict) else v for v in self.__dict__.values()))

    def as_loaded(self, path: Path | None, pins: dict[str, tuple[str, ...]], gazetteer: Gazetteer | None = None,
                  text: str = "") -> Config:
        """As read from ``path`` (as ``text``), with its PIN table and the gazetteer of its names and places_table."""
        out = self.model_copy()
        out._path, out._pins, out._gazetteer, out._text = path, dict(pins), gazetteer, text
        return out

    source_text = property(lambda self: self._text, doc="The text it was parsed from (kept as the last good config).")
    @property
    def path(self) -> Path | None:
        """The file it was loaded from (None when built from data): hot reload watches it."""
        return self._path

    @property
    def pins(self) -> dict[str, tuple[str, ...]]:
        """PIN code -> the districts it lies in."""
        return self._pins

    @property
    def gazetteer(self) -> Gazetteer | None:
        """Every place name routing knows, built when the config was loaded (None if built from data)."""
        return self._gazetteer

    @property
    def store_path(self) -> Path:
        return self.state_dir / "lifeline.json"

    def addresses(self) -> list[str]:
        """Every mailbox the config names (for the dev stack's user list)."""
        out = [self.hq_desk, self.state_control_room, self.smtp.from_address, *self.admins]
        if self.imap.username:
            out.append(self.imap.username)
        out += [d.control_room for d in self.districts]
        out += [p.control_room for p in self.police_districts]
        for s in self.stations:
            out += [*s.duty_officers, s.sho or "", s.circle_officer or ""]
        for chain in self.chains.values():
            out += [step.who for step in chain.steps if "@" in step.who]
        return sorted({a.lower() for a in out if a})

    def district(self, name: str | None) -> District | None:
        return next((d for d in self.districts if d.name == name), None)

    def police_district(self, name: str | None) -> PoliceDistrict | None:
        return next((p for p in self.police_districts if p.name == name), None)

    def station(self, name: str | None) -> Station | None:
        return next((s for s in self.stations if s.name == name), None)

