"""A real full disk and a real read-only state folder under the running daemon.

The state_dir is a small tmpfs mounted for the test (root only; skipped with the reason when
mount is not permitted). After a first report has created the store and the reply key, the
tmpfs is filled to the last byte with a filler file (or covered by a read-only bind mount). A report that
arrives then must not be acknowledged: it stays in INBOX, nothing is forwarded for it, and
the log says the store cannot be written (without the report's personal data). Once the
filler is deleted (or the bind mount removed) the same mail is taken and forwarded
exactly once. About 15-25 s per test (the daemon retries the store every 5 s).
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from daemon.dev.devstack.process import DaemonProcess, store_cases
from tests.e2e.conftest import REPO, RunningDaemon
from tests.faults.burst import HQ, Burst, forward_ids, reference, tally, wait_all_forwarded

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

TMPFS_SIZE = "2m"


def _mount(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True)


def _is_mount_point(point: Path) -> bool:
    return subprocess.run(["mountpoint", "-q", str(point)]).returncode == 0


@pytest.fixture
def small_state_dir():
    """A 2 MB tmpfs, unmounted afterwards; skip if this machine will not let us mount."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    point = Path(tempfile.mkdtemp(prefix="lifeline-fullfs-"))
    done = _mount("-t", "tmpfs", "-o", f"size={TMPFS_SIZE},mode=0700", "tmpfs", str(point))
    if done.returncode != 0:
        point.rmdir()
        pytest.skip(f"mount -t tmpfs not permitted here: {done.stderr.strip()}")
    try:
        yield point
    finally:
        for _ in range(3):  # the tmpfs, and a read-only bind mount left by a failed test
            if not _is_mount_point(point):
                break
            subprocess.run(["umount", "-l", str(point)], capture_output=True)
        shutil.rmtree(point, ignore_errors=True)


@pytest.fixture
def daemon_on_tmpfs(mailstack, small_state_dir, tmp_path):
    overrides = {"state_dir": str(small_state_dir), "send_retry_seconds": [0.3, 0.5, 1.0]}
    config_path = mailstack.write_config(REPO / "config.toml", tmp_path / "config.toml", **overrides)
    process = DaemonProcess(config_path, tmp_path / "daemon.log").start()
    running = RunningDaemon(process, config_path, small_state_dir / "lifeline.json")
    try:
        process.wait_ready()
        yield running
    finally:
        code = process.stop()
        print(process.log_text()[-5000:])
    assert code == 0, f"daemon did not shut down cleanly (exit {code})"


def fill(folder: Path) -> Path:
    """Write a filler file until the file system says ENOSPC; returns it."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    block = b"\0" * 65536
    try:
        while True:
            try:
                os.write(fd, block)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
                if len(block) == 1:
                    break
                block = block[: len(block) // 2]
    finally:
        os.close(fd)
    st = os.statvfs(folder)
    assert st.f_bavail == 0, "the tmpfs is not full"
    return filler


def inbox(stack) -> list[bytes]:
    return stack.messages(HQ)


def forwards_accepted(stack, store_path, n: int) -> int:
    ids = forward_ids(store_path, [c for c in store_cases(store_path) if c["report"].get("reference") == reference(n)])
    return sum(1 for a in stack.accepted if a.message_id and a.message_id.strip("<>") in ids)


def warm_up(stack, daemon) -> None:
    """One report so the store, its backup, the audit log and reply.key exist before the fault."""
    Burst(stack, [1]).run()
    wait_all_forwarded(stack, daemon.store_path, [1], timeout=30)


def blocked_then_released(stack, daemon, n: int, block, release, symptom: str) -> None:
    """Deliver report n while the store cannot be written, check it is held back, release, check once."""
    log_before = len(daemon.process.log_text())
    accepted_before = len(stack.accepted)
    block()
    Burst(stack, [n]).run()
    deadline = time.monotonic() + 20
    while "store write failed" not in daemon.process.log_text()[log_before:]:
        assert time.monotonic() < deadline, daemon.process.log_text()[-3000:]
        assert daemon.process.proc.poll() is None, "daemon died on a store it cannot write"
        time.sleep(0.1)
    time.sleep(6)  # at least one more retry round (STORE_RETRY_SECONDS = 5) while still blocked

    # not acknowledged: still in INBOX, no case, nothing forwarded, daemon alive
    waiting = inbox(stack)
    assert len(waiting) == 1 and reference(n).encode() in waiting[0]
    assert not any(c["report"].get("reference") == reference(n) for c in store_cases(daemon.store_path))
    assert len(stack.accepted) == accepted_before, "something was sent while the store could not record it"
    assert daemon.process.proc.poll() is None
    log = daemon.process.log_text()[log_before:]
    assert symptom in log
    # privacy: the log names the uid and the store file, never the person
    for secret in (f"Test Person {n}", f"9{n:09d}", reference(n), "106.215.88.14"):
        assert secret not in log
    assert "Traceback" not in log

    release()
    wait_all_forwarded(stack, daemon.store_path, [n], timeout=30)
    deadline = time.monotonic() + 10
    while inbox(stack) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert inbox(stack) == [], "the mail was not moved out of INBOX after recovery"
    time.sleep(1.0)  # a second copy would have been sent by now
    assert forwards_accepted(stack, daemon.store_path, n) == 1
    t = tally(stack, daemon.store_path, [1, n])
    assert t.cases == 2 and t.lost == 0 and t.duplicates == 0


def test_disk_full_holds_mail_until_space_is_freed(mailstack, daemon_on_tmpfs):
    daemon = daemon_on_tmpfs
    warm_up(mailstack, daemon)
    state = daemon.store_path.parent
    filler = state / "filler"
    blocked_then_released(mailstack, daemon, 2, block=lambda: fill(state), release=filler.unlink,
                          symptom="No space left on device")


def test_read_only_state_folder_holds_mail_until_writable(mailstack, daemon_on_tmpfs):
    daemon = daemon_on_tmpfs
    warm_up(mailstack, daemon)
    state = str(daemon.store_path.parent)

    # a plain "remount,ro" is refused while the daemon holds its lock file open for writing
    # ("mount point is busy"); a read-only bind mount over the folder makes every new open()
    # and rename fail with EROFS, which is what a store write meets on a read-only disk
    def read_only() -> None:
        for args in (("--bind", state, state), ("-o", "remount,bind,ro", state)):
            done = _mount(*args)
            assert done.returncode == 0, done.stderr

    def writable() -> None:
        done = subprocess.run(["umount", state], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr

    blocked_then_released(mailstack, daemon, 3, block=read_only, release=writable,
                          symptom="Read-only file system")
