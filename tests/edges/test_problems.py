"""A connection failure names the server and what to check, never the secret."""

from __future__ import annotations

import asyncio
import socket

from daemon.app.health import Health
from daemon.config.schema import ImapConfig
from daemon.edges.imap import ImapIntake
from daemon.edges.problems import describe
from imapclient.exceptions import LoginError
from tests.helpers import Clock


def test_describe_names_the_server():
    assert describe(socket.gaierror(-2, "Name or service not known"), "mail.x:993") == \
        "mail.x:993: host name does not resolve (DNS)"
    assert describe(LoginError("[AUTHENTICATIONFAILED] user secret"), "mail.x:993") == \
        "mail.x:993: login refused (wrong user name or password?)"
    assert "connection refused" in describe(ConnectionRefusedError(111, "refused"), "h:1")


def test_a_host_that_does_not_resolve_is_named_in_health_and_log(caplog):
    config = ImapConfig(host="imap.lifeline-test.invalid", port=993, username="u@x.in", password_env="NOPE_UNSET",
                        timeout_seconds=3)
    health = Health(Clock(), "imap.lifeline-test.invalid:993", "smtp:587")
    intake = ImapIntake(config, handler=None, health=health)

    async def go():
        stop = asyncio.Event()
        task = asyncio.ensure_future(intake.run(stop))
        for _ in range(100):
            await asyncio.sleep(0.05)
            if health.intake.problem != "connecting":
                break
        stop.set()
        await task

    asyncio.run(go())
    assert health.intake.problem == "imap.lifeline-test.invalid:993: host name does not resolve (DNS)"
    assert not health.ready and "imap.lifeline-test.invalid:993" in caplog.text
