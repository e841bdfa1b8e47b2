"""The canary's clock (``[canary]``, off by default): every ``every_hours`` (hours of 60
``minute_seconds``) a synthetic report goes through SMTP to the HQ mailbox; when its forward
is not back in the HQ mailbox within ``within_seconds``, the desk is alerted by every route
of daemon.app.alarms, and told once more when a later canary comes back."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from zoneinfo import ZoneInfo

from daemon.app.alarms import Alarms, Alert
from daemon.core.canary import new_id

log = logging.getLogger("lifeline.canary")


async def _sleep(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=max(0.05, seconds))


async def run(service, alarms: Alarms, stop: asyncio.Event) -> None:
    lost_since = None
    while not stop.is_set():
        config = service.config
        if not config.canary.enabled or not config.canary.mailbox:
            await _sleep(stop, 60)
            continue
        period = config.canary.every_hours * 60 * config.minute_seconds
        started, sent_at = time.monotonic(), service.now()
        canary_id = new_id(service.parts.key, sent_at)
        try:
            service.applier.canary_sent(service.parts, canary_id)
            service.outbox.kick()
        except Exception:  # noqa: BLE001 - a canary must never stop the daemon
            log.exception("canary could not be queued")
        back = None
        while back is None and not stop.is_set() and time.monotonic() - started < config.canary.within_seconds:
            await _sleep(stop, 0.5)
            back = service.applier.canary_back(canary_id)
        if stop.is_set():
            return
        zone = ZoneInfo(config.timezone)
        if back is not None:
            log.info("canary back id=%s seconds=%.1f", canary_id, (back - sent_at).total_seconds())
            if lost_since is not None:
                alarms.raise_alert(Alert("canary", False, f"Lifeline OK again: the canary sent at "
                                         f"{sent_at.astimezone(zone):%H:%M %Z} came back; reports go through", lost_since))
                lost_since = None
        elif lost_since is None:
            lost_since = sent_at
            alarms.raise_alert(Alert("canary", True, (
                f"Lifeline ALERT: the canary (a TEST report) sent at {sent_at.astimezone(zone):%H:%M %Z} did not "
                f"come back within {config.canary.within_seconds:.0f} s: reports may not be read, scored or "
                "forwarded; check intake, the model and sending"), sent_at))
        await _sleep(stop, period - (time.monotonic() - started))
