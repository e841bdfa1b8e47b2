"""The case-id pattern, written once in core/ids.py and used by every reader of our ids."""

import re

from daemon.core import ids, tokens
from daemon.reading import classify


def test_case_id_pattern_matches_what_case_id_writes():
    assert re.fullmatch(ids.CASE_ID, ids.case_id(2026, 123)) and ids.case_id(2026, 123) == "LL-2026-000123"
    assert ids.CASE_ID_RE.fullmatch("ll-2026-000123")
    for wrong in ("LL-26-000123", "LL-2026-00123", "LL-2026-0001234", "XX-2026-000123"):
        assert not re.fullmatch(ids.CASE_ID, wrong)


def test_readers_use_the_one_pattern():
    assert ids.CASE_ID in tokens.SUBJECT_TOKEN.pattern and ids.CASE_ID in tokens.PLUS_TOKEN.pattern
    assert classify.CASE_TAG is tokens.SUBJECT_TOKEN and classify.PLUS_CASE is tokens.PLUS_TOKEN
    msgid = ids.message_id("LL-2026-000123", "forward", 1, "lifeline.example.in", secret=KEY, recipients=(DO,))
    assert msgid.startswith("LL-2026-000123.forward.1.") and msgid.endswith("@lifeline.example.in")
    assert ids.CASE_ID_RE.search(msgid).group(0) == "LL-2026-000123"  # threading and bounces still see the case


KEY = b"k" * 32
DO = "do-malviyanagar-jpr@police.example.in"
SHO = "sho-malviyanagar-jpr@police.example.in"


def mid(key=KEY, case="LL-2026-000123", purpose="forward", seq=1, to=(DO,)):
    return ids.message_id(case, purpose, seq, "lifeline.example.in", secret=key, recipients=to)


def test_message_ids_are_deterministic_so_a_resend_is_recognised():
    assert mid() == mid()
    assert mid(to=(DO.upper(),)) == mid()  # addresses compare case-insensitively
    assert mid(to=(DO, SHO)) == mid(to=(SHO, DO))  # the recipients as a set


def test_message_ids_bind_case_purpose_seq_recipients_and_key():
    others = {mid(case="LL-2026-000124"), mid(purpose="receipt"), mid(seq=2), mid(to=(SHO,)), mid(key=b"x" * 32), mid()}
    assert len(others) == 6
    assert len(ids.mac_of(mid())) == ids.MAC_CHARS == 16


def test_verify_needs_the_key_and_the_recipients():
    assert ids.verify(KEY, mid(), (DO,))
    assert not ids.verify(KEY, mid(), (SHO,))
    assert not ids.verify(b"x" * 32, mid(), (DO,))
    assert not ids.verify(b"", mid(), (DO,))
    tampered = mid().replace("LL-2026-000123", "LL-2026-000124")
    assert not ids.verify(KEY, tampered, (DO,))


def test_the_old_sequential_ids_prove_nothing():
    old = "LL-2026-000123.forward.1@lifeline.example.in"  # what Lifeline wrote before MACs: guessable
    assert ids.mac_of(old) is None and not ids.verify(KEY, old, (DO,))
    guessed = "LL-2026-000123.forward.1." + "a" * 16 + "@lifeline.example.in"
    assert not ids.verify(KEY, guessed, (DO,))


def test_name_of_is_the_visible_part():
    assert ids.name_of(mid()) == "LL-2026-000123.forward.1"
    assert ids.name_of("LL-2026-000123.forward.1@lifeline.example.in") == "LL-2026-000123.forward.1"  # before MACs
    assert ids.name_of(None) is None
