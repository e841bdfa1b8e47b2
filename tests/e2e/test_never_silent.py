"""Never silent, on the real stack: /readyz fails while the IMAP server is down, and a wrong
IMAP password reaches the HQ desk (mail) and the admin's alert_command within
[alerts] after_minutes, naming the server and not the secret; once more when it works again."""

from __future__ import annotations

import json
import shutil
import sys
import time

import pytest

from tests.e2e.desk_daemon import desk_daemon
from tests.e2e.test_forward_ack import body_text, subject, wait_until

pytestmark = pytest.mark.e2e

DESK = "scrb-hq-desk@police.example.in"
ADMIN = "scrb-config-admin@police.example.in"

ALERT_SCRIPT = """\
import json, sys
text = sys.argv[-1]
stdin = sys.stdin.read()
with open(sys.argv[1], "a", encoding="utf-8") as out:
    out.write(json.dumps({"arg": text, "stdin": stdin}) + "\\n")
"""


def test_readyz_fails_while_intake_is_down_and_recovers(mailstack, tmp_path):
    with desk_daemon(mailstack, tmp_path) as daemon:
        wait_until(lambda: daemon.ready()["status"] == 200, 10, "ready")
        assert b"All working" in daemon.get("/")[1]
        mailstack.stop_dovecot()
        try:
            down = wait_until(lambda: (r := daemon.ready())["status"] == 503 and r, 15, "/readyz to fail")
            assert down["intake"]["connected"] is False
            assert f"127.0.0.1:{mailstack.imap_port}" in down["intake"]["problem"]
            assert daemon.get("/healthz")[0] == 200  # alive, just not ready
            page = daemon.get("/")[1].decode()
            assert "mail intake down" in page and "reports are not being read" in page
            if shutil.which("chromium"):  # what the desk sees on a phone meanwhile
                from tests.e2e.test_desk_page import browser, screenshot

                driver = browser(390, 844, phone=True)
                try:
                    driver.get(daemon.url + "/")
                    banner = driver.find_element("id", "banner").text
                    assert banner.startswith("PROBLEM") and f"127.0.0.1:{mailstack.imap_port}" in banner
                    screenshot(driver, "status-intake-down-phone.png")
                finally:
                    driver.quit()
        finally:
            mailstack.start_dovecot()
        wait_until(lambda: daemon.ready()["status"] == 200, 45, "/readyz to recover after Dovecot is back")


def test_wrong_imap_password_tells_desk_and_alert_command(mailstack, tmp_path):
    wrong = tmp_path / "wrong-password"
    wrong.write_text("not-the-password\n")
    script, calls = tmp_path / "alert.py", tmp_path / "alerts.jsonl"
    script.write_text(ALERT_SCRIPT)
    started = time.monotonic()
    with desk_daemon(mailstack, tmp_path, wait="status page on", lifeline={"minute_seconds": 1.0},
                     imap={"password_file": str(wrong)},
                     alerts={"after_minutes": 2, "alert_command": [sys.executable, str(script), str(calls)]}) as daemon:
        where = f"127.0.0.1:{mailstack.imap_port}"
        mail = mailstack.wait_for(DESK, lambda raw: b"DOWN" in raw, timeout=20)
        elapsed = time.monotonic() - started
        text = body_text(mail)
        assert "DOWN" in subject(mail) and where in text and "login refused" in text, text
        assert elapsed < 2 + 10, f"alert took {elapsed:.1f}s for after_minutes=2 x minute_seconds=1"
        mailstack.wait_for(ADMIN, lambda raw: b"DOWN" in raw, timeout=10)
        [first] = wait_until(lambda: calls.exists() and [json.loads(x) for x in calls.read_text().splitlines()], 10,
                             "alert_command to be called")
        assert where in first["arg"] and first["arg"] == first["stdin"].strip()
        assert "mail intake (IMAP) down" in first["arg"] and len(first["arg"]) < 200
        assert daemon.ready()["status"] == 503
        log = daemon.process.log_text()
        assert f"imap connection problem at {where}: login refused" in log
        print(f"ALERT after {elapsed:.1f}s (threshold 2 s)")

        wrong.write_text(mailstack.password + "\n")  # the admin fixes the password: read at the next login
        wait_until(lambda: daemon.ready()["status"] == 200, 60, "intake to reconnect with the right password")
        mailstack.wait_for(DESK, lambda raw: b"working again" in raw, timeout=15)
        wait_until(lambda: len(calls.read_text().splitlines()) == 2, 10, "the recovery alert_command")
        assert "works again" in json.loads(calls.read_text().splitlines()[1])["arg"]
    for secret_place in (log, calls.read_text(), text):
        assert mailstack.password not in secret_place and "not-the-password" not in secret_place


def test_systemd_hears_ready_once_imap_is_connected_then_watchdog_and_stopping(mailstack, tmp_path):
    import socket

    path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(10)
    try:
        with desk_daemon(mailstack, tmp_path, env={"NOTIFY_SOCKET": str(path), "WATCHDOG_USEC": "400000"}) as daemon:
            heard = []
            while not any("READY=1" in m for m in heard):
                heard.append(sock.recv(4096).decode())
            assert "lifeline ready: intake connected" in daemon.process.log_text()
            assert daemon.ready()["status"] == 200
            while sum("WATCHDOG=1" in m for m in heard) < 3:  # every 0.2 s, from the event loop
                heard.append(sock.recv(4096).decode())
        while "STOPPING=1" not in heard[-1]:
            heard.append(sock.recv(4096).decode())
    finally:
        sock.close()
