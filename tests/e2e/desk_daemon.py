"""A daemon on the dev mail stack with its status page on a free port, and [web] / [alerts]
set by the test: for the desk's page, /metrics, /readyz and the alarm tests."""

from __future__ import annotations

import contextlib
import json
import time
import tomllib
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import tomli_w

from daemon.dev.devstack import free_port
from daemon.dev.devstack.process import DaemonProcess

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "tests" / "artifacts"  # git-ignored: screenshots a person can look at


@dataclass
class DeskDaemon:
    process: DaemonProcess
    config_path: Path
    store_path: Path
    url: str

    def get(self, path: str, timeout: float = 10.0) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    def ready(self) -> dict:
        status, body = self.get("/readyz")
        return {"status": status, **json.loads(body)}


def write_config(stack, tmp: Path, *, lifeline: dict | None = None, **sections) -> tuple[Path, str]:
    """The repo's config.toml pointed at the stack; sections (web=..., alerts=..., imap=...)
    are merged over the generated tables. Returns the path and the page's base URL."""
    overrides = {"state_dir": str(tmp / "state"), "send_retry_seconds": [0.3, 0.5, 1.0], **(lifeline or {})}
    path = stack.write_config(REPO / "config.toml", tmp / "config.toml", **overrides)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    port = free_port()
    data.setdefault("web", {})["listen"] = f"127.0.0.1:{port}"
    for name, values in sections.items():
        data.setdefault(name, {}).update(values)
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path, f"http://127.0.0.1:{port}"


@contextlib.contextmanager
def desk_daemon(stack, tmp: Path, *, wait: str = "imap connected", lifeline: dict | None = None,
                env: dict | None = None, **sections):
    path, url = write_config(stack, tmp, lifeline=lifeline, **sections)
    process = DaemonProcess(path, tmp / "daemon.log", env=env).start()
    running = DeskDaemon(process, path, tmp / "state" / "lifeline.json", url)
    try:
        wait_for_log(process, wait)
        wait_for_log(process, "status page on")
        yield running
    finally:
        code = process.stop()
        print(process.log_text()[-6000:])  # shown by pytest only when the test failed
    assert code == 0, f"daemon did not shut down cleanly (exit {code})"


def wait_for_log(process: DaemonProcess, text: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while text not in process.log_text():
        if process.proc.poll() is not None:
            raise RuntimeError(f"daemon exited with {process.proc.returncode}:\n{process.log_text()[-3000:]}")
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {text!r} in the daemon's log after {timeout}s:\n{process.log_text()[-3000:]}")
        time.sleep(0.05)
