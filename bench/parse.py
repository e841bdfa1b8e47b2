"""Parse timing: p50/p99 of read() over the fixture corpus, and peak memory for a 10 MB mail.

Prints figures; not a pass/fail test. Run: .venv/bin/python bench/parse.py [--rounds N]
"""

from __future__ import annotations

import argparse
import base64
import statistics
import time
import tracemalloc
from pathlib import Path

from daemon.reading.reader import ReadingRules, read

ROOT = Path(__file__).resolve().parents[1]
MAILS = ROOT / "tests" / "fixtures" / "mails"
RULES = ReadingRules(message_id_domain="lifeline.police.example.in")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def ten_mb_mail() -> bytes:
    raw = (MAILS / "fb_plain_english.eml").read_bytes()
    head, body = raw.split(b"\n\n", 1)
    head = head.replace(b'Content-Type: text/plain; charset="UTF-8"', b"Content-Type: multipart/mixed; boundary=big")
    blob = base64.encodebytes(bytes(range(256)) * (10 * 1024 * 1024 // 342))
    return (head + b"\n\n--big\nContent-Type: text/plain; charset=utf-8\n\n" + body + b"\n--big\n"
            b"Content-Type: image/png\nContent-Disposition: attachment; filename=shot.png\n"
            b"Content-Transfer-Encoding: base64\n\n" + blob + b"\n--big--\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    mails = {p.name: p.read_bytes() for p in sorted(MAILS.glob("*.eml"))}
    for raw in mails.values():  # warm imports and regex caches
        read(raw, RULES)
    times: list[float] = []
    reports: list[float] = []
    for _ in range(args.rounds):
        for raw in mails.values():
            start = time.perf_counter()
            reading = read(raw, RULES)
            elapsed = (time.perf_counter() - start) * 1000
            times.append(elapsed)
            if reading.kind.value == "platform_report":
                reports.append(elapsed)
    typical = mails["example_facebook_plain.eml"]
    one = []
    for _ in range(args.rounds * 5):
        start = time.perf_counter()
        read(typical, RULES)
        one.append((time.perf_counter() - start) * 1000)
    print(f"corpus: {len(mails)} mails x {args.rounds} rounds")
    print(f"  all mails     p50 {statistics.median(times):6.2f} ms   p99 {percentile(times, 0.99):6.2f} ms   max {max(times):6.2f} ms")
    print(f"  reports only  p50 {statistics.median(reports):6.2f} ms   p99 {percentile(reports, 0.99):6.2f} ms")
    print(f"  typical report (example_facebook_plain.eml) p50 {statistics.median(one):6.2f} ms   p99 {percentile(one, 0.99):6.2f} ms")

    big = ten_mb_mail()
    tracemalloc.start()
    start = time.perf_counter()
    reading = read(big, RULES)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"10 MB mail: {len(big) / 1e6:.1f} MB read in {elapsed * 1000:.0f} ms, kind {reading.kind.value}, "
          f"peak Python memory {peak / 1e6:.1f} MB ({peak / len(big):.1f}x the mail), problems {list(reading.problems)}")

    head = b"From: records@support.facebook.com\nSubject: Emergency Referral self-harm\n\n"
    hostile = {"1 MB of digits and dots": b"1." * 500_000, "100k label lines": b"Name: x\n" * 100_000,
               "100k dates": b"2026-11-28 " * 100_000, "125k IPs on a line": b"1.2.3.4 " * 125_000,
               "1 MB of colons": b":" * 1_000_000, "a date and 1 MB of spaces": b"2026-11-28 20:58 " + b" " * 1_000_000 + b"x",
               "500k blank lines": b" \n" * 500_000, "1 MB of spaces and a colon": b" " * 1_000_000 + b":"}
    worst = []
    for name, body in hostile.items():
        start = time.perf_counter()
        read(head + body, RULES)
        worst.append((time.perf_counter() - start, name))
    slowest = max(worst)
    print(f"hostile 1 MB bodies: slowest {slowest[0] * 1000:.0f} ms ({slowest[1]}) of {len(worst)}")


if __name__ == "__main__":
    main()
