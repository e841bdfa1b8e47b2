"""Issue 6 on the real stack: replies, commands, out-of-office and chain steps, with chain
minutes shortened to seconds (minute_seconds) so a HIGH step waits 5 s."""

from __future__ import annotations

import time

import pytest

from daemon.core.isotime import from_iso
from daemon.dev.devstack.process import store_cases
from tests.e2e.test_forward_ack import body_text, message_id, send_as, subject, wait_until
from tests.helpers import MTA_PASS, example

pytestmark = pytest.mark.e2e

HQ = "scrb-sm-desk@police.example.in"
DO = "do-malviyanagar-jpr@police.example.in"
SHO = "sho-malviyanagar-jpr@police.example.in"
CR = "cr-jaipur-east@police.example.in"
DESK = "scrb-hq-desk@police.example.in"
CASE = "LL-2026-000001"
FAST = pytest.mark.lifeline_config(minute_seconds=1.0)


def station_report() -> bytes:
    return example("facebook_plain.eml").replace(
        b"City (profile): Jodhpur, Rajasthan", "City (profile): Malviya Nagar, Jaipur".encode())


def reply(sender: str, body: str, *, thread: str | None = None, to: str = HQ, extra: str = "", auth: bool = True) -> bytes:
    """A reply threading to ``thread`` (our mail's Message-ID), as our MTA delivers it: stamped
    with a DKIM pass for the police domain unless ``auth=False`` (MTA_PASS)."""
    head = [MTA_PASS] if auth else []
    head += [f"From: Officer <{sender}>", f"To: {to}", f"Subject: Re: [{CASE}] HIGH risk",
             f"Message-ID: <{abs(hash((sender, body, time.time())))}@police.example.in>"]
    if thread:
        head.append(f"In-Reply-To: <{thread}>")
    if extra:
        head.append(extra)
    head += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body, ""]
    return "\r\n".join(head).encode()


def case(daemon) -> dict:
    cases = store_cases(daemon.store_path)
    return cases[0] if cases else {}


def forwarded(mailstack) -> bytes:
    return mailstack.wait_for(DO, lambda raw: b"LL-2026-000001.forward.1" in raw, timeout=10)


def arrival(mailstack, to: str, purpose: str) -> list:
    return [a for a in mailstack.accepted if to in a.rcpts and f".{purpose}." in (a.message_id or "")]


@FAST
def test_ack_in_hindi_stops_escalation_and_sends_a_receipt(mailstack, daemon):
    mailstack.deliver(HQ, station_report())
    fid = message_id(forwarded(mailstack))
    send_as(mailstack, DO, reply(DO, "प्राप्त, टीम रवाना", thread=fid))
    wait_until(lambda: case(daemon).get("state") == "acknowledged", 10, "the Hindi ack")
    receipt = mailstack.wait_for(DO, lambda raw: b".receipt." in raw, timeout=10)
    assert "ACK" in subject(receipt)
    time.sleep(6)  # past the 5 s deadline: no step may follow an ack
    assert arrival(mailstack, SHO, "escalation") == []
    assert case(daemon)["acknowledged_by"] == DO


@FAST
def test_reply_to_the_token_plus_address_is_delivered_and_acts(mailstack, daemon):
    mailstack.deliver(HQ, station_report())
    forward = forwarded(mailstack)
    import email, email.policy
    plus = str(email.message_from_bytes(forward, policy=email.policy.default)["Reply-To"])
    assert plus.startswith(f"scrb-sm-desk+{CASE}.")
    send_as(mailstack, DO, reply(DO, "REACHED", to=plus), to=plus)
    wait_until(lambda: case(daemon).get("state") == "attended", 10, "REACHED via the plus-address")


@FAST
def test_forged_case_id_and_stranger_are_ignored_and_reported(mailstack, daemon):
    mailstack.deliver(HQ, station_report())
    fid = message_id(forwarded(mailstack))
    send_as(mailstack, DO, reply(DO, "SAFE"))  # case number only: forged
    wait_until(lambda: any(e["kind"] == "reply_unverified" for e in case(daemon).get("events", [])), 10, "forgery")
    stranger = "cr-beawar@police.example.in"  # threads, but is neither a recipient nor on the chain
    send_as(mailstack, stranger, reply(stranger, "ACK", thread=fid))
    wait_until(lambda: any(e["kind"] == "reply_ignored" for e in case(daemon).get("events", [])), 10, "stranger")
    assert case(daemon)["state"] == "forwarded"
    notices = mailstack.wait_for(DESK, lambda raw: b"stranger" in raw, timeout=10)
    assert "SECURITY" in subject(notices) and "acknowledge" in subject(notices)
    assert any("could not be verified tried to close" in subject(raw) for raw in mailstack.messages(DESK))


@FAST
def test_out_of_office_escalates_at_once_never_acks(mailstack, daemon):
    mailstack.deliver(HQ, station_report())
    forwarded(mailstack)
    t0 = time.time()
    send_as(mailstack, DO, reply(DO, "I am out of the office until Monday.", extra="Auto-Submitted: auto-replied",
                                 thread=message_id(forwarded(mailstack))))
    mailstack.wait_for(SHO, lambda raw: b".escalation." in raw, timeout=4)
    assert time.time() - t0 < 4  # well before the 5 s deadline: at once
    c = case(daemon)
    assert c["state"] == "forwarded" and c["acknowledged_by"] is None and c["step"] == 1


