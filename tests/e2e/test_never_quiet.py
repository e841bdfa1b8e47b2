"""Issue 15 item 4 on the real stack: an unacknowledged case is repeated to the last step
and the HQ desk after the chain's end until a person acts, and then everyone it was
escalated to gets a stand-down. Chain minutes are half-seconds (a HIGH step waits 2.5 s)
and the repeat interval is 4 such minutes (2 s)."""

from __future__ import annotations

import time

import pytest

from tests.e2e.test_escalation import CASE, CR, DESK, DO, HQ, SHO, arrival, case, forwarded, reply, station_report
from tests.e2e.test_forward_ack import body_text, message_id, send_as, subject, wait_until

pytestmark = pytest.mark.e2e

OTHER_STATION = "do-sardarpura-jdh@police.example.in"  # in the stack, not on this case
QUICK = pytest.mark.lifeline_config(minute_seconds=0.5, repeat_last_step_minutes=4)


@QUICK
def test_an_unacknowledged_case_keeps_being_repeated_then_everyone_stands_down(mailstack, daemon):
    mailstack.deliver(HQ, station_report())
    forwarded(mailstack)
    # station -> SHO (2.5 s) -> control room (5 s) -> HQ desk (7.5 s) -> again every 2 s
    wait_until(lambda: len(arrival(mailstack, DESK, "escalation-desk")) >= 3, 30, "two repeats after the last step")
    c = case(daemon)
    assert c["state"] == "forwarded" and c["next_due_at"], "the clock must still run after the last step"
    assert sum(e["kind"] == "repeated" for e in c["events"]) >= 2
    desk_mail = mailstack.wait_for(DESK, lambda raw: b".escalation-desk." in raw, timeout=5)
    assert "Suresh Meghwal" in body_text(desk_mail)  # the HQ desk gets the full facts
    sho_mail = mailstack.wait_for(SHO, lambda raw: b".escalation." in raw, timeout=5)
    sho_text = body_text(sho_mail)
    assert "Suresh Meghwal" not in sho_text and "/case/" + CASE in sho_text and DO in sho_text
    for internal in ("hq_desk", "district_control_room", "sho)", "station_place", "district_name"):
        assert internal not in sho_text and internal not in body_text(desk_mail)
    assert "IST" in sho_text

    send_as(mailstack, DO, reply(DO, "ACK", thread=message_id(forwarded(mailstack))))
    wait_until(lambda: case(daemon).get("state") == "acknowledged", 10, "the station's ack")
    for who in (SHO, CR, DESK):
        down = mailstack.wait_for(who, lambda raw: b".stand-down." in raw, timeout=10)
        assert "STAND DOWN" in subject(down) and DO in body_text(down)
    assert arrival(mailstack, DO, "stand-down") == []  # who acted is not told to stand down
    repeats = len(arrival(mailstack, DESK, "escalation-desk"))
    time.sleep(4)  # two repeat intervals: nothing more after the ack
    assert len(arrival(mailstack, DESK, "escalation-desk")) == repeats
    assert case(daemon)["next_due_at"] is None


@QUICK
def test_a_stranger_gets_a_polite_refusal_and_the_desk_a_copy(mailstack, daemon):
    mailstack.deliver(HQ, station_report())
    forwarded(mailstack)
    stranger = OTHER_STATION
    send_as(mailstack, stranger, reply(stranger, "CLOSE safe", thread=message_id(forwarded(mailstack))))
    refusal = mailstack.wait_for(stranger, lambda raw: b".refusal." in raw, timeout=10)
    text = body_text(refusal)
    assert "could not act" in text and "Suresh Meghwal" not in text  # no case facts to a stranger
    mailstack.wait_for(DESK, lambda raw: b"stranger" in raw, timeout=10)
    assert case(daemon)["state"] in ("forwarded",)
