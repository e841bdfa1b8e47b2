"""The local mail stack is real: TLS verified, relay rules enforced, faults reproducible."""

from __future__ import annotations

import asyncio
import os
import shutil
import smtplib
import socket
import ssl
import tempfile
from pathlib import Path

import aiosmtplib
import pytest
from imapclient import IMAPClient

from daemon.config.load import load_config
from daemon.config.secrets import password
from daemon.dev.devstack import Accepted, start_stack
from daemon.dev.devstack.relay import Relay, message_id_of
from daemon.dev.devstack.tls import client_context, server_context

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
HQ = "scrb-sm-desk@police.example.in"
OFFICER = "do-ratanada-jdh@police.example.in"
CONTROL = "scrb-control@police.example.in"


def _has(message_id: bytes):
    return lambda raw: message_id in raw


def _mid(raw: bytes) -> bytes:
    return message_id_of(raw).encode()


async def _send(stack, raw: bytes, rcpts, password=None, login=HQ):
    async with aiosmtplib.SMTP(hostname=stack.host, port=stack.smtp_port,
                               tls_context=client_context(stack.ca_file), start_tls=True) as smtp:
        await smtp.login(login, password or stack.password)
        return await smtp.sendmail(HQ, rcpts, raw)


def test_lmtp_delivery_is_read_back_over_verified_imaps(mailstack, make_mail):
    raw = make_mail(OFFICER, "lmtp")
    mailstack.deliver(OFFICER, raw)
    got = mailstack.wait_for(OFFICER, _has(_mid(raw)), timeout=5)
    assert got.endswith(raw)  # Dovecot only prepends trace headers
    assert b"Delivered-To: " + OFFICER.encode() in got
    # The server cert really is checked: a client not trusting the stack's CA is refused.
    with pytest.raises(ssl.SSLCertVerificationError):
        IMAPClient(mailstack.host, port=mailstack.imap_port, ssl=True,
                   ssl_context=ssl.create_default_context(), timeout=5)


def test_fetching_does_not_mark_seen(mailstack, make_mail):
    raw = make_mail(CONTROL, "peek")
    mailstack.deliver(CONTROL, raw)
    assert raw in [m[-len(raw):] for m in mailstack.messages(CONTROL)]
    client = mailstack.imap(CONTROL)
    try:
        client.select_folder("INBOX")
        assert client.search(["UNSEEN"]), "messages()/wait_for must use BODY.PEEK"
    finally:
        client.logout()


def test_imap_starttls_on_plain_port(mailstack):
    client = IMAPClient(mailstack.host, port=mailstack.imap_plain_port, ssl=False, timeout=5)
    try:
        assert b"STARTTLS" in client.capabilities()
        client.starttls(client_context(mailstack.ca_file))
        client.login(HQ, mailstack.password)
        assert client.select_folder("INBOX")[b"EXISTS"] >= 0
    finally:
        client.logout()


def test_capabilities_and_folders(mailstack):
    client = mailstack.imap(HQ)
    try:
        caps = set(client.capabilities())
        assert {b"IDLE", b"MOVE", b"UIDPLUS"} <= caps
        assert client.namespace().personal[0][1] == "/"
        client.create_folder("Lifeline/Processed")
        names = [name for _, _, name in client.list_folders()]
        assert "Lifeline/Processed" in names
    finally:
        client.logout()


def test_wrong_login_is_refused_over_imap(mailstack):
    from imapclient.exceptions import LoginError
    with pytest.raises(LoginError):
        IMAPClient(mailstack.host, port=mailstack.imap_port, ssl=True,
                   ssl_context=client_context(mailstack.ca_file), timeout=5).login(HQ, "not-the-password")


def test_relay_refuses_auth_before_starttls(mailstack):
    with smtplib.SMTP(mailstack.host, mailstack.smtp_port, timeout=5) as smtp:
        smtp.ehlo()
        assert smtp.has_extn("starttls")
        assert not smtp.has_extn("auth"), "AUTH must not be offered on the clear channel"
        code, _ = smtp.docmd("AUTH", "PLAIN AHNjcmItc20tZGVza0Bwb2xpY2UuZXhhbXBsZS5pbgB4")
        assert 500 <= code < 600
        code, _ = smtp.docmd("MAIL", f"FROM:<{HQ}>")
        assert code == 530


def test_relay_refuses_wrong_password(mailstack, make_mail):
    with pytest.raises(aiosmtplib.SMTPAuthenticationError) as info:
        asyncio.run(_send(mailstack, make_mail(OFFICER), [OFFICER], password="wrong-password"))
    assert info.value.code == 535


