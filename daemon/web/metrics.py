"""/metrics: prometheus_client instruments in a registry of the daemon's own (no globals).

Counters and histograms only ever grow, as Prometheus expects: what happened since the
daemon started is observed once, from the store (the truth), by walking its snapshot at each
scrape and remembering what was already counted; a restart starts them at zero. Gauges
(cases by state and risk, queues, the links) are read fresh at each scrape.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Sequence

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily

from daemon.core.risk import RiskScore
from daemon.web.view import when as _when

TIMES = (5, 10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600)
FAST = (0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900)


class Metrics:
    def __init__(self) -> None:
        self.registry = r = CollectorRegistry(auto_describe=True)
        self.intake = Counter("lifeline_intake_mails", "Mails taken from the HQ mailbox, by kind", ["kind"], registry=r)
        self.to_forward = Histogram("lifeline_time_to_forward_seconds",
                                    "Report handled to forward mail accepted by the SMTP server", ["district"],
                                    buckets=FAST, registry=r)
        self.to_ack = Histogram("lifeline_time_to_acknowledge_seconds", "Report to first acknowledgement",
                                ["district"], buckets=TIMES, registry=r)
        self.to_reach = Histogram("lifeline_time_to_reach_seconds", "Report to 'person reached'", ["district"],
                                  buckets=TIMES, registry=r)
        self.escalations = Counter("lifeline_escalations", "Chain steps taken after no acknowledgement",
                                   ["district"], registry=r)
        self.failures = Counter("lifeline_delivery_failures", "Mails the SMTP server refused for good", ["purpose"],
                                registry=r)
        self.model = Histogram("lifeline_model_seconds", "Seconds per risk-model call (one batch of posts)",
                               buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5), registry=r)
        self.model_posts = Counter("lifeline_model_posts", "Posts scored", registry=r)
        self._seen: dict[str, tuple[int, bool, bool, bool]] = {}  # case -> (events, ack, reach, forward)
        self._failed: set[str] = set()
        self._sources: list = []

    def watch(self, snapshot, health, left_in_inbox) -> None:
        """Start from what the store already holds (counted by an earlier run), then read the
        live state through these callables at each scrape."""
        self._snapshot, self._health, self._left = snapshot, health, left_in_inbox
        self.observe(snapshot(), count=False)
        self.registry.register(_Gauges(self))

    def observe(self, snapshot: dict, count: bool = True) -> None:
        """Count what happened since the last look: acknowledgements, reaches, forwards,
        escalations and delivery failures."""
        sent_forward: dict[str, datetime] = {}
        for m in snapshot.get("outbox", {}).values():
            if m.get("purpose") == "forward" and m.get("status") == "sent" and m.get("sent_at"):
                t = _when(m["sent_at"])
                if m["case_id"] not in sent_forward or t < sent_forward[m["case_id"]]:
                    sent_forward[m["case_id"]] = t
            if m.get("status") == "failed" and m["message_id"] not in self._failed:
                self._failed.add(m["message_id"])
                if count:
                    self.failures.labels(m.get("purpose") or "other").inc()
        seen: dict[str, tuple[int, bool, bool, bool]] = {}
        for case in snapshot.get("cases", {}).values():
            cid, district = case["id"], case["route"].get("district") or "unknown"
            n, acked, reached, forwarded = self._seen.get(cid, (0, False, False, False))
            created = _when(case["created_at"])
            events = case.get("events", [])
            if count:
                for e in events[n:]:
                    if e["kind"] == "escalated":
                        self.escalations.labels(district).inc()
                if not acked and case.get("acknowledged_at"):
                    self.to_ack.labels(district).observe((_when(case["acknowledged_at"]) - created).total_seconds())
                if not reached and case.get("attended_at"):
                    self.to_reach.labels(district).observe((_when(case["attended_at"]) - created).total_seconds())
                if not forwarded and cid in sent_forward:
                    self.to_forward.labels(district).observe(max(0.0, (sent_forward[cid] - created).total_seconds()))
            seen[cid] = (len(events), acked or bool(case.get("acknowledged_at")), reached or bool(case.get("attended_at")),
                         forwarded or cid in sent_forward)
        self._seen = seen  # archived cases drop out

    def scrape(self) -> bytes:
        self.observe(self._snapshot())
        return generate_latest(self.registry)


class _Gauges:
    """Read at scrape time: cases by state and risk, queues, the links, the last intake."""

    def __init__(self, metrics: Metrics) -> None:
        self.m = metrics

    def collect(self):
        snap, health = self.m._snapshot(), self.m._health
        cases = GaugeMetricFamily("lifeline_cases", "Cases in the live store by state and risk", labels=["state", "risk"])
        counts: dict[tuple[str, str], int] = {}
        for c in snap.get("cases", {}).values():
            key = (c.get("state", "?"), c.get("risk", {}).get("level", "unknown"))
            counts[key] = counts.get(key, 0) + 1
        for (state, risk), n in sorted(counts.items()):
            cases.add_metric([state, risk], n)
        yield cases
        queue = GaugeMetricFamily("lifeline_queue_depth", "Work waiting", labels=["queue"])
        outbox = list(snap.get("outbox", {}).values())
        queue.add_metric(["outbox_pending"], sum(m.get("status") == "pending" for m in outbox))
        queue.add_metric(["inbox_retry"], self.m._left())
        queue.add_metric(["held_cases"], sum(c.get("state") == "held" for c in snap.get("cases", {}).values()))
        yield queue
        up = GaugeMetricFamily("lifeline_link_up", "1 while the link works", labels=["link"])
        up.add_metric(["intake"], 1 if health.intake.ok else 0)
        up.add_metric(["smtp"], 1 if health.smtp.down_since is None else 0)
        yield up
        yield GaugeMetricFamily("lifeline_ready", "1 when /readyz answers 200", value=1 if health.ready else 0)
        last = health.last_mail_at.timestamp() if health.last_mail_at else 0
        yield GaugeMetricFamily("lifeline_last_intake_timestamp_seconds", "When mail was last seen in INBOX (0: never)",
                                value=last)
        yield GaugeMetricFamily("lifeline_model_loaded", "1 when the risk model is loaded (0: unknown = high)",
                                value=1 if health.model.startswith("loaded") else 0)

    def describe(self):
        return []


class TimedScorer:
    """A RiskScorer that records each call's time (runs in a worker thread; the
    prometheus_client instruments are thread-safe)."""

    def __init__(self, scorer, metrics: Metrics) -> None:
        self.scorer, self.metrics = scorer, metrics

    def score_batch(self, texts: Sequence[str]) -> list[RiskScore]:
        started = time.perf_counter()
        try:
            return self.scorer.score_batch(texts)
        finally:
            self.metrics.model.observe(time.perf_counter() - started)
            self.metrics.model_posts.inc(len(texts))
