"""The last config that passed the one validator, kept in ``state_dir``, so that a refused
edit left on disk is not an outage at the next start: ``lifeline run`` starts on it instead
and the desk is told (daemon.app.alarms), until a good file is saved (hot reload).

What is kept: the config file's text, the path it was read from, when it was first accepted
and its SHA-256 (``last-good-config.json``, 0600, written atomically). What is not: the files
it names (templates, the PIN and place tables, the model, secret files). Templates and tables
are in git and the secrets outside the config; the kept text is read as if it were the file
(its relative paths resolve the same way) and validated again at start against those files
as they are then, by the same validator: a last good config that no longer passes (a
template that no longer renders, a secret gone) is refused too, and ``run`` exits 2 naming
both. Kept only for the same config path: another file's last good is never used.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from daemon.config.load import load_checked
from daemon.config.schema import Config, ConfigError, Lifeline
from daemon.core.isotime import from_iso, isoformat
from daemon.store.durable import json_bytes, read_json_object, write_atomic
from daemon.store.private import make_dir

FILE = "last-good-config.json"
# the state_dir line of a file that is not valid TOML (so that its last good can still be found)
_STATE_DIR_LINE = re.compile(r"""^\s*state_dir\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.MULTILINE)


@dataclass(frozen=True)
class LastGood:
    text: str
    source: str  # the config file's resolved path
    saved_at: datetime
    sha256: str


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read(state_dir: Path) -> LastGood | None:
    try:
        data = read_json_object(Path(state_dir) / FILE)
        return LastGood(data["text"], data["source"], from_iso(data["saved_at"]), data["sha256"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def keep(config: Config, now: datetime) -> bool:
    """Keep the text of a config that just passed the validator; True when the kept copy
    changed (the same text again keeps its first time)."""
    if config.path is None or not config.source_text:
        return False
    sha, kept = _sha(config.source_text), read(config.state_dir)
    if kept is not None and kept.sha256 == sha and kept.source == str(config.path):
        return False
    make_dir(config.state_dir)
    write_atomic(config.state_dir / FILE, json_bytes(
        {"source": str(config.path), "saved_at": isoformat(now), "sha256": sha, "text": config.source_text}))
    return True


def state_dir_of(config_path: Path) -> Path:
    """Where a (refused) config file says its state is: [lifeline] state_dir, read from the
    line when the file is not valid TOML, else the schema's default; relative to the file."""
    default = Lifeline.model_fields["state_dir"].default
    try:
        text = config_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return config_path.parent / default
    try:
        value = tomllib.loads(text).get("lifeline", {}).get("state_dir", default)
    except tomllib.TOMLDecodeError:
        found = _STATE_DIR_LINE.search(text)
        value = (found.group(1) or found.group(2)) if found else default
    path = Path(value) if isinstance(value, (str, Path)) else Path(default)
    return path if path.is_absolute() else config_path.parent / path


def start_on(config_path: Path, refused: ConfigError, now: datetime) -> tuple[Config, str]:
    """The config to start on when the file is refused: the last good one, validated now,
    and the line for the desk. ConfigError (naming the file's problems) when there is none."""
    path = Path(config_path).resolve()
    state = state_dir_of(path)
    kept = read(state)
    if kept is None or kept.source != str(path):
        raise ConfigError(f"{refused}\n(no last good config of {path.name} is kept in {state / FILE})", refused.problems)
    try:
        config = load_checked(path, now, text=kept.text)
    except ConfigError as exc:
        raise ConfigError(f"{refused}\nthe last good config kept in {state / FILE} is refused too:\n{exc}",
                          refused.problems + exc.problems) from None
    when = kept.saved_at.astimezone(ZoneInfo(config.timezone))
    problems = "; ".join(refused.problems[:3]) + (f" (and {len(refused.problems) - 3} more)" if len(refused.problems) > 3 else "")
    return config, f"running on the last good config of {when:%d %b %Y %H:%M %Z}; {path.name} refused: {problems}"
