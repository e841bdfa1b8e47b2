"""Issue 13 on the real stack (Dovecot + the SMTP relay, the daemon as a child process, the
shipped config): forged replies change no case and the desk hears of each at once; a forged
report does not swallow the genuine one; genuine replies as Outlook, Gmail (English and Hindi
UI), Apple Mail and a Hindi-writing officer send them still act."""

from __future__ import annotations

import time

import pytest

from daemon.dev.devstack.process import store_cases
from tests.app.test_reply_security import ATTACKS, REPLIES, fill
from tests.e2e.test_escalation import SHO, reply
from tests.e2e.test_forward_ack import HQ, JODHPUR_CR, message_id, send_as, subject, wait_until
from tests.helpers import example, numbered_report

pytestmark = pytest.mark.e2e

DESK = "scrb-hq-desk@police.example.in"
FAST = pytest.mark.lifeline_config(minute_seconds=1.0)  # a HIGH step waits 5 s


def in_folder(mailstack, folder: str) -> int:
    """Mails in an HQ mailbox folder (0 until the daemon made it)."""
    try:
        return len(mailstack.messages(HQ, folder))
    except Exception:  # noqa: BLE001 - "Mailbox doesn't exist" before the first move
        return 0


def cases(daemon) -> dict[str, dict]:
    return {c["id"]: c for c in store_cases(daemon.store_path)}


def forward_to(mailstack, who: str, case_id: str) -> str:
    """The Message-ID of the forward ``who`` received for the case (a real client replies to it)."""
    return message_id(mailstack.wait_for(who, lambda raw: f"{case_id}.forward.1.".encode() in raw, timeout=10))


def security_notices(mailstack, case_id: str) -> list[str]:
    return [s for s in (" ".join(subject(raw).split()) for raw in mailstack.messages(DESK))
            if s.startswith(f"[{case_id}] HQ desk: SECURITY:")]


@FAST
def test_forged_replies_change_no_case_and_the_desk_hears_of_each(mailstack, daemon):
    case_id = "LL-2026-000001"
    mailstack.deliver(HQ, example("facebook_plain.eml"))
    thread = forward_to(mailstack, JODHPUR_CR, case_id)
    sent_at = time.time()
    for name in sorted(ATTACKS):  # from outside, straight into the HQ mailbox
        mailstack.deliver(HQ, fill(name, case_id, thread), mail_from="bounce@evil.example")
    wait_until(lambda: in_folder(mailstack, "Lifeline/Replies") == len(ATTACKS), 20, "every forgery handled")
    notices = wait_until(lambda: len(security_notices(mailstack, case_id)) >= len(ATTACKS) and security_notices(mailstack, case_id),
                         20, "a desk notice for each forgery")
    told_within = time.time() - sent_at
    case = cases(daemon)[case_id]
    assert case["state"] == "forwarded" and case["acknowledged_by"] is None and case.get("outcome") is None
    assert case["route"]["station"] is None and case["route"]["recipients"] == [JODHPUR_CR]  # NOT OURS did nothing
    kinds = [e["kind"] for e in case["events"] if e["detail"].startswith("security: ")]
    assert sorted(kinds) == sorted(kind for kind, _ in ATTACKS.values())
    for _, title in ATTACKS.values():
        assert any(n.startswith(f"[{case_id}] HQ desk: {title} {case_id}") for n in notices), (title, notices)
    # a forged ACK / FALSE ALARM once stopped the escalation: the chain still climbs to the HQ desk
    mailstack.wait_for(DESK, lambda raw: b".escalation-desk." in raw, timeout=15)
    assert mailstack.messages(JODHPUR_CR, "INBOX") and not [r for r in mailstack.messages(JODHPUR_CR) if b".receipt." in r]
    print(f"\nREPLY ATTACKS: {len(ATTACKS)} forgeries, case unchanged, {len(notices)} security notices to the desk "
          f"within {told_within:.1f}s of delivery")


