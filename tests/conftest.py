"""Shared fixtures: the real local mail stack (Dovecot + relay) on loopback."""

from __future__ import annotations

import contextlib
import itertools
import shutil
import tempfile
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
HQ_MAILBOX = "scrb-sm-desk@police.example.in"
STACK_USERS = (HQ_MAILBOX, "scrb-hq-desk@police.example.in", "scrb-control@police.example.in")


def stack_users() -> list[str]:
    """The HQ mailboxes plus every address the repo's config.toml names."""
    from daemon.config.load import load_config
    return [*STACK_USERS, *load_config(REPO / "config.toml").addresses()]


@contextlib.contextmanager
def running_stack(prefix: str = "lifeline-test-stack-"):
    """A MailStack for the config's users, removed afterwards; skips only without Dovecot."""
    from daemon.dev.devstack import dovecot_binary, start_stack
    if dovecot_binary() is None:
        pytest.skip("Dovecot (dovecot-imapd + dovecot-lmtpd) is not installed: run `make system-deps`")
    # Under /tmp, not pytest's 0700 tmp tree: Dovecot's mail user must be able to reach it.
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    stack = start_stack(workdir, stack_users())
    try:
        yield stack
    finally:
        stack.stop()
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="module")
def mailstack():
    """A running MailStack for the module."""
    with running_stack() as stack:
        yield stack


_counter = itertools.count(1)


@pytest.fixture
def make_mail():
    """Build a raw RFC 5322 mail with a unique Subject and Message-ID (fictional people only)."""
    def build(to: str, subject: str = "test", body: str = "Hello from a test.\n",
              sender: str = "tester@example.org") -> bytes:
        n = next(_counter)
        msg = EmailMessage()
        msg["From"] = sender
        msg["To"] = to
        msg["Subject"] = f"{subject} #{n}"
        msg["Date"] = formatdate()
        msg["Message-ID"] = f"<test-{n}-{id(msg)}@tests.example.org>"
        msg.set_content(body)
        return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
    return build
