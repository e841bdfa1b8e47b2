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
    assert ids.message_id("LL-2026-000123", "forward", 1, "lifeline.example.in") == "LL-2026-000123.forward.1@lifeline.example.in"
