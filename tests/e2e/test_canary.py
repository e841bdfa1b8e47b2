"""The canary on the real stack: a synthetic TEST report goes through SMTP into the HQ
mailbox, is read, scored and routed, and its forward comes back into the HQ mailbox (a
plus-address) without reaching any station; when it does not come back in time, the desk
is alerted."""

from __future__ import annotations

import re

import pytest

from daemon.dev.devstack.process import store_cases
from tests.e2e.desk_daemon import desk_daemon, wait_for_log
from tests.e2e.test_forward_ack import body_text, subject

pytestmark = pytest.mark.e2e

HQ = "scrb-sm-desk@police.example.in"
BACK = "scrb-sm-desk+canary@police.example.in"
DESK = "scrb-hq-desk@police.example.in"
ADMIN = "scrb-config-admin@police.example.in"


def test_the_canary_goes_round_the_whole_path_and_never_reaches_a_station(mailstack, tmp_path):
    with desk_daemon(mailstack, tmp_path, lifeline={"minute_seconds": 1.0},
                     canary={"enabled": True, "every_hours": 10, "within_seconds": 30, "mailbox": BACK}) as daemon:
        wait_for_log(daemon.process, "canary back", timeout=40)
        log = daemon.process.log_text()
        seconds = float(re.search(r"canary back id=CANARY-\d+-\w+ seconds=([\d.]+)", log).group(1))
        print(f"CANARY ROUND TRIP {seconds:.2f}s")
        assert "scored" in log and "forwarded to the canary mailbox" in log
        rcpts = {r for a in mailstack.accepted for r in a.rcpts}
        assert rcpts <= {HQ, BACK}, rcpts  # the synthetic report and its forward only
        assert store_cases(daemon.store_path) == []  # no case, no statistics
        report = mailstack.wait_for(HQ, lambda raw: b"canary-report" in raw, timeout=10, folder="Lifeline/Processed")
        assert subject(report).startswith("TEST CANARY-") and "does not exist" in body_text(report)


def test_a_canary_that_does_not_come_back_alerts_the_desk(mailstack, tmp_path):
    with desk_daemon(mailstack, tmp_path, lifeline={"minute_seconds": 1.0},
                     canary={"enabled": True, "every_hours": 10, "within_seconds": 6, "mailbox": ADMIN}):
        alert = mailstack.wait_for(DESK, lambda raw: b"canary" in raw and b"DOWN" in raw, timeout=30)
        assert "did not come back within 6 s" in body_text(alert)
        forward = mailstack.wait_for(ADMIN, lambda raw: b"canary-forward" in raw, timeout=10)
        assert "TEST Canary Person" in body_text(forward)  # it went to the canary mailbox, nowhere else