def test_a_forged_report_with_the_same_message_id_does_not_swallow_the_genuine_one(mailstack, daemon):
    mailstack.deliver(HQ, (REPLIES / "forged_report_same_message_id.eml").read_bytes(), mail_from="bounce@evil.example")
    wait_until(lambda: len(cases(daemon)) == 1, 20, "the forgery's case")
    mailstack.deliver(HQ, example("facebook_plain.eml"), mail_from="bounce-lero@support.facebook.com")
    forward = mailstack.wait_for(JODHPUR_CR, lambda raw: b".forward.1." in raw, timeout=20)
    got = wait_until(lambda: len(cases(daemon)) == 2 and cases(daemon), 10, "the genuine report's own case")
    held, forwarded = got["LL-2026-000001"], got["LL-2026-000002"]
    assert held["state"] == "held" and held["hold_reason"].startswith("not verified as sent by the platform: DKIM failed")
    assert forwarded["state"] == "forwarded" and forwarded["authentic"] is True
    assert b"LL-2026-000002" in forward and "Suresh Meghwal" in forward.decode("utf-8", "replace")
    mailstack.wait_for(DESK, lambda raw: b"report held" in raw and b"LL-2026-000001" in raw, timeout=10)
    assert not [r for r in mailstack.messages(JODHPUR_CR) if b"LL-2026-000001" in r]  # the forgery reached no station
    wait_until(lambda: in_folder(mailstack, "Lifeline/Held") == 1 and in_folder(mailstack, "Lifeline/Processed") == 1,
               10, "one mail in Held, one in Processed")


def test_genuine_replies_from_each_mail_client_still_act(mailstack, daemon):
    def state(case_id, wanted, what):
        return wait_until(lambda: cases(daemon).get(case_id, {}).get("state") == wanted and cases(daemon)[case_id], 15, what)

    mailstack.deliver(HQ, example("facebook_plain.eml"))
    thread = forward_to(mailstack, JODHPUR_CR, "LL-2026-000001")
    send_as(mailstack, JODHPUR_CR, fill("outlook_html_only_ack.eml", "LL-2026-000001", thread))
    assert state("LL-2026-000001", "acknowledged", "Outlook's HTML-only ACK")["acknowledged_by"] == JODHPUR_CR
    send_as(mailstack, JODHPUR_CR, fill("gmail_reached.eml", "LL-2026-000001", thread))
    state("LL-2026-000001", "attended", "Gmail's 'On ... wrote:' REACHED")
    send_as(mailstack, JODHPUR_CR, fill("hindi_safe.eml", "LL-2026-000001", thread))
    assert state("LL-2026-000001", "closed", "the Hindi सुरक्षित")["outcome"] == "safe"

    mailstack.deliver(HQ, numbered_report(2))
    thread = forward_to(mailstack, JODHPUR_CR, "LL-2026-000002")
    send_as(mailstack, JODHPUR_CR, fill("gmail_hindi_ui_ack.eml", "LL-2026-000002", thread))
    state("LL-2026-000002", "acknowledged", "Gmail's Hindi '... ने लिखा:' प्राप्त")
    send_as(mailstack, JODHPUR_CR, fill("apple_mail_false_alarm.eml", "LL-2026-000002", thread))
    assert state("LL-2026-000002", "closed", "Apple Mail's FALSE ALARM")["outcome"] == "false alarm"

    # the SHO, the chain's next step, answers before the escalation reached them
    mailstack.deliver(HQ, numbered_report(3).replace(b"City (profile): Jodhpur, Rajasthan", b"City (profile): Malviya Nagar, Jaipur"))
    thread = forward_to(mailstack, "do-malviyanagar-jpr@police.example.in", "LL-2026-000003")
    send_as(mailstack, SHO, reply(SHO, "REACHED. With the family now.", thread=thread))
    case = state("LL-2026-000003", "attended", "the SHO's REACHED")
    assert case["step"] == 0 and SHO in [e["actor"] for e in case["events"]]
    receipts = [r for r in mailstack.messages(JODHPUR_CR) + mailstack.messages(SHO) if b".receipt." in r]
    wait_until(lambda: len([r for r in mailstack.messages(JODHPUR_CR) + mailstack.messages(SHO) if b".receipt." in r]) == 6,
               15, "a receipt for each of the six replies")
    assert not [s for s in (subject(r) for r in mailstack.messages(DESK)) if "SECURITY" in s], receipts
