"""Forged replies and reports against the shipped config, through the real pipeline
(Authentication-Results read as the daemon reads them), the handlers and a real store; the
same mails on the real mail stack: tests/e2e/test_reply_attacks.py."""

import email
import email.policy
import json

import pytest

from daemon.store.audit import verify_file
from daemon.store.engine import Store
from tests.helpers import FIXTURES, Clock, Handling, example, forward_id, numbered_report, shipped_config

REPLIES = FIXTURES / "replies"
CR = "cr-jodhpur-comm@police.example.in"

# attack fixture -> (the case event it leaves, what the desk is told it tried)
ATTACKS = {
    "forged_guessed_thread_ack.eml": ("reply_unverified", "SECURITY: a reply that could not be verified tried to acknowledge"),
    "forged_guessed_mac_close.eml": ("reply_unverified", "SECURITY: a reply that could not be verified tried to close"),
    "forged_recipient_false_alarm.eml": ("reply_unauthenticated", "SECURITY: a reply that could not be verified tried to close"),
    "forged_desk_false_alarm.eml": ("reply_unauthenticated", "SECURITY: a reply that could not be verified tried to close"),
    "forged_encoded_display_name.eml": ("reply_ignored", "SECURITY: a reply from a stranger tried to close"),
    "forged_foreign_dkim.eml": ("reply_unauthenticated", "SECURITY: a reply that could not be verified tried to close"),
    "forged_untrusted_authserv.eml": ("reply_unauthenticated", "SECURITY: a reply that could not be verified tried to close"),
    "forged_ar_below_ours.eml": ("reply_unauthenticated", "SECURITY: a reply that could not be verified tried to reassign"),
}


def fill(name: str, case_id: str, thread: str) -> bytes:
    """A fixture reply about ``case_id`` threading to ``thread`` (README.md there)."""
    return (REPLIES / name).read_bytes().replace(b"LL-CASE", case_id.encode()).replace(b"<THREAD>", f"<{thread}>".encode())


@pytest.fixture
def desk(tmp_path):
    config = shipped_config(tmp_path)
    store = Store(config.store_path)
    uids = iter(range(1, 10_000))
    handling = Handling(config, store, Clock())
    handling.next = lambda raw: handling.handle(raw, next(uids))
    yield handling
    store.close()


def desk_titles(store, case_id):
    out = []
    for m in store.all_outgoing():
        if m.case_id == case_id and m.purpose.startswith("desk-"):
            parsed = email.message_from_bytes(store.outgoing_raw(m), policy=email.policy.default)
            out.append(" ".join(str(parsed["Subject"]).split()))
    return out


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_no_forged_reply_changes_a_case(desk, name):
    case_id = desk.next(example("facebook_plain.eml")).case_id
    before = desk.store.get_case(case_id)
    outcome = desk.next(fill(name, case_id, forward_id(desk.store, case_id)))
    after = desk.store.get_case(case_id)
    kind, title = ATTACKS[name]
    assert outcome.folder == "Replies"
    assert (after["state"], after["next_due_at"], after["acknowledged_by"]) == ("forwarded", before["next_due_at"], None)
    assert after["events"][-1]["kind"] == kind and after["events"][-1]["detail"].startswith("security: ")
    # kept in the hash-chained audit log, verified intact
    audit = [json.loads(line) for line in desk.store.audit_path.read_bytes().splitlines()]
    assert (audit[-1]["case_id"], audit[-1]["kind"]) == (case_id, kind)
    assert verify_file(desk.store.audit_path, desk.store.audit.head).ok
    assert [t for t in desk_titles(desk.store, case_id) if title + f" {case_id}" in t], desk_titles(desk.store, case_id)
    # nothing went to the forged sender's address: no receipt, and a refusal only to a stranger's real address
    extra = [m for m in desk.store.all_outgoing() if m.purpose in ("receipt", "stand-down")]
    assert extra == []
    refusals = [m.to for m in desk.store.all_outgoing() if m.purpose == "refusal"]
    assert refusals == ([("attacker@evil.example",)] if kind == "reply_ignored" else [])


def test_genuine_replies_from_outlook_gmail_apple_mail_and_in_hindi_act(desk):
    first = desk.next(example("facebook_plain.eml")).case_id
    thread = forward_id(desk.store, first)
    assert desk.next(fill("outlook_html_only_ack.eml", first, thread)).action == f"case {first} ack via thread -> acknowledged"
    assert desk.store.get_case(first)["acknowledged_by"] == CR
    assert desk.next(fill("gmail_reached.eml", first, thread)).action == f"case {first} reached via thread -> attended"
    assert desk.next(fill("hindi_safe.eml", first, thread)).action == f"case {first} close via thread -> closed"
    assert desk.store.get_case(first)["outcome"] == "safe"

    second = desk.next(numbered_report(2)).case_id
    thread = forward_id(desk.store, second)
    assert desk.next(fill("gmail_hindi_ui_ack.eml", second, thread)).action == f"case {second} ack via thread -> acknowledged"
    assert desk.next(fill("apple_mail_false_alarm.eml", second, thread)).action == f"case {second} close via thread -> closed"
    case = desk.store.get_case(second)
    assert case["outcome"] == "false alarm" and case["state"] == "closed"
    assert len([m for m in desk.store.all_outgoing() if m.purpose == "receipt"]) == 5


def test_a_forged_report_with_the_same_message_id_does_not_swallow_the_genuine_one(desk):
    forged = (REPLIES / "forged_report_same_message_id.eml").read_bytes()
    genuine = example("facebook_plain.eml")
    held = desk.next(forged)
    assert held.folder == "Held"
    case = desk.store.get_case(held.case_id)
    assert case["state"] == "held" and case["hold_reason"].startswith("not verified as sent by the platform: DKIM failed")
    forwarded = desk.next(genuine)
    assert forwarded.folder == "Processed" and forwarded.case_id != held.case_id
    assert desk.store.get_case(forwarded.case_id)["state"] == "forwarded"
    assert [m.to for m in desk.store.all_outgoing() if m.purpose == "forward"] == [(CR,)]
    # the genuine one again: by its bytes, and re-delivered with another Received on top (both authentic)
    assert desk.next(genuine).action == "duplicate of an earlier intake"
    relayed = b"Received: from relay2.police.example.in by mail.police.example.in; Sat, 28 Nov 2026 21:16:41 +0000\n" + genuine
    assert desk.next(relayed).action == "duplicate of an earlier intake"
    # the forgery again under other bytes is handled on its own, never as the genuine report's duplicate
    again = desk.next(forged.replace(b"Ramesh Kumawat", b"Ramesh Kumawat Ji"))
    assert again.folder == "Held" and again.case_id not in (held.case_id, forwarded.case_id) or again.action.startswith("repeat")
    assert len([m for m in desk.store.all_outgoing() if m.purpose == "forward"]) == 1
