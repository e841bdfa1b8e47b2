"""Wires the parts into one asyncio process: intake -> pipeline -> handlers -> store -> outbox.

Start-up opens (and locks) the store, builds the parts from the config (pipeline, renderer,
reply key; daemon.app.parts), the person index and the applier, then starts the IMAP watcher,
the outbox sender, the escalation timers, the config watcher and maintenance. ``stop`` ends
them after the mail in hand; the store is closed last.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
import traceback
from datetime import datetime, timezone
from typing import Callable

from daemon.app import parts as app_parts
from daemon.app.apply import Applier, people_index
from daemon.app.timers import Escalator
from daemon.config import lastgood
from daemon.config.schema import Config
from daemon.config.secrets import load_key
from daemon.config.watch import ConfigWatcher
from daemon.core.delivery import Trouble
from daemon.app.oversight import Oversight
from daemon.edges.clock import Clock
from daemon.edges.imap import ImapIntake, Incoming
from daemon.edges.smtp import Outbox
from daemon.handlers.decision import Outcome
from daemon.handlers.inputs import Prepared
from daemon.risk.onnx import load_scorer
from daemon.risk.scorer import RiskScorer
from daemon.store.engine import Store, StoreError
from daemon.store.retention import maintain

log = logging.getLogger("lifeline.service")

MAX_TRIES = 3
STORE_RETRY_SECONDS = 5.0


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Service:
    def __init__(self, config: Config, scorer: RiskScorer | None = None, now: Callable[[], datetime] = utcnow,
                 clock: Clock | None = None, fallback: str | None = None) -> None:
        """``clock`` (wall and monotonic) for the timers; ``now`` alone sets its wall clock.
        ``fallback``: the config is the last good one, the file on disk was refused (why)."""
        self.clock = clock or Clock(wall=now)
        self.now = now = self.clock.now
        self.fallback = fallback
        self.oversight = Oversight(config, now, monotonic=self.clock.monotonic)  # health, metrics, page, alarms, sd_notify
        if fallback:
            log.warning("config: %s", fallback)
            self.oversight.health.config_on_last_good(fallback)
        scorer = self.oversight.timed(scorer if scorer is not None else
                                      load_scorer(config.model_dir, threads=config.model_threads))
        self.parts = app_parts.build(config, scorer, load_key(config))
        self.stop_event = asyncio.Event()
        self._tries: dict[tuple[int, int], int] = {}
        self.store: Store | None = None
        self.intake: ImapIntake | None = None

    @property
    def config(self) -> Config:
        return self.parts.config

    def stop(self) -> None:
        self.stop_event.set()

    def attach(self, store: Store) -> None:
        """What works on the open store: the person index (read once, here) and the applier."""
        self.store = store
        self.applier = Applier(store, people_index(store), self.now)

    async def run(self) -> None:
        config = self.config
        store = Store(config.store_path)
        try:
            self.attach(store)
            if not self.fallback:  # holding the store's lock: only this daemon writes state_dir
                self._keep_last_good(config)
            self.outbox = Outbox(store, config.smtp, config.send_retry_seconds, self.now, on_trouble=self._delivery_trouble,
                                 warn_minutes=config.send_warn_minutes, health=self.oversight.health,
                                 monotonic=self.clock.monotonic)
            self.intake = ImapIntake(config.imap, self, health=self.oversight.health)
            self.escalator = Escalator(self.applier.due_cases, self._fire, self.clock, self.outbox.kick)
            self.escalator.start()
            log.info("lifeline started store=%s", config.store_path)
            tasks = [self.intake.run(self.stop_event), self.outbox.run(self.stop_event),
                     self.escalator.run(self.stop_event),
                     *self.oversight.tasks(self, self.stop_event)]
            if config.path is not None:  # hot reload of routing, rosters and chains
                tasks.append(ConfigWatcher(config.path, self.now, self._reload, self._refused,
                                           templates_dir=config.templates_dir).run(self.stop_event))
            tasks.append(self._maintenance(self.stop_event))
            try:
                await self._run_all(tasks)
            finally:
                self.oversight.stopping()
        finally:
            store.close()
            log.info("lifeline stopped")

    async def _run_all(self, coroutines) -> None:
        """Run the daemon's loops together. A loop that dies takes the others down with it and
        the daemon exits non-zero (systemd restarts it): half a daemon that reads mail but can
        no longer send it would look alive while deaf to its own output."""
        tasks = [asyncio.ensure_future(c) for c in coroutines]
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        except asyncio.CancelledError:
            for task in tasks:
                task.cancel()
            raise
        failed = next((t for t in done if not t.cancelled() and t.exception() is not None), None)
        if failed is not None:
            log.critical("a daemon loop failed: %s; stopping so that the service manager restarts lifeline",
                         type(failed.exception()).__name__)
            self.stop_event.set()
        rest = [t for t in tasks if not t.done()]
        if rest:
            await asyncio.wait(rest, timeout=10)
        for task in rest:
            task.cancel()
        await asyncio.gather(*rest, return_exceptions=True)
        if failed is not None:
            raise failed.exception()

    async def _maintenance(self, stop: asyncio.Event) -> None:
        """Archive old rows and erase personal data past retention, at start and then periodically."""
        while not stop.is_set():
            try:
                maintain(self.store, self.now(), self.config.store)
            except Exception as exc:  # noqa: BLE001 - housekeeping must never stop intake
                log.error("maintenance failed error=%s", type(exc).__name__)
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=self.config.store.maintenance_minutes * 60)

    # -- what the other parts call back: always through the current parts --------------------
    def _reload(self, config: Config) -> None:
        """A validated config: build the new parts, then swap them in for new work."""
        parts, kept = app_parts.reloaded(self.parts, config)
        if kept:
            log.warning("config change of %s needs a restart; running with the old values", ",".join(kept))
        self.parts = parts
        self.oversight.reloaded(parts.config)
        self._keep_last_good(parts.config)

    def _keep_last_good(self, config: Config) -> None:
        try:
            if lastgood.keep(config, self.now()):
                log.info("config: kept as the last good config in %s", config.state_dir / lastgood.FILE)
        except OSError as exc:  # the store's own writes will say more; starting matters more
            log.error("config: could not keep the last good config: %s", exc.strerror or exc)

    def _refused(self, problems: tuple[str, ...], digest: str) -> None:
        self.oversight.refused(problems)
        self.applier.config_refused(self.parts, problems, digest)
        self.outbox.kick()

    def _delivery_trouble(self, trouble: Trouble) -> None:
        """A refused or long-deferred mail: the case and the desk hear now (the outbox wakes
        itself to send the notice); an escalation it caused re-arms the timers."""
        self.applier.delivery_trouble(self.parts, trouble)
        self.escalator.sync()

    def _fire(self, case_id: str, armed: datetime) -> datetime | None:
        return self.applier.timer(self.parts, case_id, armed=armed)

    # -- the intake's handler: prepare (off the loop), then commit ---------------------------
    async def prepare(self, mails: list[Incoming]) -> list[Prepared] | Exception:
        """Read, authenticate, score (one model call for the chunk) and route, in a worker thread."""
        try:
            return await asyncio.to_thread(self.parts.pipeline.run, [m.raw for m in mails], self.now())
        except Exception as exc:  # noqa: BLE001 - commit finds the culprit one by one
            return exc

    async def commit(self, mails: list[Incoming], prepared: list[Prepared] | Exception) -> list[str | None]:
        """A chunk is committed in one durable write. If anything in it fails, the chunk is
        rolled back and its mails are handled one by one, so that a poison mail is found and
        quarantined on its own."""
        started = time.perf_counter()
        if not isinstance(prepared, Exception):
            try:
                with self.store.transaction():
                    outcomes = [self.applier.mail(self.parts, p, uidvalidity=m.uidvalidity, uid=m.uid)
                                for p, m in zip(prepared, mails)]
            except StoreError as exc:
                return await self._store_failed(mails, exc)
            except Exception as exc:  # noqa: BLE001
                prepared = exc
            else:
                return self._done(mails, outcomes, started)
        if len(mails) > 1:
            log.warning("chunk of %d failed (%s); handling its mails one by one", len(mails), type(prepared).__name__)
        return [await self._handle(mail) for mail in mails]

    async def _handle_batch(self, mails: list[Incoming]) -> list[str | None]:
        return await self.commit(mails, await self.prepare(mails))

    async def _handle(self, incoming: Incoming) -> str | None:
        key = (incoming.uidvalidity, incoming.uid)
        started = time.perf_counter()
        try:
            [prepared] = await asyncio.to_thread(self.parts.pipeline.run, [incoming.raw], self.now())
            outcome = self.applier.mail(self.parts, prepared, uidvalidity=incoming.uidvalidity, uid=incoming.uid)
        except StoreError as exc:
            return (await self._store_failed([incoming], exc))[0]
        except Exception as exc:  # noqa: BLE001 - a poison mail must not stop intake
            tries = self._tries[key] = self._tries.get(key, 0) + 1
            # the frames, not the message: an exception's text may quote the mail's personal data
            log.error("handling failed uid=%s try=%d error=%s\n%s", incoming.uid, tries, type(exc).__name__,
                      "".join(traceback.format_tb(exc.__traceback__)))
            if tries < MAX_TRIES:
                return None  # stays in INBOX, tried again on the next pass
            folder = self.applier.quarantined(self.parts, incoming.raw, f"{type(exc).__name__} after {tries} tries")
            self.outbox.kick()
            return folder
        return self._done([incoming], [outcome], started)[0]

    async def _store_failed(self, batch: list[Incoming], exc: StoreError) -> list[None]:
        """Not the mails' fault (disk full, read-only folder): they stay in INBOX, unacknowledged,
        are not counted towards quarantine, and intake pauses before trying again."""
        log.error("store write failed uids=%s; not taking mail until the store can be written: %s",
                  ",".join(str(m.uid) for m in batch), exc)
        await asyncio.sleep(STORE_RETRY_SECONDS)
        return [None] * len(batch)

    def _done(self, batch: list[Incoming], outcomes: list[Outcome], started: float) -> list[str]:
        share = (time.perf_counter() - started) * 1000 / len(batch)
        for mail, outcome in zip(batch, outcomes):
            self._tries.pop((mail.uidvalidity, mail.uid), None)
            self.oversight.handled(outcome.kind)
            log.info("intake uid=%s kind=%s case=%s outcome=%s handle_ms=%.1f batch=%d", mail.uid, outcome.kind,
                     outcome.case_id, outcome.action, share, len(batch))
        self.escalator.sync()
        self.outbox.kick()
        return [outcome.folder for outcome in outcomes]


def run_forever(config: Config, fallback: str | None = None) -> int:
    """Run until SIGTERM/SIGINT (``fallback``: why it runs on the last good config)."""

    async def main() -> None:
        service = Service(config, fallback=fallback)
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, service.stop)
        await service.run()

    asyncio.run(main())
    return 0
