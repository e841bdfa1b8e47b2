"""Reply tokens: the MAC of our Message-ID in the Reply-To plus-address; the older case-only
tokens (and canary ids) still valid."""

from daemon.core import ids
from daemon.core.tokens import is_mac, reply_to, token, tokens_in, valid

KEY = b"k" * 32
DO = "do-malviyanagar-jpr@police.example.in"


def test_case_only_token_depends_on_case_and_key():
    assert token(KEY, "LL-2026-000001") == token(KEY, "LL-2026-000001")
    assert token(KEY, "LL-2026-000001") != token(KEY, "LL-2026-000002")
    assert token(KEY, "LL-2026-000001") != token(b"x" * 32, "LL-2026-000001")
    assert valid(KEY, "LL-2026-000001", token(KEY, "LL-2026-000001").upper())
    assert not valid(KEY, "LL-2026-000002", token(KEY, "LL-2026-000001"))
    assert not valid(KEY, "LL-2026-000001", None)


def test_plus_address_carries_the_message_ids_mac():
    msgid = ids.message_id("LL-2026-000123", "forward", 1, "lifeline.police.example.in", secret=KEY, recipients=(DO,))
    address = reply_to("scrb-sm-desk@police.example.in", "LL-2026-000123", msgid)
    assert address == f"scrb-sm-desk+LL-2026-000123.{ids.mac_of(msgid)}@police.example.in"
    assert len(address.partition("@")[0]) <= 64  # RFC 5321 local-part limit
    [(case_id, found)] = tokens_in([f"Desk <{address.upper()}>"])
    assert case_id == "LL-2026-000123" and found == ids.mac_of(msgid) and is_mac(found)
    assert not valid(KEY, case_id, found)  # a MAC is checked against its mail, not as a case-only token
    # a Message-ID without a MAC gives no token
    assert reply_to("scrb-sm-desk@police.example.in", "LL-2026-000123", "x@y") == "scrb-sm-desk@police.example.in"


def test_subject_tags():
    tag = f"Re: [LL-2026-000123 {token(KEY, 'LL-2026-000123')}] HIGH"
    assert tokens_in([tag]) == [("LL-2026-000123", token(KEY, "LL-2026-000123"))]
    assert tokens_in(["Re: [LL-2026-000123] HIGH"]) == []
