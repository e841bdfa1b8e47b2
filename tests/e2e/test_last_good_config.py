"""A refused config left on disk at restart, on the real stack: `lifeline run` starts on the
last good config it kept in state_dir and tells the desk by mail, the admin's alert_command
and the status page; a fixed file is taken on save and the desk hears it is fine again."""

from __future__ import annotations

import json
import sys

import pytest

from daemon.dev.devstack.process import DaemonProcess
from tests.e2e.desk_daemon import DeskDaemon, desk_daemon, wait_for_log
from tests.e2e.test_forward_ack import body_text, subject, wait_until
from tests.e2e.test_never_silent import ADMIN, ALERT_SCRIPT, DESK

pytestmark = pytest.mark.e2e


def test_a_refused_config_at_restart_runs_on_the_last_good_one_and_tells_the_desk(mailstack, tmp_path):
    script, calls = tmp_path / "alert.py", tmp_path / "alerts.jsonl"
    script.write_text(ALERT_SCRIPT)
    with desk_daemon(mailstack, tmp_path, alerts={"alert_command": [sys.executable, str(script), str(calls)]}) as first:
        wait_until(lambda: first.ready()["status"] == 200, 15, "ready")
    good = first.config_path.read_text(encoding="utf-8")
    first.config_path.write_text(good.replace('district = "Kota"', 'district = "Kotta"', 1), encoding="utf-8")

    process = DaemonProcess(first.config_path, tmp_path / "restart.log").start()
    daemon = DeskDaemon(process, first.config_path, first.store_path, first.url)
    try:
        wait_for_log(process, "status page on")
        mail = mailstack.wait_for(DESK, lambda raw: b"last good config" in raw, timeout=20)
        text = body_text(mail)
        assert "running on the last good config" in subject(mail)
        assert "config.toml:" in text and "'Kotta' is not a configured district" in text, text
        mailstack.wait_for(ADMIN, lambda raw: b"last good config" in raw, timeout=10)
        lines = wait_until(lambda: calls.exists() and [json.loads(x)["arg"] for x in calls.read_text().splitlines()
                                                        if "last good config" in x], 10, "alert_command")
        assert "Kotta" in lines[0]
        page = daemon.get("/")[1].decode()
        assert "running on the last good config of" in page and "Kotta" in page
        # the fix is taken on save (hot reload) and the desk hears that it is over
        first.config_path.write_text(good, encoding="utf-8")
        back = mailstack.wait_for(DESK, lambda raw: b"working again" in raw and b"config.toml" in raw, timeout=20)
        assert "fine again" in body_text(back)
        wait_until(lambda: "running on the last good config" not in daemon.get("/")[1].decode(), 10, "the page")
    finally:
        code = process.stop()
        print(process.log_text()[-5000:])
    assert code == 0
