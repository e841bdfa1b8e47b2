"""Routing speed on the shipped config: p50/p99 per report over varied hints (prints figures)."""

import statistics
import time
from datetime import datetime, timezone
from pathlib import Path

from daemon.config.load import load_config
from daemon.core.report import Report
from daemon.core.routing import route

HINTS = [("Near Ratanada police line, Jodhpur",), ("सरदारपुरा, जोधपुर",), ("Jodhpure",), ("PIN 334001",),
         ("Jaipur (East)",), ("Jodhpur railway station",), ("village Chomu, district Jaipur",), ("Mumbai",),
         ("Sri Ganga Nagar", "Kota or Bikaner"), ()]

config = load_config(Path(__file__).resolve().parents[1] / "config.toml")
now = datetime(2026, 12, 1, tzinfo=timezone.utc)
times = []
for i in range(2000):
    t0 = time.perf_counter()
    route(Report(location_hints=HINTS[i % len(HINTS)]), config, now)
    times.append((time.perf_counter() - t0) * 1000)
times.sort()
print(f"route(): n={len(times)} p50={statistics.median(times):.2f} ms p99={times[int(len(times) * 0.99)]:.2f} ms "
      f"max={times[-1]:.2f} ms")
