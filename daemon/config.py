"""config.toml -> validated, frozen Config. Errors name the key path and the reason.

Time, secrets and paths are resolved here once; the rest of the daemon receives a Config
and never reads the environment or the file itself.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from daemon.mail.authenticity import AuthPolicy
from daemon.store import StorePolicy


class ConfigError(ValueError):
    """A config problem an admin can act on; ``str()`` names the key."""


@dataclass(frozen=True)
class ServerConfig:
    host: str
    port: int
    security: str  # "tls" | "starttls" | "none"
    username: str | None
    password_env: str | None
    password_file: str | None
    ca_file: str | None
    timeout_seconds: float

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


@dataclass(frozen=True)
class ImapConfig(ServerConfig):
    mailbox: str = "INBOX"
    idle_seconds: float = 240.0
    poll_seconds: float = 30.0
    folder_prefix: str = "Lifeline"


@dataclass(frozen=True)
class SmtpConfig(ServerConfig):
    from_address: str = ""
    from_name: str = "Lifeline"


@dataclass(frozen=True)
class District:
    name: str  # revenue district, one of Rajasthan's 41
    police_district: str
    aliases: tuple[str, ...]
    control_room: str


@dataclass(frozen=True)
class Station:
    name: str
    district: str
    police_district: str
    places: tuple[str, ...]
    duty_officers: tuple[str, ...]


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
    send_retry_seconds: tuple[float, ...] = field(default=(1, 2, 5, 10, 30, 60))
    store: StorePolicy = field(default=StorePolicy())
    authenticity: AuthPolicy = field(default=AuthPolicy())

    @property
    def store_path(self) -> Path:
        return self.state_dir / "lifeline.json"

    def addresses(self) -> list[str]:
        """Every mailbox the config names (for the dev stack's user list)."""
        out = [self.hq_desk, self.state_control_room, self.smtp.from_address]
        if self.imap.username:
            out.append(self.imap.username)
        out += [d.control_room for d in self.districts]
        for s in self.stations:
            out += list(s.duty_officers)
        return sorted({a.lower() for a in out if a})


class _Section:
    """Reads keys of one table, remembering the path for error messages."""

    def __init__(self, data: Any, path: str) -> None:
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: expected a table")
        self.data, self.path, self.used = data, path, set()

    def _get(self, key: str, kind: type | tuple[type, ...], default: Any, required: bool) -> Any:
        self.used.add(key)
        if key not in self.data:
            if required:
                raise ConfigError(f"{self.path}.{key}: required key is missing")
            return default
        value = self.data[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            raise ConfigError(f"{self.path}.{key}: expected {names}, got {type(value).__name__}")
        return value

    def str(self, key: str, default: str | None = None, required: bool = False) -> str | None:
        value = self._get(key, str, default, required)
        if required and not value:
            raise ConfigError(f"{self.path}.{key}: must not be empty")
        return value

    def num(self, key: str, default: float) -> float:
        return float(self._get(key, (int, float), default, False))

    def int(self, key: str, default: int | None = None, required: bool = False) -> int:
        return self._get(key, int, default, required)

    def strs(self, key: str, default: tuple = ()) -> tuple[str, ...]:
        value = self._get(key, list, list(default), False)
        if not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{self.path}.{key}: expected a list of strings")
        return tuple(value)

    def table(self, key: str, required: bool = True) -> "_Section":
        return _Section(self._get(key, dict, {}, required), f"{self.path}.{key}" if self.path else key)

    def tables(self, key: str) -> list["_Section"]:
        items = self._get(key, list, [], False)
        return [_Section(item, f"{key}[{i}]") for i, item in enumerate(items)]

    def done(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            where = f"{self.path}." if self.path else ""
            raise ConfigError(f"{where}{unknown[0]}: unknown key")


def _server(section: _Section, cls: type, default_port: int, **extra: Any) -> Any:
    security = section.str("security", "tls")
    if security not in ("tls", "starttls", "none"):
        raise ConfigError(f"{section.path}.security: must be tls, starttls or none, not {security!r}")
    if "password" in section.data:
        raise ConfigError(f"{section.path}.password: secrets never live in config.toml; use password_env or password_file")
    return cls(
        host=section.str("host", required=True),
        port=section.int("port", default_port),
        security=security,
        username=section.str("username"),
        password_env=section.str("password_env"),
        password_file=section.str("password_file"),
        ca_file=section.str("ca_file") or None,
        timeout_seconds=section.num("timeout_seconds", 30),
        **extra,
    )


def _resolve(base: Path, value: str | None) -> Path | None:
    if not value:
        return None
    path = Path(value)
    return path if path.is_absolute() else (base / path)


def parse_config(data: dict, path: Path | None = None) -> Config:
    base = path.parent if path else Path.cwd()
    root = _Section(data, "")
    main = root.table("lifeline")
    imap_s = root.table("imap")
    imap = _server(
        imap_s, ImapConfig, 993,
        mailbox=imap_s.str("mailbox", "INBOX"),
        idle_seconds=imap_s.num("idle_seconds", 240),
        poll_seconds=imap_s.num("poll_seconds", 30),
        folder_prefix=imap_s.str("folder_prefix", "Lifeline"),
    )
    imap_s.done()
    smtp_s = root.table("smtp")
    smtp = _server(
        smtp_s, SmtpConfig, 587,
        from_address=smtp_s.str("from_address", required=True),
        from_name=smtp_s.str("from_name", "Lifeline"),
    )
    smtp_s.done()
    districts = []
    for d in root.tables("districts"):
        districts.append(District(
            name=d.str("name", required=True),
            police_district=d.str("police_district") or d.data.get("name", ""),
            aliases=d.strs("aliases"),
            control_room=d.str("control_room", required=True),
        ))
        d.done()
    known = {d.name for d in districts}
    stations = []
    for s in root.tables("stations"):
        station = Station(
            name=s.str("name", required=True),
            district=s.str("district", required=True),
            police_district=s.str("police_district", required=True),
            places=s.strs("places"),
            duty_officers=s.strs("duty_officers"),
        )
        if station.district not in known:
            raise ConfigError(f"{s.path}.district: {station.district!r} is not a configured district")
        if not station.duty_officers:
            raise ConfigError(f"{s.path}.duty_officers: a station needs at least one address")
        stations.append(station)
        s.done()
    store_s, auth_s = root.table("store", required=False), root.table("authenticity", required=False)
    store_policy = StorePolicy(**{k: store_s.num(k, getattr(StorePolicy, k)) for k in StorePolicy.__dataclass_fields__})
    auth_policy = AuthPolicy(
        trusted_authserv_ids=tuple(a.lower() for a in auth_s.strs("trusted_authserv_ids")),
        verify_dkim=auth_s._get("verify_dkim", bool, True, False),
        dns_timeout_seconds=auth_s.num("dns_timeout_seconds", 5),
    )
    store_s.done()
    auth_s.done()
    config = Config(
        path=path,
        timezone=main.str("timezone", "Asia/Kolkata"),
        state_dir=_resolve(base, main.str("state_dir", "var")),
        message_id_domain=main.str("message_id_domain", required=True),
        hq_desk=main.str("hq_desk", required=True),
        state_control_room=main.str("state_control_room", required=True),
        trusted_platform_domains=tuple(d.lower() for d in main.strs("trusted_platform_domains")),
        imap=imap,
        smtp=smtp,
        districts=tuple(districts),
        stations=tuple(stations),
        templates_dir=_resolve(base, main.str("templates_dir", "templates")),
        model_dir=_resolve(base, main.str("model_dir")),
        send_retry_seconds=tuple(float(x) for x in main._get("send_retry_seconds", list, [1, 2, 5, 10, 30, 60], False)),
        store=store_policy,
        authenticity=auth_policy,
    )
    main.done()
    root.done()
    return config


def load_config(path: str | Path) -> Config:
    path = Path(path).resolve()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse_config(data, path)
