"""Reply tokens: deterministic per key and case, different across cases and keys."""

from daemon.core.tokens import reply_to, token, tokens_in, valid

KEY = b"k" * 32


def test_token_depends_on_case_and_key():
    assert token(KEY, "LL-2026-000001") == token(KEY, "LL-2026-000001")
    assert token(KEY, "LL-2026-000001") != token(KEY, "LL-2026-000002")
    assert token(KEY, "LL-2026-000001") != token(b"x" * 32, "LL-2026-000001")
    assert valid(KEY, "LL-2026-000001", token(KEY, "LL-2026-000001").upper())
    assert not valid(KEY, "LL-2026-000002", token(KEY, "LL-2026-000001"))
    assert not valid(KEY, "LL-2026-000001", None)


def test_plus_address_round_trip():
    address = reply_to("scrb-sm-desk@police.example.in", KEY, "LL-2026-000123")
    assert address.startswith("scrb-sm-desk+LL-2026-000123.") and address.endswith("@police.example.in")
    [(case_id, found)] = tokens_in([f"Desk <{address}>"])
    assert case_id == "LL-2026-000123" and valid(KEY, case_id, found)
    tag = f"Re: [LL-2026-000123 {token(KEY, 'LL-2026-000123')}] HIGH"
    assert tokens_in([tag]) == [("LL-2026-000123", token(KEY, "LL-2026-000123"))]
    assert tokens_in(["Re: [LL-2026-000123] HIGH"]) == []

