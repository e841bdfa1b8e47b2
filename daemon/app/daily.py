"""The daily summary's clock: at ``[summary] at`` (local time) yesterday's summary goes to
the HQ desk and the admins. A daemon started after that time sends the day's summary at once
if it was not sent yet and it has sent one before (its Message-ID is the day's: never twice). The chart is drawn off the
event loop; figures and queueing stay on it, like every store access."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger

log = logging.getLogger("lifeline.summary")


def due_day(now: datetime, zone: str, at) -> tuple[date, datetime]:
    """(the day whose summary is due at the latest past send time, the next send time).

    The calendar is APScheduler's CronTrigger ("every day at HH:MM in this zone", zone and
    DST rules done right); the waiting is ours (``run`` sleeps in slices and re-reads the wall
    clock), because APScheduler's scheduler waits on the wall clock (see app/timers.py)."""
    local = now.astimezone(ZoneInfo(zone))
    trigger = CronTrigger(hour=at.hour, minute=at.minute, second=at.second, timezone=ZoneInfo(zone))
    nxt = trigger.get_next_fire_time(None, local + timedelta(microseconds=1))
    last = nxt - timedelta(days=1)
    return last.date() - timedelta(days=1), nxt


async def run(service, stop: asyncio.Event) -> None:
    from daemon.core.summary import summarise
    from daemon.edges.chart import chart_png

    started = service.now()
    while not stop.is_set():
        config = service.config
        day, nxt = due_day(service.now(), config.timezone, config.summary.at)
        # a missed summary is caught up only by a daemon that has sent one before (a new store
        # does not start with a summary of a day it never saw)
        caught_up = nxt - timedelta(days=1) >= started or service.store.get_meta("summary_last_day")
        if config.summary.enabled and caught_up:
            try:
                store = service.store
                figures = summarise(day, config.timezone, store.all_cases(), store.all_outgoing())
                if not service.applier.summary_sent(service.parts, figures):
                    png = await asyncio.to_thread(chart_png, figures)
                    if service.applier.summary(service.parts, figures, png):
                        log.info("daily summary queued day=%s cases=%d", day.isoformat(), figures.cases)
                        service.outbox.kick()
            except Exception:  # noqa: BLE001 - the summary must never stop the daemon
                log.exception("daily summary failed day=%s", day.isoformat())
        wait = max(1.0, min(300.0, (nxt - service.now()).total_seconds()))
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=wait)
