"""Escalation timers: every open case's next step, rebuilt from the store, waited for on the
monotonic clock (daemon.edges.clock.Deadlines) and re-checked against the wall clock.

The store is the truth: each case stores the due time of its next chain step, and the
timer handler (daemon.handlers.timer, applied like every decision) only acts when that
time has passed, or when it is the very step whose monotonic wait ran out, moving it on in
the same transaction as the mails it queues. So a restart (timers rebuilt from the store),
a duplicate fire or a clock step can neither lose nor double a step; a step whose time
passed while the daemon was down fires at start-up.

Waiting: one loop on the event loop sleeps in slices of at most ``slice_seconds`` (or until
the next monotonic deadline), so a wall-clock step back delays no step and a step forward
fires what is now due within a slice. Every ``sweep_seconds`` (monotonic) the timers are
re-synced from the store, a safety net for a missed sync. APScheduler's scheduler is not used
here (its CronTrigger is the daily summary's calendar, app/daily.py): it computes every
wait from ``datetime.now()`` (its maintainer: it "relies on the system clock being
correct", agronholm/apscheduler#351), which is what made a 10-minute
step back delay every escalation by 10 minutes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime
from typing import Callable

from daemon.edges.clock import Clock, Deadlines

log = logging.getLogger("lifeline.escalation")

SLICE_SECONDS = 1.0


class Escalator:
    def __init__(self, due: Callable[[], list[tuple[str, datetime]]], fire: Callable[[str, datetime], datetime | None],
                 clock: Clock, kick: Callable[[], None], sweep_seconds: float = 30.0,
                 slice_seconds: float = SLICE_SECONDS) -> None:
        """``due``: (case id, due time) of every running clock; ``fire(case_id, armed)``: run
        the case's step if due (``armed``: the due time its wait was for), returning its next
        due time; ``kick``: send what was queued."""
        self.due, self.fire, self.clock, self.kick = due, fire, clock, kick
        self.sweep_seconds, self.slice_seconds = sweep_seconds, slice_seconds
        self.deadlines: Deadlines[str] = Deadlines(clock)
        self._next_sweep = 0.0

    def start(self) -> None:
        """Arm every open case's next step from the store."""
        self.sync()
        self._next_sweep = self.clock.monotonic() + self.sweep_seconds
        log.info("escalation timers armed cases=%d", len(self.deadlines))

    def sync(self) -> None:
        """Make the timers match the store: one per open case at its stored due time."""
        due = dict(self.due())
        self.deadlines.keep_only(due)
        for case_id, at in due.items():
            self.deadlines.arm(case_id, at)

    def tick(self) -> list[str]:
        """Fire every step that is due by either clock (and sweep when it is time); returns the cases fired."""
        if self.clock.monotonic() >= self._next_sweep:
            self._next_sweep = self.clock.monotonic() + self.sweep_seconds
            self.sync()
        fired = []
        for case_id, at in self.deadlines.due():
            fired.append(case_id)
            self._fire(case_id, at)
        if fired:
            self.kick()
            self.sync()
        return fired

    def _fire(self, case_id: str, at: datetime) -> None:
        try:
            nxt = self.fire(case_id, at)
        except Exception as exc:  # noqa: BLE001 - a timer must never stop the others
            log.exception("escalation failed case=%s error=%s", case_id, type(exc).__name__)
            self.deadlines.hold(case_id, self.sweep_seconds)  # tried again later, not in a hot loop
            return
        if nxt == at:  # the handler said not yet (the row changed under us): look again in a while
            self.deadlines.hold(case_id, self.slice_seconds * 5)
        elif nxt is None:
            self.deadlines.drop(case_id)
        else:
            self.deadlines.arm(case_id, nxt)
        log.info("escalation step case=%s next_due=%s", case_id, nxt.isoformat() if nxt else None)

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                self.tick()
            except Exception:  # noqa: BLE001 - the timer loop must outlive a bug in one sync
                log.exception("escalation timers: tick failed")
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=max(0.01, self.deadlines.wait(self.slice_seconds)))
