"""Hot reload of config.toml: on change, validate fully, then swap atomically, or refuse.

The file is polled (mtime, size and SHA-256) rather than watched with inotify: editors
save by rename, network file systems drop events, and a poll every few seconds is cheap
and never misses an edit. A new config is applied only when it passes the one validator
(``load.load_checked``, as ``run`` and ``check-config``); otherwise the running config
stays and the HQ desk and the admins get the errors by mail through the outbox, once per
distinct file content, by a callback the app supplies.
Cases keep the route and chain they were created with: only new reports see the change.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from daemon.config.load import load_checked
from daemon.config.schema import Config, ConfigError

log = logging.getLogger("lifeline.config")


@dataclass(frozen=True)
class ReloadResult:
    applied: bool
    problems: tuple[str, ...]
    digest: str


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        return f"unreadable:{exc.errno}"


class ConfigWatcher:
    """Polls the config file; ``apply`` swaps the new Config in, ``refused`` reports errors."""

    def __init__(self, path: Path, now: Callable[[], datetime], apply: Callable[[Config], None],
                 refused: Callable[[tuple[str, ...], str], None], interval: float = 2.0) -> None:
        self.path, self.now, self.apply, self.refused, self.interval = Path(path), now, apply, refused, interval
        self.digest = _digest(self.path)
        self.refused_digest: str | None = None

    def check(self) -> ReloadResult | None:
        """One poll: None when the file is unchanged."""
        digest = _digest(self.path)
        if digest == self.digest or digest == self.refused_digest:
            return None
        try:
            config = load_checked(self.path, self.now())
        except ConfigError as exc:
            problems = exc.problems
            self.refused_digest = digest
            log.warning("config edit refused problems=%d; the running config stays", len(problems))
            self.refused(problems, digest)
            return ReloadResult(False, problems, digest)
        self.digest, self.refused_digest = digest, None
        self.apply(config)
        log.info("config reloaded stations=%d districts=%d", len(config.stations), len(config.districts))
        return ReloadResult(True, (), digest)

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), timeout=self.interval)
            except asyncio.TimeoutError:
                pass
            if stop.is_set():
                return
            try:
                self.check()
            except Exception as exc:  # noqa: BLE001 - a reload bug must not stop the daemon
                log.exception("config check failed error=%s", type(exc).__name__)

