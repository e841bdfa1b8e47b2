"""Everything that watches the daemon rather than the mail: health, metrics, the desk's web
server, the alarms and systemd's notify/watchdog. The service makes one and hands it to the
edges; these parts never touch a case.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime
from typing import Callable

from daemon.app.alarms import Alarms, alert_mail
from daemon.app.health import Health
from daemon.config.secrets import web_token
from daemon.edges.systemd import Notifier
from daemon.risk.scorer import UnknownScorer
from daemon.web.metrics import Metrics, TimedScorer

log = logging.getLogger("lifeline.service")


def config_digest(config) -> str | None:
    """The SHA-256 of the text the running config was read from (the last good one's, when
    the file on disk was refused), else of its file."""
    if config.source_text:
        return hashlib.sha256(config.source_text.encode("utf-8")).hexdigest()
    try:
        return hashlib.sha256(config.path.read_bytes()).hexdigest() if config.path else None
    except OSError:
        return None


class Oversight:
    def __init__(self, config, now: Callable[[], datetime], notifier: Notifier | None = None,
                 monotonic: Callable[[], float] | None = None) -> None:
        self.health = Health(now, f"{config.imap.host}:{config.imap.port}", f"{config.smtp.host}:{config.smtp.port}",
                             **({"monotonic": monotonic} if monotonic else {}))
        self.health.config_loaded(config_digest(config) or "")
        self.metrics = Metrics()
        self.notifier = notifier or Notifier()
        self.health.on_ready.append(self._ready)
        self.web = None

    def timed(self, scorer):
        """The scorer, timed for /metrics; its state (loaded or unknown) goes to health."""
        if isinstance(scorer, UnknownScorer):
            self.health.model_unknown(scorer.reason)
        else:
            self.health.model = "loaded"
        return TimedScorer(scorer, self.metrics)

    def handled(self, kind: str) -> None:
        self.metrics.intake.labels(kind).inc()

    def reloaded(self, config) -> None:
        self.health.config_loaded(config_digest(config) or "")
        self.health.config_good_again()

    def refused(self, problems: tuple[str, ...]) -> None:
        self.health.config_refused(problems)

    def _ready(self) -> None:
        log.info("lifeline ready: intake connected; signalling readiness (sd_notify READY=1, /readyz)")
        self.notifier.notify("READY=1", "STATUS=intake connected")

    def tasks(self, service, stop) -> list:
        """The coroutines to run beside intake and the outbox."""
        from daemon.web.server import WebServer

        config = service.config
        store = service.store
        self.metrics.watch(lambda: store.storage.read(), self.health,
                           lambda: service.intake.left_in_inbox if service.intake else 0)
        out = [self.notifier.watchdog(stop)]
        alarms = Alarms(self.health, config.alerts.after_minutes * config.minute_seconds, config.timezone,
                        config.alerts.alert_command, config.alerts.command_timeout_seconds,
                        lambda alert: self._mail(service, alert), remind_at=config.summary.at)
        out.append(alarms.run(stop))
        from daemon.app import canary, daily
        out.append(daily.run(service, stop))
        out.append(canary.run(service, alarms, stop))
        if config.web.enabled:
            try:
                token = web_token(config.web)
            except ValueError as exc:
                log.error("status page not started: %s", exc)
            else:
                self.web = WebServer(lambda: service.config, self.health, lambda: store.storage.read(),
                                     self.metrics, service.now, token)
                out.append(self.web.run(stop))
        return out

    def _mail(self, service, alert) -> None:
        alert_mail(service, alert)
        service.outbox.kick()

    def stopping(self) -> None:
        self.notifier.notify("STOPPING=1")