@FAST
def test_no_reply_climbs_the_chain_in_order_then_stops_on_ack(mailstack, daemon):
    mailstack.deliver(HQ, station_report())
    forwarded(mailstack)
    sho = mailstack.wait_for(SHO, lambda raw: b".escalation." in raw, timeout=12)
    assert "Suresh Meghwal" not in body_text(sho)  # escalation copies get the summary
    reminder = mailstack.wait_for(DO, lambda raw: b".reminder." in raw, timeout=5)
    assert "Suresh Meghwal" in body_text(reminder)  # the station gets full details again
    mailstack.wait_for(CR, lambda raw: b".escalation." in raw, timeout=12)
    send_as(mailstack, CR, reply(CR, "ACK", thread=message_id(arrival(mailstack, CR, "escalation")[0].raw)))
    wait_until(lambda: case(daemon).get("state") == "acknowledged", 10, "the control room's ack")
    time.sleep(6)
    assert arrival(mailstack, DESK, "escalation") == []
    c = case(daemon)
    steps = [e["detail"] for e in c["events"] if e["kind"] == "escalated"]
    assert [s.split(":")[0] for s in steps] == ["step 2", "step 3"]
    # measured: deadline -> escalation mail accepted by the relay
    first = min(a.time for a in arrival(mailstack, SHO, "escalation"))
    created = from_iso(c["created_at"]).timestamp()
    print(f"ESCALATION DELAY step2 {first - (created + 5):.3f}s")
    assert first - (created + 5) < 2.0


@FAST
def test_not_ours_reroutes_and_restarts_the_clock(mailstack, daemon):
    mailstack.deliver(HQ, station_report())
    fid = message_id(forwarded(mailstack))
    send_as(mailstack, DO, reply(DO, "NOT OURS PS Sardarpura", thread=fid))
    wait_until(lambda: case(daemon).get("route", {}).get("station") == "PS Sardarpura", 10, "the re-route")
    new_do = case(daemon)["route"]["recipients"][-1]
    mailstack.wait_for(new_do, lambda raw: b"LL-2026-000001.forward.2" in raw, timeout=10)
    assert mailstack.wait_for(DO, lambda raw: b".receipt." in raw, timeout=10)


@FAST
def test_killed_during_pending_escalation_fires_once_on_time(mailstack, daemon):
    mailstack.deliver(HQ, station_report())
    forwarded(mailstack)
    due = from_iso(case(daemon)["next_due_at"]).timestamp()
    daemon.process.kill()  # SIGKILL, the step pending
    time.sleep(max(0.0, due - time.time() - 2.5))
    daemon.process.start().wait_ready()
    mailstack.wait_for(SHO, lambda raw: b".escalation." in raw, timeout=10)
    time.sleep(2)
    sent = arrival(mailstack, SHO, "escalation")
    assert len(sent) == 1
    delay = sent[0].time - due
    print(f"ESCALATION DELAY after restart {delay:.3f}s")
    assert -0.5 < delay < 3.0
    assert [e["kind"] for e in case(daemon)["events"]].count("escalated") == 1


@FAST
def test_bounce_escalates_at_once(mailstack, daemon):
    mailstack.deliver(HQ, station_report())
    forwarded(mailstack)
    bounce = (
        "From: Mail Delivery System <MAILER-DAEMON@police.example.in>\r\nTo: scrb-sm-desk@police.example.in\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <b1@police.example.in>\r\n"
        "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nmailbox full\r\n"
        f"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail\r\n\r\nFinal-Recipient: rfc822; {DO}\r\n"
        "Action: failed\r\nStatus: 5.2.2\r\n"
        f"--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: {HQ}\r\nTo: {DO}\r\n"
        f"Subject: [{CASE}] HIGH\r\nMessage-ID: <{CASE}.forward.1@lifeline.police.example.in>\r\n\r\nbody\r\n--b--\r\n"
    ).encode()
    t0 = time.time()
    mailstack.deliver(HQ, bounce)
    mailstack.wait_for(SHO, lambda raw: b".escalation." in raw, timeout=4)
    assert time.time() - t0 < 4
    c = case(daemon)
    assert c["step"] == 1 and c["acknowledged_by"] is None
    assert any(e["kind"] == "bounce" and DO in e["detail"] for e in c["events"])


@FAST
def test_repeat_report_attaches_and_updates_the_station(mailstack, daemon):
    mailstack.deliver(HQ, station_report())
    forwarded(mailstack)
    again = station_report().replace(b"lero.8812045567.1764364592", b"lero.8812045567.2").replace(
        "आज रात के बाद".encode(), "अब और नहीं".encode())
    mailstack.deliver(HQ, again)
    update = mailstack.wait_for(DO, lambda raw: b".repeat." in raw, timeout=10)
    assert "अब और नहीं" in body_text(update)
    assert len(store_cases(daemon.store_path)) == 1
    assert any(e["kind"] == "repeat_report" for e in case(daemon)["events"])
