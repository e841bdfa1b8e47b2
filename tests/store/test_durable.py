"""The store's JSON encoding: compact UTF-8, byte for byte what the stdlib json wrote before."""

import json

from daemon.store.durable import json_bytes


def test_json_bytes_equals_stdlib_compact_utf8():
    doc = {"cases": {"1": {"id": "LL-2026-000001", "report": {"subject_name": "परीक्षण व्यक्ति", "phones": ["+919800000001"]},
                           "risk": {"score": 0.27380000000000004, "level": "high"}, "events": [], "hold_reason": None,
                           "authentic": True, "n": 12345678901}}, "meta": {"1": {"key": "case_seq_2026", "value": 1}}}
    assert json_bytes(doc) == json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    assert json.loads(json_bytes(doc)) == doc


def test_json_bytes_non_string_keys_become_strings_as_with_json():
    assert json_bytes({1: "a", None: "b"}) == json.dumps({1: "a", None: "b"}, separators=(",", ":")).encode()
