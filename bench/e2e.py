"""End-to-end latency of Lifeline on the real local mail stack. Prints figures; not a test.

steady: N reports delivered over LMTP into the HQ mailbox at a fixed rate; for each, the time
from the LMTP delivery to (a) the relay accepting the forward over SMTP and (b) the forward
being readable in the officer's mailbox over IMAP. Reports are the example Facebook report
with a unique reference and name per copy (fictional people).

    python bench/e2e.py [--reports 20] [--rate 1.0]

Results are printed as a table and written as JSON to bench/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from daemon.config import load_config  # noqa: E402
from daemon.devstack import start_stack  # noqa: E402
from daemon.devstack.process import DaemonProcess  # noqa: E402

TEMPLATE = (ROOT / "tests" / "fixtures" / "examples" / "facebook_plain.eml").read_bytes()


def report(n: int) -> bytes:
    """A distinct copy of the example report: new reference, Message-ID and name."""
    return (TEMPLATE.replace(b"8812045567", f"77{n:08d}".encode())
            .replace(b"Suresh Meghwal", f"Bench Person {n}".encode())
            .replace(b"100078812345670", f"1000788{n:08d}".encode())  # a new person, not a repeat report
            .replace(b"+91 98290 41736", f"+91 98290 {n % 100000:05d}".encode()))


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def summary(values: list[float]) -> dict:
    ms = [v * 1000 for v in values]
    return {"n": len(ms), "p50_ms": round(pct(ms, 50), 1), "p90_ms": round(pct(ms, 90), 1),
            "p99_ms": round(pct(ms, 99), 1), "max_ms": round(max(ms), 1), "mean_ms": round(statistics.mean(ms), 1)}


def steady(stack, hq: str, officer: str, reports: int, rate: float) -> tuple[list[float], list[float]]:
    accepted_lat, mailbox_lat = [], []
    for n in range(1, reports + 1):
        before = len(stack.accepted)
        t0 = stack.deliver(hq, report(n))
        deadline = time.monotonic() + 30
        while len(stack.accepted) <= before and time.monotonic() < deadline:
            time.sleep(0.002)
        if len(stack.accepted) <= before:
            raise SystemExit(f"report {n}: no forward accepted within 30 s")
        accepted_lat.append(stack.accepted[before].time - t0)
        forward_id = f"LL-{datetime.now().year}-{n:06d}.forward.1@".encode()  # fresh store: case n
        stack.wait_for(officer, lambda raw: forward_id in raw, timeout=30)
        mailbox_lat.append(time.time() - t0)
        time.sleep(max(0.0, 1.0 / rate - (time.time() - t0)))
    return accepted_lat, mailbox_lat


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=20)
    parser.add_argument("--rate", type=float, default=1.0, help="reports per second")
    args = parser.parse_args()
    config = load_config(ROOT / "config.toml")
    hq = config.imap.username
    work = Path(tempfile.mkdtemp(prefix="lifeline-bench-"))
    work.chmod(0o711)
    with start_stack(work / "stack", config.addresses()) as stack:
        cfg = stack.write_config(ROOT / "config.toml", work / "config.toml", state_dir=str(work / "state"))
        daemon = DaemonProcess(cfg, work / "daemon.log").start()
        try:
            daemon.wait_ready()
            officer = "cr-jodhpur-comm@police.example.in"
            accepted, mailbox = steady(stack, hq, officer, args.reports, args.rate)
        finally:
            daemon.stop()
    results = {
        "when": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), "cores": os.cpu_count(),
        "steady": {"reports": args.reports, "rate_per_s": args.rate,
                   "lmtp_to_forward_accepted": summary(accepted), "lmtp_to_forward_in_mailbox": summary(mailbox)},
    }
    print(f"steady: {args.reports} reports at {args.rate}/s, {os.cpu_count()} cores")
    print(f"{'latency':<34}{'p50':>9}{'p90':>9}{'p99':>9}{'max':>9}  (ms)")
    for key in ("lmtp_to_forward_accepted", "lmtp_to_forward_in_mailbox"):
        s = results["steady"][key]
        print(f"{key:<34}{s['p50_ms']:>9}{s['p90_ms']:>9}{s['p99_ms']:>9}{s['max_ms']:>9}")
    out = ROOT / "bench" / "results" / f"e2e-{results['when'].replace(':', '')}.json"
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"written: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
