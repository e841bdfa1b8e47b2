"""Escalation timers: one APScheduler date job per open case, rebuilt from the store.

The store is the truth: each case stores the due time of its next chain step, and the
timer handler (daemon.handlers.timer, applied like every decision) only acts when that
time has passed, moving it on in the same transaction as the mails it queues. So a restart (jobs rebuilt from the store), a duplicate job or a clock
jump can neither lose nor double a step; a step whose time passed while the daemon was
down fires at start-up.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Callable

from apscheduler.schedulers.asyncio import AsyncIOScheduler

log = logging.getLogger("lifeline.escalation")


class Escalator:
    def __init__(self, due: Callable[[], list[tuple[str, datetime]]], fire: Callable[[str], datetime | None],
                 now: Callable[[], datetime], kick: Callable[[], None], sweep_seconds: float = 30.0) -> None:
        """``due``: (case id, due time) of every running clock; ``fire``: run a case's step if
        due, returning its next due time; ``kick``: send what was queued."""
        self.due, self.fire, self.now, self.kick, self.sweep_seconds = due, fire, now, kick, sweep_seconds
        self.scheduler = AsyncIOScheduler(timezone="UTC")
        self._armed: dict[str, datetime] = {}

    def start(self) -> None:
        """Start the scheduler and arm every open case's next step from the store."""
        self.scheduler.start()
        self.scheduler.add_job(self._sweep, "interval", seconds=self.sweep_seconds, id="sweep",
                               replace_existing=True, coalesce=True, max_instances=1)
        self.sync()
        log.info("escalation timers armed cases=%d", len(self._armed))

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    def sync(self) -> None:
        """Make the jobs match the store: one job per open case at its stored due time."""
        due = dict(self.due())
        for case_id in set(self._armed) - set(due):
            self._drop(case_id)
        for case_id, at in due.items():
            if self._armed.get(case_id) != at:
                self._arm(case_id, at)

    def _arm(self, case_id: str, at: datetime) -> None:
        self.scheduler.add_job(self._fire, "date", run_date=at, args=(case_id,), id=case_id,
                               replace_existing=True, misfire_grace_time=None, coalesce=True)
        self._armed[case_id] = at

    def _drop(self, case_id: str) -> None:
        self._armed.pop(case_id, None)
        if self.scheduler.get_job(case_id):
            self.scheduler.remove_job(case_id)

    async def _sweep(self) -> None:
        """Safety net: fire anything overdue (a clock jump, a lost job) and re-sync."""
        now = self.now()
        for case_id, at in self.due():
            if at <= now:
                await self._fire(case_id)
        self.sync()

    async def _fire(self, case_id: str) -> None:
        self._armed.pop(case_id, None)
        try:
            nxt = self.fire(case_id)
        except Exception as exc:  # noqa: BLE001 - a timer must never stop the others
            log.exception("escalation failed case=%s error=%s", case_id, type(exc).__name__)
            return
        log.info("escalation step case=%s next_due=%s", case_id, nxt.isoformat() if nxt else None)
        self.kick()
        self.sync()
