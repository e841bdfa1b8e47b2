"""E2E fixtures: a fresh mail stack per test (mailboxes start empty) and the daemon as a
child process configured against it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from daemon.dev.devstack.process import DaemonProcess
from tests.conftest import running_stack

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def mailstack():
    with running_stack("lifeline-e2e-stack-") as stack:
        yield stack


@dataclass
class RunningDaemon:
    process: DaemonProcess
    config_path: Path
    store_path: Path


@pytest.fixture
def daemon(mailstack, tmp_path, request):
    """`lifeline run` against the stack, with short retry waits; stopped (SIGTERM) afterwards."""
    overrides = {"state_dir": str(tmp_path / "state"), "send_retry_seconds": [0.3, 0.5, 1.0]}
    marker = request.node.get_closest_marker("lifeline_config")
    if marker:
        overrides.update(marker.kwargs)
    config_path = mailstack.write_config(REPO / "config.toml", tmp_path / "config.toml", **overrides)
    process = DaemonProcess(config_path, tmp_path / "daemon.log").start()
    running = RunningDaemon(process, config_path, tmp_path / "state" / "lifeline.json")
    try:
        process.wait_ready()
        yield running
    finally:
        code = process.stop()
        print(process.log_text()[-5000:])  # shown by pytest only when the test failed
    assert code == 0, f"daemon did not shut down cleanly (exit {code})"
