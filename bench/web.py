"""The desk's page and /metrics on a busy store: render and scrape times (prints figures).

N reports (default 300) are committed through the real Desk into a temporary store; then the
status page, one case page and /metrics are served by the real aiohttp app and timed.
"""

import asyncio
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiohttp.test_utils import TestClient, TestServer  # noqa: E402

from daemon.app.desk import Desk, prepare  # noqa: E402
from daemon.app.health import Health  # noqa: E402
from daemon.edges.render import Renderer  # noqa: E402
from daemon.reading.reader import ReadingRules  # noqa: E402
from daemon.risk.scorer import UnknownScorer  # noqa: E402
from daemon.store.engine import Store  # noqa: E402
from daemon.web.metrics import Metrics  # noqa: E402
from daemon.web.server import WebServer  # noqa: E402
from tests.helpers import Clock, numbered_report, shipped_config  # noqa: E402

N = int(sys.argv[1]) if len(sys.argv) > 1 else 300

with tempfile.TemporaryDirectory() as tmp:
    config = shipped_config(Path(tmp))
    store, clock = Store(config.store_path), Clock()
    desk = Desk(config, store, Renderer(config.templates_dir, config.timezone), clock, key=b"k" * 32)
    rules = ReadingRules.from_config(config)
    for i in range(N):
        desk.commit(prepare(numbered_report(i), rules, config, UnknownScorer(), clock()), uidvalidity=1, uid=i + 1)
        clock.value += timedelta(seconds=20)
    health = Health(clock, "imap:993", "smtp:587")
    metrics = Metrics()
    metrics.watch(store.storage.read, health, lambda: 0)
    server = WebServer(lambda: config, health, store.storage.read, metrics, clock, None)

    async def timed(client, path, n=20):
        times, size = [], 0
        for _ in range(n):
            t0 = time.perf_counter()
            response = await client.get(path)
            size, status = len(await response.read()), response.status
            times.append((time.perf_counter() - t0) * 1000)
        return statistics.median(times), max(times), f"{size} status={status}"

    async def main():
        async with TestClient(TestServer(server.app())) as client:
            for path in ("/", "/case/LL-2026-000001", "/metrics"):
                p50, worst, size = await timed(client, path)
                print(f"{path:<22} cases={N} p50={p50:.1f} ms max={worst:.1f} ms bytes={size}")

    asyncio.run(main())
    store.close()
