"""Deadlines watched on both clocks: a wall-clock step either way delays none."""

from datetime import datetime, timedelta, timezone

from daemon.edges.clock import Clock, Deadlines

T0 = datetime(2026, 11, 28, 21, 17, tzinfo=timezone.utc)


class Fake:
    """A wall clock that can step and a monotonic clock that cannot."""

    def __init__(self) -> None:
        self.wall, self.mono = T0, 1000.0

    def run(self, seconds: float) -> None:
        self.wall += timedelta(seconds=seconds)
        self.mono += seconds

    def step(self, seconds: float) -> None:
        self.wall += timedelta(seconds=seconds)

    def clock(self) -> Clock:
        return Clock(lambda: self.wall, lambda: self.mono)


def test_a_step_back_delays_nothing():
    fake = Fake()
    d = Deadlines(fake.clock())
    d.arm("a", T0 + timedelta(minutes=5))
    fake.run(60)
    fake.step(-600)
    fake.run(239)
    assert d.due() == [] and d.wait(10.0) == 1.0
    fake.run(1)
    assert d.due() == [("a", T0 + timedelta(minutes=5))]  # 300 s after arming, though the wall says 11 min early


def test_a_step_forward_makes_due_at_once_what_the_wall_clock_says_is_due():
    fake = Fake()
    d = Deadlines(fake.clock())
    d.arm("a", T0 + timedelta(minutes=5))
    d.arm("b", T0 + timedelta(minutes=30))
    fake.step(600)
    assert [k for k, _ in d.due()] == ["a"]
    assert d.wait(1.0) == 0.0  # a is due now: no sleep


def test_rearming_the_same_instant_keeps_the_monotonic_start_and_a_new_instant_restarts_it():
    fake = Fake()
    d = Deadlines(fake.clock())
    d.arm("a", T0 + timedelta(minutes=5))
    fake.step(-600)
    d.arm("a", T0 + timedelta(minutes=5))  # a sync from the store after the step
    fake.run(300)
    assert d.is_due("a")
    d.arm("a", fake.wall + timedelta(minutes=5))  # the next step, armed on the stepped clock
    fake.run(299)
    assert not d.is_due("a")
    fake.run(1)
    assert d.is_due("a")


def test_hold_keeps_a_due_key_quiet_for_a_while_and_wait_counts_it():
    fake = Fake()
    d = Deadlines(fake.clock())
    d.arm("a", T0)
    assert d.is_due("a")
    d.hold("a", 30)
    assert not d.is_due("a") and d.wait(60) == 30
    fake.run(30)
    assert d.is_due("a")


def test_keep_only_and_drop():
    fake = Fake()
    d = Deadlines(fake.clock())
    d.arm("a", T0)
    d.arm("b", T0)
    d.keep_only(["b"])
    assert "a" not in d and "b" in d and len(d) == 1
    d.drop("b")
    assert d.due() == [] and d.wait(2.0) == 2.0
