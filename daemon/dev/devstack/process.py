"""The daemon as a child process, for end-to-end tests, the demo and benchmarks.

It runs exactly what an admin runs (``python -m daemon run --config ...``), so the tests
exercise the real entry point, signals and start-up, and can SIGKILL it like a crash.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from daemon.store.snapshot import read_snapshot


class DaemonProcess:
    def __init__(self, config_path: Path, log_path: Path, env: dict[str, str] | None = None) -> None:
        self.config_path, self.log_path = Path(config_path), Path(log_path)
        self.env = {**os.environ, **(env or {})}
        self.proc: subprocess.Popen | None = None

    def start(self) -> "DaemonProcess":
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "daemon", "run", "--config", str(self.config_path), "--log-level", "DEBUG"],
            stdout=log, stderr=subprocess.STDOUT, env=self.env,
        )
        log.close()
        return self

    def wait_ready(self, timeout: float = 30.0) -> None:
        """Until the log says the IMAP watcher is connected."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"daemon exited with {self.proc.returncode}:\n{self.log_text()[-3000:]}")
            if "imap connected" in self.log_text():
                return
            time.sleep(0.05)
        raise TimeoutError(f"daemon not ready after {timeout}s:\n{self.log_text()[-3000:]}")

    def stop(self, timeout: float = 15.0) -> int:
        """SIGTERM and wait: a clean shutdown."""
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else 0
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise

    def kill(self) -> None:
        """SIGKILL: a crash."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


def read_store(path: Path) -> dict:
    """A read-only snapshot of a store (safe while the daemon runs: writes are renames)."""
    return read_snapshot(path)


def store_cases(path: Path) -> list[dict]:
    return list(read_store(path).get("cases", {}).values())


def store_outbox(path: Path) -> list[dict]:
    return list(read_store(path).get("outbox", {}).values())
