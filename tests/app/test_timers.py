"""Escalation timers on an injected clock (wall + monotonic) and a real store: a wall-clock
step of +-10 minutes moves no escalation by more than a slice (1 s; the issue allows 5 s)."""

from datetime import timedelta

import pytest

from daemon.app.timers import Escalator
from daemon.store.engine import Store
from tests.app.test_escalation import station_report
from tests.edges.test_clock import Fake
from tests.helpers import Handling, shipped_config

KEY = b"t" * 32
HIGH_DEADLINE = 300.0  # the shipped config: a HIGH case waits 5 minutes for an acknowledgement


def setup(tmp_path):
    fake = Fake()
    config = shipped_config(tmp_path)
    store = Store(config.store_path)
    desk = Handling(config, store, lambda: fake.wall, key=KEY)
    escalator = Escalator(desk.applier.due_cases, lambda case_id, at: desk.applier.timer(desk.parts, case_id, armed=at),
                          fake.clock(), lambda: None)
    return fake, store, desk, escalator


def escalations(store) -> int:
    return sum(1 for row in store.outbox.all() if row["purpose"] == "escalation")


def run(fake, escalator, seconds: float, until=lambda: False, step_at: float | None = None, step: float = 0.0) -> float:
    """Drive the escalator as its loop does (tick, then sleep what it asks) for ``seconds`` of
    monotonic time, stepping the wall clock once at ``step_at``; returns the monotonic time
    (from the start) at which ``until`` first held."""
    start = fake.mono
    while fake.mono - start < seconds:
        escalator.tick()
        if until():
            return fake.mono - start
        sleep = max(0.01, escalator.deadlines.wait(escalator.slice_seconds))
        if step_at is not None and fake.mono - start + sleep >= step_at:
            fake.run(step_at - (fake.mono - start))
            fake.step(step)
            step_at = None
            continue
        fake.run(sleep)
    raise AssertionError(f"not within {seconds} s")


@pytest.mark.parametrize("step", [0.0, -600.0])
def test_a_step_back_delays_no_escalation(tmp_path, step):
    fake, store, desk, escalator = setup(tmp_path)
    desk.handle(station_report(), 1)
    escalator.start()
    fired = run(fake, escalator, 1200, until=lambda: escalations(store) == 1, step_at=60, step=step)
    assert abs(fired - HIGH_DEADLINE) <= 1.0, f"escalated after {fired:.2f} s instead of {HIGH_DEADLINE} s"
    # and the next step is counted from the stepped clock, again on time
    again = run(fake, escalator, 1200, until=lambda: escalations(store) == 2)
    assert abs(again - HIGH_DEADLINE) <= 1.0


def test_a_step_forward_fires_what_the_wall_clock_says_is_due_at_once(tmp_path):
    fake, store, desk, escalator = setup(tmp_path)
    desk.handle(station_report(), 1)
    escalator.start()
    fired = run(fake, escalator, 1200, until=lambda: escalations(store) == 1, step_at=60, step=600.0)
    assert 60 <= fired <= 61.0  # the due time (5 min after the report) lies behind the stepped clock


def test_the_sweep_runs_every_30_monotonic_seconds_whatever_the_wall_clock_does(tmp_path):
    fake, store, desk, escalator = setup(tmp_path)
    syncs = []
    due = escalator.due
    escalator.due = lambda: syncs.append(fake.mono) or due()
    escalator.start()
    fake.step(-600)
    run(fake, escalator, 95, until=lambda: len(syncs) >= 4)
    gaps = [b - a for a, b in zip(syncs, syncs[1:])]
    assert gaps and all(abs(g - 30) <= 1.0 for g in gaps), gaps


def test_a_failing_step_is_tried_again_at_the_sweep_not_in_a_loop(tmp_path):
    fake, store, desk, escalator = setup(tmp_path)
    desk.handle(station_report(), 1)
    calls = []

    def boom(case_id, at):
        calls.append(fake.mono)
        raise RuntimeError("store trouble")

    escalator.fire = boom
    escalator.start()
    fake.step(301)
    with pytest.raises(AssertionError):
        run(fake, escalator, 45)
    assert len(calls) == 2 and abs(calls[1] - calls[0] - 30) <= 1.0
