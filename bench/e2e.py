"""End-to-end figures for Lifeline on the real local mail stack. Prints figures; not a test.

One run measures, against one Dovecot + SMTP relay stack on loopback:

- steady:  N reports (default 100) delivered over LMTP into the HQ mailbox at R/s (default 1);
           latency from delivery to the forward accepted by the relay, and to the forward
           readable in the officer's mailbox over IMAP: p50, p90, p99, max.
- floor:   the same steady latency (to accepted) for a bare IMAP IDLE -> fetch -> SMTP relay
           (bench/bare_relay.py) with no parsing, scoring or storage; ratio Lifeline / floor.
- burst:   B reports (default 1000) delivered as fast as LMTP takes them; time until the last
           forward is accepted, reports/s, latency of the first and the last report.
- memory:  the daemon's RSS idle (model loaded) and its peak (VmHWM) after the burst.
- history: the daemon's own handling time per report (its `handle_ms` log field) with H
           closed cases (default 100,000) in the store's history vs. an empty store.

Each phase runs a fresh daemon with a fresh store. Reports are copies of the example
Facebook report with a unique reference and fictional name. The table is printed and the
same figures are written as JSON to bench/results/.

    python bench/e2e.py [--steady 100] [--rate 1] [--burst 1000] [--history 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from daemon.config.load import load_config  # noqa: E402
from daemon.core.isotime import iso_utc  # noqa: E402
from daemon.dev.devstack import start_stack  # noqa: E402
from daemon.dev.devstack.process import DaemonProcess  # noqa: E402
from tests.helpers import numbered_report  # noqa: E402

OFFICER = "cr-jodhpur-comm@police.example.in"  # where the example report routes


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def summary(seconds: list[float]) -> dict:
    ms = [v * 1000 for v in seconds]
    return {"n": len(ms), "p50_ms": round(pct(ms, 50), 1), "p90_ms": round(pct(ms, 90), 1),
            "p99_ms": round(pct(ms, 99), 1), "max_ms": round(max(ms), 1), "mean_ms": round(statistics.mean(ms), 1)}


def rss_kb(pid: int) -> dict:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0])
    return fields


def wait_accepted(stack, count: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while len(stack.accepted) < count:
        if time.monotonic() > deadline:
            raise SystemExit(f"only {len(stack.accepted)} of {count} forwards accepted after {timeout} s")
        time.sleep(0.002)


def steady(stack, hq: str, reports: int, rate: float, first: int, mailbox: bool) -> tuple[list, list]:
    to_accepted, to_mailbox = [], []
    for n in range(first, first + reports):
        before = len(stack.accepted)
        t0 = stack.deliver(hq, numbered_report(n))
        wait_accepted(stack, before + 1, 30)
        accepted = stack.accepted[before]
        to_accepted.append(accepted.time - t0)
        if mailbox:
            mid = (accepted.message_id or "").strip("<>").encode()
            stack.wait_for(OFFICER, lambda raw: mid in raw, timeout=30)
            to_mailbox.append(time.time() - t0)
        time.sleep(max(0.0, 1.0 / rate - (time.time() - t0)))
    return to_accepted, to_mailbox


def burst(stack, hq: str, count: int, first: int) -> dict:
    before = len(stack.accepted)
    sent_at: list[float] = []

    def deliver_all():
        for n in range(first, first + count):
            sent_at.append(stack.deliver(hq, numbered_report(n)))

    feeder = threading.Thread(target=deliver_all)
    start = time.time()
    feeder.start()
    wait_accepted(stack, before + 1, 60)
    first_latency = stack.accepted[before].time - start
    feeder.join()
    delivered = time.time()
    wait_accepted(stack, before + count, 600)
    done = stack.accepted[before + count - 1].time
    return {
        "reports": count, "delivery_s": round(delivered - start, 2), "all_forwarded_s": round(done - start, 2),
        "reports_per_s": round(count / (done - start), 1), "first_latency_ms": round(first_latency * 1000, 1),
        "last_latency_ms": round((done - sent_at[-1]) * 1000, 1),
    }


def handle_ms(log_text: str) -> list[float]:
    return [float(v) for v in re.findall(r"kind=platform_report .*handle_ms=([0-9.]+)", log_text)]


def seed_history(state_dir: Path, cases: int) -> None:
    """A store whose history holds `cases` closed cases (fictional, old), as the daemon keeps them."""
    state_dir.mkdir(parents=True, exist_ok=True)
    closed_at = datetime(2025, 1, 1, tzinfo=timezone.utc)
    table = {}
    for i in range(1, cases + 1):
        when = iso_utc(closed_at + timedelta(minutes=i))
        table[str(i)] = {
            "id": f"LL-2025-{i:06d}", "state": "closed", "created_at": when, "closed_at": when,
            "report": {"platform": "facebook", "reference": f"H{i}", "subject_name": None, "phones": [], "emails": [],
                       "ips": [], "profile_urls": [], "usernames": [], "post_text": None, "post_time": None,
                       "location_hints": [], "language": None},
            "risk": {"score": 0.5, "level": "medium", "problem": None},
            "route": {"station": None, "police_district": "Jodhpur Commissionerate", "district": "Jodhpur",
                      "matched_by": "district_name", "confidence": 0.7, "recipients": [OFFICER], "candidates": []},
            "source_message_id": f"hist{i}@example.org", "authentic": True, "hold_reason": None,
            "acknowledged_by": OFFICER, "acknowledged_at": when,
            "events": [{"at": when, "kind": "received", "actor": "lifeline", "detail": ""}],
        }
    meta = {"1": {"key": "case_seq_2025", "value": cases}}
    (state_dir / "lifeline.json").write_text(json.dumps({"cases": table, "meta": meta}))
    os.chmod(state_dir / "lifeline.json", 0o600)


class Daemon:
    """A fresh `lifeline run` with its own store for one phase."""

    def __init__(self, stack, work: Path, name: str, seed_cases: int = 0):
        state = work / name / "state"
        if seed_cases:
            seed_history(state, seed_cases)
        cfg = stack.write_config(ROOT / "config.toml", work / name / "config.toml", state_dir=str(state))
        self.process = DaemonProcess(cfg, work / name / "daemon.log").start()
        self.process.wait_ready(timeout=300)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.process.stop(timeout=60)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steady", type=int, default=100)
    parser.add_argument("--rate", type=float, default=1.0, help="steady reports per second")
    parser.add_argument("--burst", type=int, default=1000)
    parser.add_argument("--history", type=int, default=100_000, help="closed cases in the seeded store")
    parser.add_argument("--history-reports", type=int, default=30)
    args = parser.parse_args()
    config = load_config(ROOT / "config.toml")
    hq = config.imap.username
    work = Path(tempfile.mkdtemp(prefix="lifeline-bench-"))
    work.chmod(0o711)
    results: dict = {"when": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), "cores": os.cpu_count()}
    n = 1
    with start_stack(work / "stack", config.addresses()) as stack:
        # floor: the bare relay on the same stack
        relay = subprocess.Popen(
            [sys.executable, str(ROOT / "bench" / "bare_relay.py"), stack.host, str(stack.imap_port),
             str(stack.smtp_port), hq, str(stack.password_file), str(stack.ca_file), OFFICER],
            stdout=subprocess.PIPE, text=True)
        relay.stdout.readline()
        floor, _ = steady(stack, hq, args.steady, args.rate, n, mailbox=False)
        n += args.steady
        relay.terminate()
        relay.wait(30)

        with Daemon(stack, work, "steady") as daemon:
            idle = rss_kb(daemon.process.proc.pid)
            accepted, in_mailbox = steady(stack, hq, args.steady, args.rate, n, mailbox=True)
            n += args.steady
            empty_handle = handle_ms(daemon.process.log_text())
        with Daemon(stack, work, "burst") as daemon:
            results["burst"] = burst(stack, hq, args.burst, n)
            n += args.burst
            after = rss_kb(daemon.process.proc.pid)
        with Daemon(stack, work, "history", seed_cases=args.history) as daemon:
            steady(stack, hq, args.history_reports, max(args.rate, 2.0), n, mailbox=False)
            history_handle = handle_ms(daemon.process.log_text())

    results["steady"] = {
        "reports": args.steady, "rate_per_s": args.rate,
        "to_accepted": summary(accepted), "to_mailbox": summary(in_mailbox), "floor_to_accepted": summary(floor),
    }
    results["steady"]["ratio_p50"] = round(results["steady"]["to_accepted"]["p50_ms"] / results["steady"]["floor_to_accepted"]["p50_ms"], 2)
    results["steady"]["over_floor_p50_ms"] = round(results["steady"]["to_accepted"]["p50_ms"] - results["steady"]["floor_to_accepted"]["p50_ms"], 1)
    results["memory_mb"] = {"idle_rss": round(idle["VmRSS"] / 1024, 1), "peak_after_burst": round(after["VmHWM"] / 1024, 1),
                            "rss_after_burst": round(after["VmRSS"] / 1024, 1)}
    results["history"] = {
        "closed_cases": args.history, "handle_ms_empty_p50": round(pct(empty_handle, 50), 1),
        "handle_ms_history_p50": round(pct(history_handle, 50), 1),
    }
    results["history"]["ratio"] = round(results["history"]["handle_ms_history_p50"] / results["history"]["handle_ms_empty_p50"], 2)

    s = results["steady"]
    print(f"\nLifeline end to end — {results['cores']} cores, {results['when']}")
    print(f"{'steady ' + str(args.steady) + ' @ ' + str(args.rate) + '/s (ms)':<36}{'p50':>9}{'p90':>9}{'p99':>9}{'max':>9}")
    for label, key in (("delivery -> forward accepted", "to_accepted"), ("delivery -> in officer's mailbox", "to_mailbox"),
                       ("bare relay floor (accepted)", "floor_to_accepted")):
        print(f"  {label:<34}{s[key]['p50_ms']:>9}{s[key]['p90_ms']:>9}{s[key]['p99_ms']:>9}{s[key]['max_ms']:>9}")
    print(f"  Lifeline / floor (p50): {s['ratio_p50']}   Lifeline - floor (p50): {s['over_floor_p50_ms']} ms")
    b = results["burst"]
    print(f"burst {b['reports']}: delivered in {b['delivery_s']} s, all forwarded in {b['all_forwarded_s']} s "
          f"= {b['reports_per_s']} reports/s; first {b['first_latency_ms']} ms, last {b['last_latency_ms']} ms")
    m = results["memory_mb"]
    print(f"memory: idle RSS {m['idle_rss']} MB, peak (VmHWM) after burst {m['peak_after_burst']} MB")
    h = results["history"]
    print(f"history: handling p50 {h['handle_ms_empty_p50']} ms empty vs {h['handle_ms_history_p50']} ms "
          f"with {h['closed_cases']} closed cases (ratio {h['ratio']})")
    out = ROOT / "bench" / "results" / f"e2e-{results['when'].replace(':', '')}.json"
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"written: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
