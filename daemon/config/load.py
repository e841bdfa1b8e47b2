"""config.toml -> Config: read the file, validate, name file:line: key for every problem.

The only module of the package that reads files: the config itself and the PIN and place
tables it names (the place table becomes the routing gazetteer here, once per load). Relative paths in [lifeline] are resolved against the config file's folder (the
schema does it with the folder passed in here), so the rest of the daemon never sees one.
"""

from __future__ import annotations

import csv
import tomllib
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from daemon.config.lines import key_text, line_of
from daemon.config.schema import Config, ConfigError
from daemon.config.validate import cross_references, findings
from daemon.core.districts import DISTRICTS
from daemon.core.gazetteer import Entry
from daemon.core.routing import gazetteer_for


def load_config(path: str | Path, text: str | None = None) -> Config:
    """The config file at ``path``; with ``text``, that text read as if it were the file
    (the last good config: its relative paths resolve as the file's would)."""
    path = Path(path).resolve()
    try:
        if text is None:
            text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse_config(data, path, text)


def load_checked(path: str | Path, now: datetime, text: str | None = None) -> Config:
    """The config ``run`` starts with and hot reload swaps in: it loads and has no findings.
    Otherwise ConfigError, with every problem in ``problems``."""
    config = load_config(path, text)
    found = tuple(findings(config, now))
    if found:
        raise ConfigError("\n".join(found), found)
    return config


def parse_config(data: dict, path: Path | None = None, text: str = "") -> Config:
    """Validate parsed TOML; ``text`` (the file's) gives the errors their line numbers."""
    name = path.name if path else "config"
    base = path.parent if path else Path.cwd()
    try:
        config = Config.model_validate(data, context={"base": base})
    except ValidationError as exc:
        problems = _problems(exc, text, name)
        raise ConfigError("\n".join(problems), problems) from None
    cross = cross_references(config)
    if cross:
        problems = tuple(f"{name}:{line_of(text, loc) or '?'}: {key_text(loc)}: {msg}" for loc, msg in cross)
        raise ConfigError("\n".join(problems), problems)
    try:
        pins = load_pins(config.pin_table)
    except OSError as exc:
        line = line_of(text, ("lifeline", "pin_table"))
        raise ConfigError(f"{name}:{line}: lifeline.pin_table: cannot read {config.pin_table}: {exc.strerror}") from None
    try:
        places = load_places(config.places_table, DISTRICTS)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        line = line_of(text, ("lifeline", "places_table"))
        raise ConfigError(f"{name}:{line}: lifeline.places_table: cannot read {config.places_table}: "
                          f"{getattr(exc, 'strerror', None) or exc}") from None
    return config.as_loaded(path, pins, gazetteer_for(config, places), text)


def _problems(exc: ValidationError, text: str, name: str) -> tuple[str, ...]:
    out = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        line = line_of(text, loc) if text else None
        where = f"{name}:{line}: " if line else ""
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key (misspelt? see the comments in the shipped config.toml)"
        elif err["type"] == "missing":
            msg = "required key is missing"
        out.append(f"{where}{key_text(loc) or '(top level)'}: {msg}")
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


PLACE_KINDS = ("village", "post_office", "town", "tehsil", "locality", "railway_station", "landmark")


def load_places(path: Path | None, districts: tuple[str, ...]) -> tuple[Entry, ...]:
    """Rows of the places CSV (data/rajasthan_places.csv, built by `make gazetteer`) as gazetteer
    entries; rows of another kind or naming no current district are left out."""
    if not path:
        return ()
    known, out = set(districts), []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            name, kind, district = (row.get("name") or "").strip(), row.get("kind") or "", row.get("district") or ""
            if name and kind in PLACE_KINDS and district in known:
                police = row.get("police_district") or None
                out.append(Entry(name, police or district, kind, district, police, row.get("pin") or None))
    return tuple(out)
