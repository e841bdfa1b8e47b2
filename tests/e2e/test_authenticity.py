"""Forged reports on the real stack: a platform From address is not enough to reach a station."""

from __future__ import annotations

import time

import pytest

from daemon.dev.devstack.process import store_cases, store_outbox
from tests.e2e.test_forward_ack import HQ, JODHPUR_CR, wait_until
from tests.helpers import example

pytestmark = pytest.mark.e2e

DESK = "scrb-hq-desk@police.example.in"


def test_forged_authentication_results_are_held_for_the_desk(mailstack, daemon):
    genuine = example("facebook_plain.eml")
    # the same report, but the "dkim=pass" was written by a server we do not run
    forged = genuine.replace(b"Authentication-Results: mail.police.example.in;",
                             b"Authentication-Results: mx.attacker.example;")
    forged = forged.replace(b"<lero.8812045567.", b"<forged.8812045567.")
    assert forged != genuine
    mailstack.deliver(HQ, forged)
    [case] = wait_until(lambda: store_cases(daemon.store_path), 20, "the case to be opened")
    assert case["state"] == "held" and case["authentic"] is False
    assert "not verified as sent by the platform" in case["hold_reason"]
    wait_until(lambda: all(m["status"] == "sent" for m in store_outbox(daemon.store_path)), 20, "the desk notice sent")
    assert [m["to"] for m in store_outbox(daemon.store_path)] == [[DESK]]
    mailstack.wait_for(DESK, lambda raw: case["id"].encode() in raw, timeout=10)
    time.sleep(0.5)
    assert mailstack.messages(JODHPUR_CR) == []  # nothing reached the station
    wait_until(lambda: len(mailstack.messages(HQ, "Lifeline/Held")) == 1, 5, "the report to be moved to Held")
