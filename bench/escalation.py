"""Escalation timing on the real local mail stack. Prints figures; not a test.

For each of N station reports (fictional people, PS Malviya Nagar) with chain minutes
shortened to seconds (minute_seconds), nobody replies: the time from each case's stored
deadline (next_due_at) to the relay accepting the step-2 escalation mail to the SHO. Half
of the runs SIGKILL the daemon while the step is pending and restart it 1 s before the
deadline, to measure the restart path too.

    python bench/escalation.py [--reports 6] [--minute-seconds 1.0]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from daemon.config.load import load_config  # noqa: E402
from daemon.core.ids import case_id as make_case_id  # noqa: E402
from daemon.core.isotime import from_iso  # noqa: E402
from daemon.dev.devstack import start_stack  # noqa: E402
from daemon.dev.devstack.process import DaemonProcess, store_cases  # noqa: E402

TEMPLATE = (ROOT / "tests" / "fixtures" / "examples" / "facebook_plain.eml").read_bytes()
HQ, SHO = "scrb-sm-desk@police.example.in", "sho-malviyanagar-jpr@police.example.in"


def report(n: int) -> bytes:
    return (TEMPLATE.replace(b"City (profile): Jodhpur, Rajasthan", "City (profile): Malviya Nagar, Jaipur".encode())
            .replace(b"8812045567", f"66{n:08d}".encode()).replace(b"Suresh Meghwal", f"Bench Person {n}".encode())
            .replace(b"100078812345670", f"1000766{n:08d}".encode())
            .replace(b"+91 98290 41736", f"+91 98290 {n:05d}".encode()))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=6)
    parser.add_argument("--minute-seconds", type=float, default=1.0)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="lifeline-bench-esc-"))
    users = load_config(ROOT / "config.toml").addresses()
    stack_dir = Path(tempfile.mkdtemp(prefix="lifeline-bench-esc-stack-"))
    stack = start_stack(stack_dir, users)
    try:
        config = stack.write_config(ROOT / "config.toml", work / "config.toml", state_dir=str(work / "state"),
                                    send_retry_seconds=[0.3, 0.5, 1.0], minute_seconds=args.minute_seconds)
        store = work / "state" / "lifeline.json"
        proc = DaemonProcess(config, work / "daemon.log").start()
        proc.wait_ready()
        plain, restarted = [], []
        for n in range(1, args.reports + 1):
            case_id = make_case_id(datetime.now().year, n)
            stack.deliver(HQ, report(n))
            deadline = time.monotonic() + 15
            due = None
            while due is None and time.monotonic() < deadline:
                c = next((c for c in store_cases(store) if c["id"] == case_id), None)
                due = c and c.get("next_due_at")
                time.sleep(0.02)
            due_t = from_iso(due).timestamp()
            kill = n % 2 == 0
            if kill:
                proc.kill()
                time.sleep(max(0.0, due_t - time.time() - 1.0))
                proc.start().wait_ready()
            while time.monotonic() < deadline + 20:
                got = [a for a in stack.accepted if SHO in a.rcpts and f"{case_id}.escalation." in (a.message_id or "")]
                if got:
                    (restarted if kill else plain).append(got[0].time - due_t)
                    break
                time.sleep(0.02)
            else:
                print(f"{case_id}: no escalation seen", file=sys.stderr)
        proc.stop()
        for name, values in (("running", plain), ("killed+restarted", restarted)):
            if values:
                ms = [v * 1000 for v in values]
                print(f"deadline -> escalation accepted ({name}): n={len(ms)} mean={statistics.mean(ms):.0f} ms "
                      f"min={min(ms):.0f} ms max={max(ms):.0f} ms")
    finally:
        stack.stop()
        shutil.rmtree(stack_dir, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
