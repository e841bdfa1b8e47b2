"""The sd_notify protocol: one datagram to $NOTIFY_SOCKET (a path or an abstract @name)."""

from __future__ import annotations

import asyncio
import os
import socket

from daemon.edges.systemd import Notifier


def test_notify_to_a_path_and_an_abstract_socket(tmp_path):
    path = tmp_path / "n.sock"
    for address, env in ((str(path), str(path)), (f"\0lifeline-test-{os.getpid()}", f"@lifeline-test-{os.getpid()}")):
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.bind(address)
            sock.settimeout(2)
            assert Notifier({"NOTIFY_SOCKET": env}).notify("READY=1", "STATUS=intake connected")
            assert sock.recv(100) == b"READY=1\nSTATUS=intake connected"


def test_without_systemd_nothing_happens():
    n = Notifier({})
    assert n.notify("READY=1") is False and n.watchdog_seconds is None


def test_watchdog_pings_at_half_the_interval_and_respects_watchdog_pid(tmp_path):
    path = tmp_path / "w.sock"
    assert Notifier({"NOTIFY_SOCKET": str(path), "WATCHDOG_USEC": "1000000", "WATCHDOG_PID": "1"}).watchdog_seconds is None
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(str(path))
        sock.setblocking(False)
        n = Notifier({"NOTIFY_SOCKET": str(path), "WATCHDOG_USEC": "200000"})

        async def go():
            stop = asyncio.Event()
            task = asyncio.ensure_future(n.watchdog(stop))
            await asyncio.sleep(0.45)
            stop.set()
            await task

        asyncio.run(go())
        pings = 0
        while True:
            try:
                pings += sock.recv(100) == b"WATCHDOG=1"
            except BlockingIOError:
                break
        assert 3 <= pings <= 5
