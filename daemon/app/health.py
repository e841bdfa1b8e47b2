"""What the daemon knows about its own health, in one place: the edges report into it, the
status page, /readyz, the alarms and sd_notify read it. Plain state, no I/O."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from typing import Callable


@dataclass
class Link:
    """One connection's state. ``down_since`` is when the current trouble began (the start
    time when it never worked), None while it works."""

    where: str
    ok: bool = False
    down_since: datetime | None = None
    problem: str | None = None
    last_ok_at: datetime | None = None
    down_mono: float | None = None  # the monotonic clock when the trouble began (a wall-clock step delays no alarm)


class Health:
    def __init__(self, now: Callable[[], datetime], imap_where: str, smtp_where: str,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.now, self.monotonic = now, monotonic
        self.started_at = now()
        self.intake = Link(imap_where, down_since=self.started_at, problem="connecting", down_mono=monotonic())
        self.intake_mode: str | None = None  # "IDLE" / "polling"
        self.last_mail_at: datetime | None = None
        self.smtp = Link(smtp_where)  # unknown until the first send: not "down"
        self.model = "unknown"
        # problems that last until a restart or a good reload fixes them, by alarm channel
        # ("model", "config"): told to the desk daily (daemon.app.alarms)
        self.standing: dict[str, str] = {}
        self.config_fallback: str | None = None  # "running on last good config of ...; refused: ..."
        self.config_digest: str | None = None
        self.config_refused_at: datetime | None = None
        self.config_refused_problems: tuple[str, ...] = ()
        self.on_ready: list[Callable[[], None]] = []  # run once, when intake first connects
        self.ready_once = False

    # -- intake (daemon.edges.imap) -------------------------------------------------------------
    def intake_connected(self, idle: bool) -> None:
        now = self.now()
        self.intake.ok, self.intake.down_since, self.intake.problem, self.intake.down_mono = True, None, None, None
        self.intake.last_ok_at = now
        self.intake_mode = "IDLE" if idle else "polling"
        if not self.ready_once:
            self.ready_once = True
            for hook in self.on_ready:
                hook()

    def intake_lost(self, problem: str) -> None:
        if self.intake.ok or self.intake.down_since is None:
            self.intake.down_since, self.intake.down_mono = self.now(), self.monotonic()
        self.intake.ok, self.intake.problem, self.intake_mode = False, problem, None

    def mail_seen(self) -> None:
        self.last_mail_at = self.now()
        if self.intake.ok:
            self.intake.last_ok_at = self.last_mail_at

    # -- sending (daemon.edges.smtp) --------------------------------------------------------------
    def smtp_ok(self) -> None:
        self.smtp.ok, self.smtp.down_since, self.smtp.problem, self.smtp.down_mono = True, None, None, None
        self.smtp.last_ok_at = self.now()

    def smtp_failed(self, problem: str) -> None:
        if self.smtp.down_since is None:
            self.smtp.down_since, self.smtp.down_mono = self.now(), self.monotonic()
        self.smtp.ok, self.smtp.problem = False, problem

    # -- config -------------------------------------------------------------------------------------
    def config_loaded(self, digest: str) -> None:
        self.config_digest = digest

    def model_unknown(self, problem: str) -> None:
        self.model = f"unknown ({problem}): every post handled as HIGH"
        self.standing["model"] = (f"the risk model failed its checks at start ({problem}); every report is "
                                  "handled as HIGH risk until the model is fixed and Lifeline restarted")

    def config_on_last_good(self, text: str) -> None:
        """Started on the last good config because the file on disk was refused (None: ended)."""
        self.config_fallback = text
        self.standing["config"] = text

    def config_good_again(self) -> None:
        self.config_fallback = None
        self.standing.pop("config", None)

    def config_refused(self, problems: tuple[str, ...]) -> None:
        self.config_refused_at, self.config_refused_problems = self.now(), problems

    @property
    def ready(self) -> bool:
        """Intake connected and sending not failing (an idle SMTP that never sent is fine)."""
        return self.intake.ok and self.smtp.down_since is None
