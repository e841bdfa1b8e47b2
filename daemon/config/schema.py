"""config.toml -> validated, frozen Config. Errors name the key path, the line and the reason.

The schema is pydantic v2 (frozen models, unknown keys refused), so a typo in a key is an
error rather than a silently ignored setting. Cross-references (a station's district, a
shift's officer, a chain name) are checked here too; findings that need time or the
template folder (roster gaps, template names) are in ``daemon.commands.check_config``.
Time, secrets and paths are resolved here once; the rest of the daemon receives a Config
and never reads the environment or the file itself.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from daemon.core.districts import DISTRICTS
from daemon.core.route import DESKS_24X7, ROLES
from daemon.edges.authenticity import AuthPolicy
from daemon.store.policy import StorePolicy


class ConfigError(ValueError):
    """A config problem an admin can act on; ``str()`` names the key (and line)."""

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems or (message,)


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
Email = Field(pattern=EMAIL)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LEVELS = ("high", "medium", "low", "unknown")


class ServerConfig(_Model):
    host: str = Field(min_length=1)
    port: int = Field(gt=0, lt=65536)
    security: Literal["tls", "starttls", "none"] = "tls"
    username: str | None = None
    password_env: str | None = None
    password_file: str | None = None
    ca_file: str | None = None
    timeout_seconds: float = Field(default=30.0, gt=0)

    @model_validator(mode="before")
    @classmethod
    def _no_inline_secret(cls, data):
        if isinstance(data, dict) and "password" in data:
            raise ValueError("secrets never live in config.toml; use password_env or password_file")
        return data

    def password(self) -> str | None:
        """Read the secret at use time so rotating it needs no restart."""
        if self.password_file:
            return Path(self.password_file).read_text(encoding="utf-8").strip()
        if self.password_env:
            value = os.environ.get(self.password_env)
            if value is None:
                raise ConfigError(f"environment variable {self.password_env} (password_env) is not set")
            return value
        return None


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
    days: tuple[Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"], ...] = WEEKDAYS
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


class _Lifeline(_Model):
    timezone: str = "Asia/Kolkata"
    state_dir: str = "var"
    templates_dir: str = "templates"
    model_dir: str | None = None
    model_threads: int = Field(default=1, ge=1, le=16)
    message_id_domain: str = Field(min_length=3)
    hq_desk: str = Email
    state_control_room: str = Email
    admins: tuple[str, ...] = ()
    trusted_platform_domains: tuple[str, ...] = ()
    send_retry_seconds: tuple[float, ...] = (1, 2, 5, 10, 30, 60)
    pin_table: str | None = None  # CSV pin,district (see tools/pin_table.py)
    templates: tuple[str, ...] = ("forward", "desk_notice")
    min_confidence: float = Field(default=0.6, ge=0, le=1)
    # Reply tokens (HMAC of the case id): key from this file or env var; else a generated
    # key kept in state_dir/reply.key. minute_seconds shortens chain waits in tests only.
    reply_key_file: str | None = None
    reply_key_env: str | None = None
    minute_seconds: float = Field(default=60.0, gt=0)
    repeat_window_hours: float = Field(default=72.0, ge=0)
    # Replies must carry DKIM/DMARC pass from our MTA's Authentication-Results (authserv-id).
    reply_auth_required: bool = False
    reply_authserv_id: str | None = None

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

    @model_validator(mode="after")
    def _reply_auth(self):
        if self.reply_auth_required and not self.reply_authserv_id:
            raise ValueError("reply_auth_required needs reply_authserv_id (your MTA's Authentication-Results id)")
        return self


class _Store(_Model):
    """[store]: archiving, the duplicate-detection window and retention of personal data."""

    archive_closed_after_days: float = Field(default=30, gt=0)
    ledger_days: float = Field(default=30, gt=0)
    retention_days: float = Field(default=365, gt=0)
    maintenance_minutes: float = Field(default=60, gt=0)


class _Authenticity(_Model):
    """[authenticity]: whose Authentication-Results we trust; whether DKIM is verified directly."""

    trusted_authserv_ids: tuple[str, ...] = ()
    verify_dkim: bool = True
    dns_timeout_seconds: float = Field(default=5, gt=0)


class _Root(_Model):
    lifeline: _Lifeline
    store: _Store = _Store()
    authenticity: _Authenticity = _Authenticity()
    imap: ImapConfig
    smtp: SmtpConfig
    districts: tuple[District, ...] = ()
    police_districts: tuple[PoliceDistrict, ...] = ()
    stations: tuple[Station, ...] = ()
    chains: dict[str, Chain] = {}



def _cross_check(root: _Root) -> list[tuple[tuple, str]]:
    """References between tables: every name a station or police district uses must exist."""
    known = {d.name for d in root.districts}
    police = {p.name for p in root.police_districts} | {d.police_district for d in root.districts}
    problems: list[tuple[tuple, str]] = []
    for i, d in enumerate(root.districts):
        if [x.name for x in root.districts].count(d.name) > 1:
            problems.append((("districts", i, "name"), f"{d.name!r} is configured more than once"))
    for i, p in enumerate(root.police_districts):
        for d in p.districts:
            if d not in known:
                problems.append((("police_districts", i, "districts"), f"{d!r} is not a configured district"))
    names = [s.name for s in root.stations]
    for i, s in enumerate(root.stations):
        if names.count(s.name) > 1:
            problems.append((("stations", i, "name"), f"station {s.name!r} is configured more than once"))
        if s.district not in known:
            problems.append((("stations", i, "district"), f"{s.district!r} is not a configured district"))
        if s.police_district not in police:
            problems.append((("stations", i, "police_district"), f"{s.police_district!r} is not a configured police district"))
        if s.chain not in root.chains:
            problems.append((("stations", i, "chain"), f"{s.chain!r} is not a configured chain ({', '.join(root.chains) or 'none'})"))
    return problems


@dataclass(frozen=True)
class Config:
    path: Path | None
    timezone: str
    state_dir: Path
    message_id_domain: str
    hq_desk: str
    state_control_room: str
    trusted_platform_domains: tuple[str, ...]
    imap: ImapConfig
    smtp: SmtpConfig
    districts: tuple[District, ...]
    stations: tuple[Station, ...]
    templates_dir: Path
    model_dir: Path | None = None
    model_threads: int = 1
    send_retry_seconds: tuple[float, ...] = field(default=(1, 2, 5, 10, 30, 60))
    store: StorePolicy = field(default=StorePolicy())
    authenticity: AuthPolicy = field(default=AuthPolicy())
    police_districts: tuple[PoliceDistrict, ...] = ()
    chains: dict[str, Chain] = field(default_factory=dict, hash=False)
    admins: tuple[str, ...] = ()
    pins: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)  # PIN -> districts
    templates: tuple[str, ...] = ("forward", "desk_notice")
    min_confidence: float = 0.6
    reply_key_file: Path | None = None
    reply_key_env: str | None = None
    minute_seconds: float = 60.0
    repeat_window_hours: float = 72.0
    reply_auth_required: bool = False
    reply_authserv_id: str | None = None

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


# -- errors with lines ------------------------------------------------------------------------

def _headers(text: str) -> list[tuple[tuple, int, int]]:
    """(loc, first line, last line) of each [table] / [[array]] block in the TOML text."""
    blocks: list[tuple[tuple, int, int]] = []
    counts: dict[tuple, int] = {}
    current: dict[str, tuple] = {}
    lines = text.splitlines()
    for no, line in enumerate(lines, 1):
        m = re.match(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"]+)\s*\]\]?", line)
        if not m:
            continue
        parts = [p.strip('"') for p in m.group(2).split(".")]
        loc: tuple = ()
        for depth, part in enumerate(parts):
            prefix = tuple(parts[: depth + 1])
            if depth == len(parts) - 1 and m.group(1) == "[[":
                parent = loc
                key = (parent, part)
                counts[key] = counts.get(key, -1) + 1
                loc = (*loc, part, counts[key])
                # a new parent element restarts its children's counts
                for k in [k for k in counts if k[0][: len(loc)] == loc and k != key]:
                    del counts[k]
                current[".".join(prefix)] = loc
            else:
                loc = current.get(".".join(prefix), (*loc, part))
        if blocks:
            blocks[-1] = (blocks[-1][0], blocks[-1][1], no - 1)
        blocks.append((loc, no, len(lines)))
    return blocks


def line_of(text: str, loc: tuple) -> int | None:
    """The line that best matches a key path like ('stations', 3, 'district')."""
    lines = text.splitlines()
    best: tuple[tuple, int, int] | None = None
    for block in _headers(text):
        if tuple(loc[: len(block[0])]) == block[0] and (best is None or len(block[0]) > len(best[0])):
            best = block
    first, last, rest = (1, len(lines), tuple(loc)) if best is None else (best[1], best[2], tuple(loc[len(best[0]):]))
    key = next((k for k in rest if isinstance(k, str)), None)
    if key:
        for no in range(first, last + 1):
            if re.match(rf"^\s*\"?{re.escape(key)}\"?\s*=", lines[no - 1]):
                return no
    return first if best is not None else None


def _loc_text(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _problems(exc: ValidationError, text: str, path: Path | None) -> tuple[str, ...]:
    out = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        line = line_of(text, loc) if text else None
        where = f"{path.name if path else 'config'}:{line}: " if line else ""
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key (misspelt? see the comments in the shipped config.toml)"
        elif err["type"] == "missing":
            msg = "required key is missing"
        out.append(f"{where}{_loc_text(loc) or '(top level)'}: {msg}")
    return tuple(out)


def load_pins(path: Path | None) -> dict[str, tuple[str, ...]]:
    """PIN -> current districts from the committed CSV (pin,districts separated by '|')."""
    if not path:
        return {}
    pins: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("pin,"):
            continue
        pin, _, districts = line.partition(",")
        pins[pin] = tuple(d for d in districts.split("|") if d)
    return pins


def _resolve(base: Path, value: str | None) -> Path | None:
    if not value:
        return None
    path = Path(value)
    return path if path.is_absolute() else (base / path)


def parse_config(data: dict, path: Path | None = None, text: str = "") -> Config:
    base = path.parent if path else Path.cwd()
    try:
        root = _Root.model_validate(data)
    except ValidationError as exc:
        problems = _problems(exc, text, path)
        raise ConfigError("\n".join(problems), problems) from None
    cross = _cross_check(root)
    if cross:
        name = path.name if path else "config"
        problems = tuple(f"{name}:{line_of(text, loc) or '?'}: {_loc_text(loc)}: {msg}" for loc, msg in cross)
        raise ConfigError("\n".join(problems), problems)
    main = root.lifeline
    pin_path = _resolve(base, main.pin_table)
    try:
        pins = load_pins(pin_path)
    except OSError as exc:
        line = line_of(text, ("lifeline", "pin_table"))
        raise ConfigError(f"{path.name if path else 'config'}:{line}: lifeline.pin_table: cannot read {pin_path}: {exc.strerror}") from None
    return Config(
        path=path,
        timezone=main.timezone,
        state_dir=_resolve(base, main.state_dir),
        message_id_domain=main.message_id_domain,
        hq_desk=main.hq_desk,
        state_control_room=main.state_control_room,
        trusted_platform_domains=tuple(d.lower() for d in main.trusted_platform_domains),
        imap=root.imap,
        smtp=root.smtp,
        districts=root.districts,
        stations=root.stations,
        templates_dir=_resolve(base, main.templates_dir),
        model_dir=_resolve(base, main.model_dir),
        model_threads=main.model_threads,
        send_retry_seconds=main.send_retry_seconds,
        police_districts=root.police_districts,
        chains=dict(root.chains),
        admins=main.admins,
        pins=pins,
        templates=main.templates,
        min_confidence=main.min_confidence,
        reply_key_file=_resolve(base, main.reply_key_file),
        reply_key_env=main.reply_key_env,
        minute_seconds=main.minute_seconds,
        repeat_window_hours=main.repeat_window_hours,
        reply_auth_required=main.reply_auth_required,
        reply_authserv_id=main.reply_authserv_id,
        store=StorePolicy(**root.store.model_dump()),
        authenticity=AuthPolicy(**{**root.authenticity.model_dump(),
                                   "trusted_authserv_ids": tuple(a.lower() for a in root.authenticity.trusted_authserv_ids)}),
    )


def load_config(path: str | Path) -> Config:
    path = Path(path).resolve()
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse_config(data, path, text)
