"""Never silent: when intake has been down, or sending failing, for ``[alerts] after_minutes``,
tell the desk by every route that still works, and once more when it works again.

Routes: a desk mail (HQ desk + admins) through the outbox when sending works, and the
admin's ``alert_command`` (an SMS or phone gateway script) with the short text as its last
argument and on stdin. A failing command is logged, never fatal.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable
from zoneinfo import ZoneInfo

from daemon.app.health import Health, Link
from daemon.web.view import span

log = logging.getLogger("lifeline.alarms")

WHAT = {"intake": "mail intake (IMAP)", "smtp": "sending (SMTP)"}


@dataclass(frozen=True)
class Alert:
    channel: str  # intake / smtp
    down: bool  # True: it is down; False: it recovered
    text: str  # short, for an SMS
    since: datetime


def decide(channel: str, link: Link, alerted: datetime | None, after: timedelta, now: datetime,
           tz: ZoneInfo) -> tuple[datetime | None, Alert | None]:
    """Pure: given a link and when its outage was alerted (None: not alerted), the new alerted
    mark and the alert to raise now, if any."""
    what = WHAT[channel]
    if link.down_since is not None and alerted is None and now - link.down_since >= after:
        text = (f"Lifeline ALERT: {what} down for {span((now - link.down_since).total_seconds())} since "
                f"{link.down_since.astimezone(tz):%H:%M %Z}: {link.problem or 'unknown problem'}")
        return link.down_since, Alert(channel, True, text, link.down_since)
    if alerted is not None and link.down_since is None:
        text = f"Lifeline OK again: {what} works again at {now.astimezone(tz):%H:%M %Z} (down since {alerted.astimezone(tz):%H:%M})"
        return None, Alert(channel, False, text, alerted)
    if alerted is not None and link.down_since is not None and link.down_since != alerted:
        return link.down_since, None  # it came back and failed again before we looked: one outage
    return alerted, None


class Alarms:
    def __init__(self, health: Health, after_seconds: float, timezone: str, command: tuple[str, ...],
                 command_timeout: float, mail: Callable[[Alert], None]) -> None:
        self.health, self.after = health, timedelta(seconds=after_seconds)
        self.tz, self.command, self.command_timeout, self.mail = ZoneInfo(timezone), command, command_timeout, mail
        self.alerted: dict[str, datetime | None] = {"intake": None, "smtp": None}
        self._commands: set[asyncio.Task] = set()

    def check(self) -> list[Alert]:
        now = self.health.now()
        raised = []
        for channel, link in (("intake", self.health.intake), ("smtp", self.health.smtp)):
            self.alerted[channel], alert = decide(channel, link, self.alerted[channel], self.after, now, self.tz)
            if alert is not None:
                raised.append(alert)
                self._raise(alert)
        return raised

    def _raise(self, alert: Alert) -> None:
        log.log(logging.ERROR if alert.down else logging.WARNING, "alert channel=%s down=%s: %s",
                alert.channel, alert.down, alert.text)
        sending_broken = self.health.smtp.down_since is not None
        if not sending_broken:  # a mail queued behind a dead server would arrive stale
            try:
                self.mail(alert)
            except Exception as exc:  # noqa: BLE001 - the command route must still run
                log.error("alert mail could not be queued error=%s", type(exc).__name__)
        if self.command:
            task = asyncio.ensure_future(self._run_command(alert.text))
            self._commands.add(task)
            task.add_done_callback(self._commands.discard)

    async def _run_command(self, text: str) -> None:
        argv = [*self.command, text]
        try:
            proc = await asyncio.create_subprocess_exec(
                *argv, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.PIPE)
        except OSError as exc:
            log.error("alert_command %s could not start: %s", self.command[0], exc.strerror or type(exc).__name__)
            return
        try:
            _, err = await asyncio.wait_for(proc.communicate(text.encode("utf-8") + b"\n"), self.command_timeout)
        except asyncio.TimeoutError:
            proc.kill()
            await proc.wait()
            log.error("alert_command %s timed out after %.0fs", self.command[0], self.command_timeout)
            return
        if proc.returncode:
            first = (err or b"").decode("utf-8", "replace").strip().splitlines()[:1]
            log.error("alert_command %s failed exit=%d %s", self.command[0], proc.returncode, first[0][:200] if first else "")
        else:
            log.info("alert_command %s delivered the alert", self.command[0])

    async def run(self, stop: asyncio.Event) -> None:
        interval = max(0.2, min(10.0, self.after.total_seconds() / 4))
        while not stop.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=interval)
            if not stop.is_set():
                try:
                    self.check()
                except Exception:  # noqa: BLE001 - the alarm loop must outlive a bug in one check
                    log.exception("alarm check failed")
        for task in list(self._commands):  # let a running gateway call finish (bounded by its timeout)
            with contextlib.suppress(Exception):
                await task



def alert_mail(service, alert: Alert) -> None:
    """Queue the alert as a desk notice to the HQ desk and the admins (daemon.handlers.alert)."""
    service.applier.alert(service.parts, alert.channel, WHAT[alert.channel], alert.down, alert.text, alert.since)