def test_relay_rejects_unknown_recipient_with_550(mailstack, make_mail):
    async def attempt():
        async with aiosmtplib.SMTP(hostname=mailstack.host, port=mailstack.smtp_port,
                                   tls_context=client_context(mailstack.ca_file), start_tls=True) as smtp:
            await smtp.login(HQ, mailstack.password)
            await smtp.mail(HQ)
            with pytest.raises(aiosmtplib.SMTPRecipientRefused) as info:
                await smtp.rcpt("nobody-here@police.example.in")
            return info.value
    refused = asyncio.run(attempt())
    assert refused.code == 550 and "5.1.1" in refused.message


def test_relay_delivers_before_250_and_records_acceptance(mailstack, make_mail):
    raw = make_mail(OFFICER, "relay")
    before = len(mailstack.accepted)
    errors, reply = asyncio.run(_send(mailstack, raw, [OFFICER, CONTROL]))
    assert errors == {} and "delivered" in reply
    # 250 means "already in the mailbox": readable at once, no waiting.
    for user in (OFFICER, CONTROL):
        assert any(m.endswith(raw) for m in mailstack.messages(user)), user
    new = mailstack.accepted[before:]
    assert len(new) == 1 and isinstance(new[0], Accepted)
    assert new[0].rcpts == (OFFICER, CONTROL)
    assert new[0].mail_from == HQ
    assert new[0].message_id == message_id_of(raw)
    assert new[0].raw.replace(b"\r\n", b"\n") == raw.replace(b"\r\n", b"\n")


def test_relay_answers_451_when_lmtp_is_down(mailstack, make_mail, tmp_path):
    from daemon.dev.devstack import free_port
    from daemon.dev.devstack.tls import make_tls
    dead_lmtp = free_port()  # nothing listens here
    relay = Relay(frozenset({OFFICER, HQ}), "pw", ("127.0.0.1", dead_lmtp),
                  server_context(make_tls(tmp_path)), free_port())
    relay.start()
    try:
        async def attempt():
            async with aiosmtplib.SMTP(hostname="127.0.0.1", port=relay.port,
                                       tls_context=client_context(tmp_path / "ca.pem"), start_tls=True) as smtp:
                await smtp.login(HQ, "pw")
                await smtp.sendmail(HQ, [OFFICER], make_mail(OFFICER))
        with pytest.raises(aiosmtplib.SMTPDataError) as info:
            asyncio.run(attempt())
        assert info.value.code == 451
        assert relay.accepted == []
    finally:
        relay.stop()


def test_stop_and_start_smtp_on_same_port(mailstack, make_mail):
    port = mailstack.smtp_port
    mailstack.stop_smtp()
    try:
        with pytest.raises(aiosmtplib.SMTPConnectError):
            asyncio.run(_send(mailstack, make_mail(OFFICER), [OFFICER]))
    finally:
        mailstack.start_smtp()
    assert mailstack.smtp_port == port
    raw = make_mail(OFFICER, "after restart")
    asyncio.run(_send(mailstack, raw, [OFFICER]))
    assert mailstack.accepted[-1].message_id == message_id_of(raw)


def test_restart_dovecot_keeps_mail_and_ports(mailstack, make_mail):
    raw = make_mail(HQ, "survives restart")
    mailstack.deliver(HQ, raw)
    old = set(mailstack.dovecot_pids())
    ports = (mailstack.imap_port, mailstack.imap_plain_port, mailstack.lmtp_port)
    mailstack.restart_dovecot()
    assert old and not (old & set(mailstack.dovecot_pids()))
    assert all(not _alive(pid) for pid in old)
    assert (mailstack.imap_port, mailstack.imap_plain_port, mailstack.lmtp_port) == ports
    assert any(m.endswith(raw) for m in mailstack.messages(HQ))


def test_restart_during_idle_ends_the_session_and_serves_new_logins(mailstack, make_mail):
    client = mailstack.imap(HQ)
    client.select_folder("INBOX")
    client.idle()
    mailstack.restart_dovecot()
    try:
        responses = client.idle_check(timeout=3)
        if not any(r[0] == b"BYE" for r in responses):
            # No BYE read: the old session must still be unusable, never silently alive.
            with pytest.raises(Exception):
                client.idle_done()
                client.noop()
    except (OSError, EOFError):
        pass  # the socket is already gone: the client learns it at once
    finally:
        client.shutdown()
    raw = make_mail(HQ, "after idle restart")
    mailstack.deliver(HQ, raw)
    mailstack.wait_for(HQ, _has(_mid(raw)), timeout=5)


def test_lmtp_to_unknown_user_raises(mailstack, make_mail):
    from daemon.dev.devstack import LmtpError
    with pytest.raises(LmtpError, match="nobody-here"):
        mailstack.deliver("nobody-here@police.example.in", make_mail("nobody-here@police.example.in"))


