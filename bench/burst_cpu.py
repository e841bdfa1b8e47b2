"""CPU time per report, by stage, of a burst handled in-process. Prints figures; not a test.

The same work as the daemon's intake for a burst, without the mail servers: fetch batches of
FETCH_BATCH numbered reports, chunked as intake chunks them, each chunk read, authenticated
(no DNS), scored, routed, then applied in one durable store transaction (render, compose,
spool, case, audit, ledger). CPU time (process_time), so a machine shared with other work
gives comparable figures. SMTP sending and IMAP fetch/move are not included.

    python bench/burst_cpu.py [N]   (default 1000)
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from daemon.app import parts as app_parts  # noqa: E402
from daemon.app.apply import Applier, people_index  # noqa: E402
from daemon.app.pipeline import STAGES  # noqa: E402
from daemon.config.load import load_config  # noqa: E402
from daemon.edges.imap import FETCH_BATCH, Incoming, chunked  # noqa: E402
from daemon.risk.onnx import load_scorer  # noqa: E402
from daemon.store.engine import Store  # noqa: E402
from tests.helpers import numbered_report  # noqa: E402


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    config = load_config(ROOT / "config.toml")
    state = Path(tempfile.mkdtemp(prefix="lifeline-burst-cpu-"))
    config = config.model_copy(update={"lifeline": config.lifeline.model_copy(update={"state_dir": state})})
    parts = app_parts.build(config, load_scorer(config.model_dir, threads=config.model_threads), b"k" * 32,
                            dnsfunc=lambda *a, **k: None)
    store = Store(config.store_path)
    now = lambda: datetime.now(timezone.utc)  # noqa: E731
    applier = Applier(store, people_index(store), now)
    mails = [Incoming(1, i, numbered_report(i)) for i in range(1, n + 1)]
    cpu = {name: 0.0 for name, _ in STAGES} | {"commit": 0.0}
    for start in range(0, n, FETCH_BATCH):
        for chunk in chunked(mails[start:start + FETCH_BATCH]):
            raws, at, batch = [m.raw for m in chunk], now(), []
            for name, stage in STAGES:
                t = time.process_time()
                batch = stage(parts.pipeline, raws, batch, at)
                cpu[name] += time.process_time() - t
            t = time.process_time()
            with store.transaction():
                for prepared, mail in zip(batch, chunk):
                    applier.mail(parts, prepared, uidvalidity=mail.uidvalidity, uid=mail.uid)
            cpu["commit"] += time.process_time() - t
    print(f"burst of {n} in-process: CPU ms per report by stage")
    for name, seconds in cpu.items():
        print(f"  {name:<14}{seconds * 1000 / n:7.2f}")
    print(f"  {'total':<14}{sum(cpu.values()) * 1000 / n:7.2f}")
    print(f"durable writes {store.writes}, live file {store.path.stat().st_size // 1024} KB")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
