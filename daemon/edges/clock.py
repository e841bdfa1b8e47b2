"""The two clocks, and deadlines watched on both.

Due times are wall-clock instants (they are stored, shown to people and survive restarts),
but the wall clock steps: NTP corrects a fast clock, an admin sets the date. Waiting on it
(as APScheduler 3 does: every wait is ``run_date - datetime.now()``) delays every timer by a
step back. So a deadline is watched on the monotonic clock too: when it is armed, the time
left on the wall clock is started on the monotonic one, and the deadline is due when either
says so. A step back delays nothing; a step forward makes due at once what the wall clock
now says is due. Only a restart forgets the monotonic start: then the stored instant is all
there is, as it must be.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Generic, Hashable, TypeVar

K = TypeVar("K", bound=Hashable)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Clock:
    """What the daemon asks the time of; tests pass their own."""

    wall: Callable[[], datetime] = utcnow
    monotonic: Callable[[], float] = time.monotonic

    def now(self) -> datetime:
        return self.wall()


@dataclass
class Deadlines(Generic[K]):
    """Keyed wall-clock instants, each also counted down on the monotonic clock from when it was armed."""

    clock: Clock
    _at: dict = field(default_factory=dict)  # key -> wall instant
    _mono: dict = field(default_factory=dict)  # key -> monotonic deadline
    _held: dict = field(default_factory=dict)  # key -> monotonic time before which it is not due

    def arm(self, key: K, at: datetime) -> None:
        """Watch ``key`` until ``at``; arming the same instant again keeps its monotonic start."""
        if self._at.get(key) != at:
            left = (at - self.clock.now()).total_seconds()
            self._at[key], self._mono[key] = at, self.clock.monotonic() + max(0.0, left)
            self._held.pop(key, None)

    def hold(self, key: K, seconds: float) -> None:
        """Not due for ``seconds`` whatever the clocks say (its owner failed or said not yet:
        try again later, not in a hot loop)."""
        if key in self._at:
            self._held[key] = self.clock.monotonic() + seconds

    def drop(self, key: K) -> None:
        self._at.pop(key, None)
        self._mono.pop(key, None)
        self._held.pop(key, None)

    def keep_only(self, keys) -> None:
        for key in set(self._at) - set(keys):
            self.drop(key)

    def at(self, key: K) -> datetime | None:
        return self._at.get(key)

    def __contains__(self, key: K) -> bool:
        return key in self._at

    def __len__(self) -> int:
        return len(self._at)

    def _due(self, key: K, now: datetime, mono: float) -> bool:
        return self._held.get(key, mono) <= mono and (self._at[key] <= now or self._mono[key] <= mono)

    def is_due(self, key: K) -> bool:
        return key in self._at and self._due(key, self.clock.now(), self.clock.monotonic())

    def due(self) -> list[tuple[K, datetime]]:
        """(key, instant) of everything due by either clock, earliest instant first."""
        now, mono = self.clock.now(), self.clock.monotonic()
        return sorted(((k, at) for k, at in self._at.items() if self._due(k, now, mono)), key=lambda item: item[1])

    def wait(self, cap: float) -> float:
        """Seconds to sleep (on the monotonic clock) before the next deadline, at most ``cap``:
        waking at least every ``cap`` seconds is what notices a step forward of the wall clock."""
        now, mono = self.clock.now(), self.clock.monotonic()
        ends = [max(mono if self._at[k] <= now else self._mono[k], self._held.get(k, mono)) for k in self._mono]
        return max(0.0, min([cap, *(end - mono for end in ends)]))