def test_wait_for_timeout_names_what_is_there(mailstack, make_mail):
    raw = make_mail(CONTROL, "visible subject")
    mailstack.deliver(CONTROL, raw)
    with pytest.raises(TimeoutError) as info:
        mailstack.wait_for(CONTROL, lambda m: False, timeout=0.3)
    assert "visible subject" in str(info.value)


def test_write_config_points_daemon_at_stack(mailstack, tmp_path):
    dest = mailstack.write_config(REPO / "config.toml", tmp_path / "lifeline.toml", state_dir=tmp_path / "state")
    config = load_config(dest)
    assert (config.imap.host, config.imap.port, config.imap.security) == ("127.0.0.1", mailstack.imap_port, "tls")
    assert (config.smtp.port, config.smtp.security) == (mailstack.smtp_port, "starttls")
    assert password(config.imap) == password(config.smtp) == mailstack.password
    assert config.imap.password_env is None and config.imap.ca_file == str(mailstack.ca_file)
    assert config.state_dir == tmp_path / "state"
    assert config.templates_dir == REPO / "templates"  # relative path re-anchored on the base file
    assert config.imap.username == HQ and set(config.addresses()) <= set(mailstack.users)
    assert os.stat(mailstack.password_file).st_mode & 0o777 == 0o600


def test_stop_leaves_no_dovecot_process_and_is_idempotent(make_mail):
    workdir = Path(tempfile.mkdtemp(prefix="lifeline-test-stop-"))
    try:
        with start_stack(workdir, ["solo@police.example.in"], password="fixed-test-pw") as stack:
            assert stack.password == "fixed-test-pw"
            stack.deliver("solo@police.example.in", make_mail("solo@police.example.in"))
            assert len(stack.messages("solo@police.example.in")) == 1
            pids = stack.dovecot_pids()
            assert len(pids) >= 3  # master, log, config, ... and the LMTP/IMAP children
        stack.stop()  # second stop is a no-op
        assert [p for p in pids if _alive(p)] == []
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def test_bad_users_are_refused_clearly(tmp_path):
    with pytest.raises(ValueError, match="address"):
        start_stack(tmp_path, ["no-at-sign"])
    with pytest.raises(ValueError, match="at least one"):
        start_stack(tmp_path, [])


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_devstack_command_serves_until_sigterm(tmp_path):
    """`lifeline devstack`: prints the ports and the daemon command, writes a loadable config, stops cleanly."""
    import signal
    import subprocess
    import sys
    workdir = Path(tempfile.mkdtemp(prefix="lifeline-test-cmd-"))
    code = ("import argparse, sys; from daemon.commands import devstack as d; p = argparse.ArgumentParser(); "
            "d.add_arguments(p); sys.exit(d.run(p.parse_args(sys.argv[1:])))")
    proc = subprocess.Popen([sys.executable, "-c", code, "--config", str(REPO / "config.toml"), "--dir", str(workdir)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=REPO)
    try:
        lines = []
        for line in proc.stdout:
            lines.append(line)
            if "Ctrl-C" in line:
                break
        out = "".join(lines)
        assert "lifeline run --config " + str(workdir / "config.toml") in out, out
        config = load_config(workdir / "config.toml")
        assert f"127.0.0.1:{config.imap.port}" in out and f"127.0.0.1:{config.smtp.port}" in out
        client = IMAPClient("127.0.0.1", port=config.imap.port, ssl=True,
                            ssl_context=client_context(Path(config.imap.ca_file)), timeout=5)
        client.login(config.imap.username, password(config.imap))
        client.logout()
        import json
        described = json.loads((workdir / "devstack.json").read_text())  # for tools around the stack
        assert described["ports"]["imaps"] == config.imap.port and described["ports"]["smtp_starttls"] == config.smtp.port
        assert described["ca_file"] == config.imap.ca_file and described["daemon_config"] == str(workdir / "config.toml")
        assert Path(described["password_file"]).read_text().strip() == password(config.imap)
        assert config.imap.username in described["mailboxes"] and "password" not in json.dumps(described["ports"])
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0
        assert "stopping" in proc.stdout.read()
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", config.imap.port), timeout=1).close()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        shutil.rmtree(workdir, ignore_errors=True)


def test_free_ports_are_distinct_and_bindable():
    """Dovecot refused a config whose two listeners got the same port; ports chosen together never clash."""
    from daemon.dev.devstack import free_ports
    for _ in range(20):
        ports = free_ports(4)
        assert len(set(ports)) == 4
        socks = [socket.socket() for _ in ports]
        try:
            for s, port in zip(socks, ports):
                s.bind(("127.0.0.1", port))
        finally:
            for s in socks:
                s.close()
