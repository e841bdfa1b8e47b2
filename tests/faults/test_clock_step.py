"""The wall clock steps under a running daemon (libfaketime, Debian's `faketime`): a step of
10 minutes back or forward moves no escalation by more than 5 s (issue 13, item 5).

The daemon runs as ``lifeline run`` with libfaketime preloaded: its wall clock (CLOCK_REALTIME,
what datetime.now reads) takes the offset written in a file, re-read every second; the
monotonic clock stays real (FAKETIME_DONT_FAKE_MONOTONIC), as in a real step."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from daemon.dev.devstack.process import DaemonProcess, store_cases, store_outbox
from tests.e2e.conftest import REPO
from tests.e2e.test_escalation import station_report
from tests.e2e.test_forward_ack import wait_until

pytestmark = pytest.mark.e2e

LIBFAKETIME = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")
HQ = "scrb-sm-desk@police.example.in"


def faked(tmp_path: Path, mailstack, **overrides):
    if not LIBFAKETIME.exists():
        pytest.skip("libfaketime is not installed: run `make system-deps`")
    offset = tmp_path / "faketime"
    offset.write_text("+0\n")
    overrides = {"state_dir": str(tmp_path / "state"), "send_retry_seconds": [0.3, 0.5, 1.0], **overrides}
    config = mailstack.write_config(REPO / "config.toml", tmp_path / "config.toml", **overrides)
    env = {"LD_PRELOAD": str(LIBFAKETIME), "FAKETIME_TIMESTAMP_FILE": str(offset), "FAKETIME_CACHE_DURATION": "1",
           "FAKETIME_DONT_FAKE_MONOTONIC": "1", "FAKETIME_DONT_RESET": "1"}
    return DaemonProcess(config, tmp_path / "daemon.log", env=env), offset, tmp_path / "state" / "lifeline.json"


def sent(store: Path, purpose: str) -> list[dict]:
    return [m for m in store_outbox(store) if m.get("purpose") == purpose and m.get("status") == "sent"]


@pytest.mark.parametrize("step", ["-10m", "+10m"])
def test_a_clock_step_moves_no_escalation_by_more_than_5_s(mailstack, tmp_path, step):
    # a "minute" of 1 s: a HIGH case escalates 5 s after its forward, measured on the test's clock
    process, offset, store = faked(tmp_path, mailstack, minute_seconds=1.0)
    process.start()
    try:
        process.wait_ready()
        mailstack.deliver(HQ, station_report())
        wait_until(lambda: sent(store, "forward"), 20, "the forward")
        forwarded = time.monotonic()
        [case] = store_cases(store)
        offset.write_text(f"{step}\n")  # the daemon's wall clock steps within a second
        wait_until(lambda: sent(store, "escalation"), 60, "the escalation")
        took = time.monotonic() - forwarded
        print(f"clock step {step}: escalation {took:.2f} s after the forward (deadline 5 s)")
        assert took <= 5 + 5, f"escalation {took:.1f} s after the forward"
        [after] = [c for c in store_cases(store) if c["id"] == case["id"]]
        assert after["next_due_at"] != case["next_due_at"]  # the step moved on, once
    finally:
        code = process.stop()
        print(process.log_text()[-3000:])
    assert code == 0


def test_a_step_forward_fires_a_step_the_stepped_wall_clock_says_is_due(mailstack, tmp_path):
    # real minutes: the HIGH step is due 5 min after the forward; the wall clock jumps 10 min
    process, offset, store = faked(tmp_path, mailstack)
    process.start()
    try:
        process.wait_ready()
        mailstack.deliver(HQ, station_report())
        wait_until(lambda: sent(store, "forward"), 20, "the forward")
        offset.write_text("+10m\n")
        stepped = time.monotonic()
        wait_until(lambda: sent(store, "escalation"), 30, "the escalation")
        took = time.monotonic() - stepped
        print(f"clock step +10m with a 5 min deadline: escalation {took:.2f} s after the step")
        assert took <= 5
    finally:
        code = process.stop()
        print(process.log_text()[-3000:])
    assert code == 0
