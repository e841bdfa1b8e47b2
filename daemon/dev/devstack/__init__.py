"""The real local mail stack (Dovecot IMAP/LMTP + an aiosmtpd relay) for tests and the demo.

``start_stack`` builds everything under one work directory on free loopback ports; the
returned ``MailStack`` is the single handle tests, benchmarks and ``lifeline devstack`` use.
Folders use ``/`` as the hierarchy separator (Maildir, LAYOUT=fs), e.g. ``Lifeline/Processed``.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import socket
import stat
import time
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Callable, Iterable

from imapclient import IMAPClient

from . import dovecot as _dovecot
from .configfile import write_stack_config
from .dovecot import DovecotPorts, DovecotProcess, dovecot_binary
from .lmtp import LmtpError, lmtp_deliver
from .relay import Accepted, Picky, Relay
from .tls import TlsFiles, client_context, make_tls, server_context

__all__ = ["MailStack", "start_stack", "Accepted", "Picky", "dovecot_binary", "free_port", "free_ports", "LmtpError"]

HOST = "127.0.0.1"


def free_port() -> int:
    return free_ports(1)[0]


def free_ports(n: int) -> list[int]:
    """n distinct free ports: every socket stays bound until all are chosen, so the kernel
    cannot hand the same port out twice (it did: "duplicate listener" from doveconf in CI)."""
    socks = [socket.socket() for _ in range(n)]
    try:
        for s in socks:
            s.bind((HOST, 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def _subject(raw: bytes) -> str:
    return str(BytesHeaderParser().parsebytes(raw).get("Subject", "(no subject)"))


@dataclass
class MailStack:
    """Handle on a running stack. ``stop()`` is idempotent; usable as a context manager."""

    workdir: Path
    users: tuple[str, ...]
    password: str
    password_file: Path
    tls: TlsFiles
    imap_port: int
    imap_plain_port: int
    lmtp_port: int
    smtp_port: int
    _dovecot: DovecotProcess
    _relay: Relay
    host: str = HOST
    _stopped: bool = field(default=False, repr=False)

    # -- paths and records ------------------------------------------------------------
    @property
    def ca_file(self) -> Path:
        return self.tls.ca_file

    @property
    def accepted(self) -> list[Accepted]:
        """Relay acceptances in order (the live list; append is locked in the relay)."""
        return self._relay.accepted

    def dovecot_pids(self) -> list[int]:
        """Dovecot's master and children (empty once stopped) — for leak checks."""
        return self._dovecot.pids()

    # -- delivery and reading ---------------------------------------------------------
    def deliver(self, rcpt: str, raw: bytes, mail_from: str = "sender@example.org") -> float:
        """LMTP into rcpt's INBOX; returns time.time() just before DATA was sent."""
        result = lmtp_deliver(self.host, self.lmtp_port, mail_from, [rcpt], raw)
        if result.refused:
            raise LmtpError(f"LMTP refused {rcpt}: {result.refused[rcpt]}", result)
        return result.data_sent_at

    def imap(self, user: str) -> IMAPClient:
        """A logged-in IMAPS client verified against ca_file (caller logs out)."""
        client = IMAPClient(self.host, port=self.imap_port, ssl=True,
                            ssl_context=client_context(self.ca_file), timeout=10)
        try:
            client.login(user, self.password)
        except Exception:
            client.shutdown()
            raise
        return client

    def messages(self, user: str, folder: str = "INBOX") -> list[bytes]:
        """Raw bytes of every message in folder, in UID order, without setting \\Seen."""
        client = self.imap(user)
        try:
            return _fetch_all(client, folder)
        finally:
            client.logout()

    def wait_for(self, user: str, predicate: Callable[[bytes], bool], timeout: float = 10.0,
                 folder: str = "INBOX") -> bytes:
        """Poll folder until a message satisfies predicate; TimeoutError lists the subjects seen."""
        deadline = time.monotonic() + timeout
        client = self.imap(user)
        seen: dict[int, bytes] = {}
        try:
            while True:
                client.select_folder(folder, readonly=True)
                new = [u for u in client.search("ALL") if u not in seen]
                if new:
                    for uid, data in client.fetch(new, [b"BODY.PEEK[]"]).items():
                        seen[uid] = data[b"BODY[]"]
                        if predicate(seen[uid]):
                            return seen[uid]
                if time.monotonic() > deadline:
                    subjects = [_subject(seen[u]) for u in sorted(seen)]
                    raise TimeoutError(
                        f"no matching message for {user} in {folder} after {timeout:.1f}s; "
                        f"{len(subjects)} message(s) there, subjects: {subjects}")
                client.close_folder()
                time.sleep(0.05)
        finally:
            try:
                client.logout()
            except Exception:
                client.shutdown()

    # -- faults and lifecycle ---------------------------------------------------------
    def stop_smtp(self) -> None:
        self._relay.stop()

    def start_smtp(self) -> None:
        self._relay.start()

    def picky_smtp(self, greylist_rcpt_seconds: float = 0.0, greylist_data_seconds: float = 0.0,
                   refuse: Iterable[str] = ()) -> Picky:
        """Make the relay greylist at RCPT / at DATA or refuse some recipients for good (see
        relay.Picky); called with no arguments it is an ordinary server again."""
        picky = Picky(greylist_rcpt_seconds, greylist_data_seconds, frozenset(a.lower() for a in refuse))
        self._relay.handler.picky = picky
        return picky

    def restart_dovecot(self) -> None:
        self._dovecot.stop()
        self._dovecot.start()

    def stop_dovecot(self) -> None:
        """IMAP down (tests: what the daemon does while it cannot read mail)."""
        self._dovecot.stop()

    def start_dovecot(self) -> None:
        self._dovecot.start()

    def describe(self, daemon_config: Path | None = None) -> dict:
        """What was started, for tools around it (``lifeline devstack`` writes it as JSON)."""
        return {
            "host": self.host,
            "ports": {"imaps": self.imap_port, "imap_starttls": self.imap_plain_port, "lmtp": self.lmtp_port,
                      "smtp_starttls": self.smtp_port},
            "mailboxes": list(self.users), "login": "the full address; the password is in password_file",
            "ca_file": str(self.ca_file), "password_file": str(self.password_file),
            "daemon_config": str(daemon_config) if daemon_config else None, "workdir": str(self.workdir),
        }

    def write_config(self, base: Path, dest: Path, **lifeline_overrides) -> Path:
        """Write dest: base config.toml pointed at this stack (see configfile.stack_config)."""
        return write_stack_config(
            base, dest, host=self.host, imap_port=self.imap_port, smtp_port=self.smtp_port,
            password_file=self.password_file, ca_file=self.ca_file, lifeline=lifeline_overrides)

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        try:
            self._relay.stop()
        finally:
            self._dovecot.stop()

    def __enter__(self) -> "MailStack":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def _fetch_all(client: IMAPClient, folder: str) -> list[bytes]:
    client.select_folder(folder, readonly=True)
    uids = sorted(client.search("ALL"))
    if not uids:
        return []
    data = client.fetch(uids, [b"BODY.PEEK[]"])
    return [data[u][b"BODY[]"] for u in uids]


