"""Never silent: when intake has been down, or sending failing, for ``[alerts] after_minutes``,
tell the desk by every route that still works, and once more when it works again.

Standing problems (the risk model failed its checks at start, so every post is handled as
HIGH; the daemon runs on its last good config because the file on disk was refused) are told
at once and again every day at ``[summary] at`` while they last (the mail's key is the
period's start, so a restart within a period mails nothing new), and once when they end.

Routes: a desk mail (HQ desk + admins) through the outbox when sending works, and the
admin's ``alert_command`` (an SMS or phone gateway script) with the short text as its last
argument and on stdin. A failing command is logged, never fatal.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Callable
from zoneinfo import ZoneInfo

from daemon.app.health import Health, Link
from daemon.web.view import span

log = logging.getLogger("lifeline.alarms")

WHAT = {"intake": "mail intake (IMAP)", "smtp": "sending (SMTP)",
        "canary": "the canary (a TEST report through the whole path)",
        "model": "the risk model", "config": "config.toml"}


@dataclass(frozen=True)
class Alert:
    channel: str  # intake / smtp / canary
    down: bool  # True: it is down; False: it recovered
    text: str  # short, for an SMS
    since: datetime


def decide(channel: str, link: Link, alerted: datetime | None, after: timedelta, now: datetime,
           tz: ZoneInfo, mono: float | None = None) -> tuple[datetime | None, Alert | None]:
    """Pure: given a link and when its outage was alerted (None: not alerted), the new alerted
    mark and the alert to raise now, if any. How long it has been down is the longer of the
    wall clock's and the monotonic clock's (``mono``) counts, so a step back delays no alarm."""
    what = WHAT[channel]
    down_for = None
    if link.down_since is not None:
        down_for = (now - link.down_since).total_seconds()
        if mono is not None and link.down_mono is not None:
            down_for = max(down_for, mono - link.down_mono)
    if down_for is not None and alerted is None and down_for >= after.total_seconds():
        text = (f"Lifeline ALERT: {what} down for {span(down_for)} since "
                f"{link.down_since.astimezone(tz):%H:%M %Z}: {link.problem or 'unknown problem'}")
        return link.down_since, Alert(channel, True, text, link.down_since)
    if alerted is not None and link.down_since is None:
        text = f"Lifeline OK again: {what} works again at {now.astimezone(tz):%H:%M %Z} (down since {alerted.astimezone(tz):%H:%M})"
        return None, Alert(channel, False, text, alerted)
    if alerted is not None and link.down_since is not None and link.down_since != alerted:
        return link.down_since, None  # it came back and failed again before we looked: one outage
    return alerted, None


def period_start(now: datetime, tz: ZoneInfo, at: time) -> datetime:
    """Pure: the start of the reminder period ``now`` is in (the latest past ``at``, local time)."""
    local = now.astimezone(tz)
    start = datetime.combine(local.date(), at, tz)
    return start if local >= start else start - timedelta(days=1)


def decide_standing(problems: dict[str, str], alerted: dict[str, datetime], now: datetime, tz: ZoneInfo,
                    at: time) -> tuple[dict[str, datetime], list[Alert]]:
    """Pure: each standing problem is alerted once per period; one that ended, once more."""
    period = period_start(now, tz, at)
    marks, out = {}, []
    for channel, text in problems.items():
        marks[channel] = period
        if alerted.get(channel) != period:
            out.append(Alert(channel, True, f"Lifeline ALERT: {text}", period))
    for channel in alerted.keys() - problems.keys():
        out.append(Alert(channel, False, f"Lifeline OK again: {WHAT[channel]} is fine again at "
                                         f"{now.astimezone(tz):%H:%M %Z}", alerted[channel]))
    return marks, out


class Alarms:
    def __init__(self, health: Health, after_seconds: float, timezone: str, command: tuple[str, ...],
                 command_timeout: float, mail: Callable[[Alert], None], remind_at: time = time(7, 0)) -> None:
        self.health, self.after = health, timedelta(seconds=after_seconds)
        self.tz, self.command, self.command_timeout, self.mail = ZoneInfo(timezone), command, command_timeout, mail
        self.remind_at = remind_at
        self.alerted: dict[str, datetime | None] = {"intake": None, "smtp": None}
        self.standing: dict[str, datetime] = {}  # standing problem -> the period it was alerted in
        self._commands: set[asyncio.Task] = set()

    def check(self) -> list[Alert]:
        now = self.health.now()
        raised = []
        for channel, link in (("intake", self.health.intake), ("smtp", self.health.smtp)):
            self.alerted[channel], alert = decide(channel, link, self.alerted[channel], self.after, now, self.tz,
                                                  self.health.monotonic())
            if alert is not None:
                raised.append(alert)
        self.standing, standing = decide_standing(self.health.standing, self.standing, now, self.tz, self.remind_at)
        raised += standing
        for alert in raised:
            self._raise(alert)
        return raised

    def raise_alert(self, alert: Alert) -> None:
        """Tell the desk by every route that works (the canary's watcher raises its own)."""
        self._raise(alert)

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
        with contextlib.suppress(Exception):  # standing problems (model, config) are told at start
            self.check()
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
