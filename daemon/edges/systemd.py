"""sd_notify over $NOTIFY_SOCKET (the whole protocol: one datagram of KEY=VALUE lines), and
the watchdog ping from the event loop, so a wedged loop is restarted by systemd.

A dozen lines do not justify a dependency. Without $NOTIFY_SOCKET (not under systemd)
everything here is a no-op.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket

log = logging.getLogger("lifeline.systemd")


class Notifier:
    def __init__(self, environ: dict[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        path = env.get("NOTIFY_SOCKET", "")
        self.address = ("\0" + path[1:]) if path.startswith("@") else path  # @: abstract namespace
        usec = env.get("WATCHDOG_USEC", "")
        pid = env.get("WATCHDOG_PID", "")
        mine = not pid or pid == str(os.getpid())
        self.watchdog_seconds = int(usec) / 1e6 if usec.isdigit() and int(usec) > 0 and mine else None

    def notify(self, *lines: str) -> bool:
        if not self.address:
            return False
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.sendto("\n".join(lines).encode("utf-8"), self.address)
            return True
        except OSError as exc:
            log.warning("sd_notify failed error=%s", type(exc).__name__)
            return False

    async def watchdog(self, stop: asyncio.Event) -> None:
        """WATCHDOG=1 at half the configured interval, from the event loop itself."""
        if self.watchdog_seconds is None:
            return
        while not stop.is_set():
            self.notify("WATCHDOG=1")
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=self.watchdog_seconds / 2)