def _check_traversable(path: Path, uid: int, gid: int) -> None:
    """Dovecot's mail processes run as another user: every ancestor must let them through."""
    for p in [path, *path.parents]:
        st = p.stat()
        if st.st_uid == uid and st.st_mode & stat.S_IXUSR:
            continue
        if st.st_gid == gid and st.st_mode & stat.S_IXGRP:
            continue
        if st.st_mode & stat.S_IXOTH:
            continue
        raise PermissionError(
            f"{p} is not searchable by uid {uid}; Dovecot's mail user cannot reach {path}. "
            f"Use a workdir under /tmp (e.g. tempfile.mkdtemp()) or chmod o+x {p}")


def _password_hash(password: str) -> str:
    return "{SHA256}" + base64.b64encode(hashlib.sha256(password.encode()).digest()).decode()


def _start_dovecot(workdir: Path, who, tls, users_file: Path, attempts: int = 3):
    """Dovecot on fresh ports, tried again on new ones when a port was taken between choosing
    and binding (another process may grab a released port); any other failure is raised."""
    for attempt in range(attempts):
        imaps, imap, lmtp, smtp = free_ports(4)
        ports = DovecotPorts(imaps=imaps, imap=imap, lmtp=lmtp)
        config_file = workdir / "dovecot.conf"
        config_file.write_text(_dovecot.render_config(
            workdir, ports, who, tls.cert_file, tls.key_file, users_file))
        proc = DovecotProcess(config_file, ports, workdir / "dovecot.log")
        try:
            proc.start()
            return proc, smtp
        except RuntimeError as exc:
            if attempt + 1 == attempts or not _port_clash(str(exc)):
                raise


def _port_clash(message: str) -> bool:
    return "duplicate listener" in message or "Address already in use" in message


def start_stack(workdir: Path, users: Iterable[str], password: str | None = None) -> MailStack:
    """Start Dovecot and the relay under workdir on free loopback ports; returns when they answer."""
    if dovecot_binary() is None:
        raise FileNotFoundError("dovecot (dovecot-imapd + dovecot-lmtpd) is not installed; run `make system-deps`")
    workdir = Path(workdir).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    who = _dovecot.identity()
    addresses = tuple(dict.fromkeys(u.strip().lower() for u in users if u and u.strip()))
    if not addresses:
        raise ValueError("start_stack needs at least one user address")
    for address in addresses:
        if ":" in address or "/" in address or "@" not in address or any(c.isspace() for c in address):
            raise ValueError(f"not a usable mailbox address: {address!r}")
    password = password or secrets.token_urlsafe(18)
    if "\n" in password:
        raise ValueError("password must be one line")

    os.chmod(workdir, 0o711)
    _check_traversable(workdir, who.mail_uid, who.mail_gid)
    mail_root = workdir / "mail"
    for d in (workdir / "run", workdir / "state", mail_root):
        d.mkdir(exist_ok=True)
    os.chown(mail_root, who.mail_uid, who.mail_gid)
    os.chmod(mail_root, 0o700)

    tls = make_tls(workdir / "tls")
    # Only the master (root) reads the key; as non-root the owner is us anyway.
    users_file = workdir / "users"
    users_file.write_text("".join(
        _dovecot.users_line(a, _password_hash(password), who, mail_root) for a in addresses))
    os.chmod(users_file, 0o600)
    os.chown(users_file, who.mail_uid, who.mail_gid)
    password_file = workdir / "password"
    fd = os.open(password_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(password + "\n")

    proc, smtp = _start_dovecot(workdir, who, tls, users_file)
    ports = proc.ports
    try:
        relay = Relay(frozenset(addresses), password, (HOST, ports.lmtp), server_context(tls), smtp)
        relay.start()
    except Exception:
        proc.stop()
        raise
    return MailStack(workdir=workdir, users=addresses, password=password, password_file=password_file,
                     tls=tls, imap_port=ports.imaps, imap_plain_port=ports.imap, lmtp_port=ports.lmtp,
                     smtp_port=relay.port, _dovecot=proc, _relay=relay)
