"""Retention: personal data of closed cases is erased after the period; counts and timings stay."""

from datetime import datetime, timedelta, timezone

from daemon.core.case import Case
from daemon.core.outgoing import OutgoingMail
from daemon.store.retention import erase_mail, erase_personal, maintain
from daemon.store.engine import Store
from daemon.config.schema import StorePolicy

NOW = datetime(2027, 12, 31, tzinfo=timezone.utc)


def closed(case_id="LL-2026-000001", closed_days_ago=400):
    at = (NOW - timedelta(days=closed_days_ago)).isoformat()
    return {
        "id": case_id, "state": "closed", "created_at": at, "authentic": True,
        "risk": {"score": 0.91, "level": "high", "problem": None},
        "route": {"station": "Ratanada", "police_district": "Jodhpur Commissionerate", "district": "Jodhpur",
                  "matched_by": "place", "confidence": 0.9, "recipients": ["sho@police.example.in"], "candidates": []},
        "report": {"platform": "facebook", "reference": "8800000001", "subject_name": "Test Person Beta",
                   "phones": ["+919800000001"], "emails": ["beta@example.com"],
                   "ips": [{"ip": "203.0.113.7", "seen_at": None}], "profile_urls": ["https://fb.example/beta"],
                   "usernames": ["beta.test"], "post_text": "fictional post text", "post_time": at,
                   "location_hints": ["Ratanada"], "language": "en", "user_ids": ["100000000001"]},
        "events": [{"at": at, "kind": "received", "actor": "lifeline", "detail": "risk high"},
                   {"at": at, "kind": "acknowledged", "actor": "sho@police.example.in", "detail": "ACK, met Beta"},
                   {"at": at, "kind": "closed", "actor": "sho@police.example.in", "detail": ""}],
        "source_message_id": "<x@facebook.com>", "acknowledged_by": "sho@police.example.in", "acknowledged_at": at,
    }


def test_erase_removes_personal_fields_and_keeps_statistics():
    case = closed()
    erased = erase_personal(case, NOW, 365)
    text = str(erased)
    for personal in ("Test Person Beta", "+919800000001", "beta@example.com", "203.0.113.7", "fb.example/beta",
                     "beta.test", "fictional post text", "100000000001", "met Beta", "8800000001"):
        assert personal not in text
    assert erased["risk"] == case["risk"] and erased["route"] == case["route"] and erased["state"] == "closed"
    assert [(e["at"], e["kind"], e["actor"]) for e in erased["events"]] == [(e["at"], e["kind"], e["actor"]) for e in case["events"]]
    assert erased["report"]["post_time"] == case["report"]["post_time"]
    assert Case.from_json(erased).report.subject_name is None  # still a valid case
    assert case["report"]["subject_name"] == "Test Person Beta"  # pure: input untouched


def test_not_erased_before_the_period_or_while_open_or_twice():
    assert erase_personal(closed(closed_days_ago=100), NOW, 365) is None
    assert erase_personal({**closed(), "state": "acknowledged"}, NOW, 365) is None
    assert erase_personal(erase_personal(closed(), NOW, 365), NOW, 365) is None


def test_erase_mail_keeps_pending_mail():
    assert erase_mail({"status": "pending", "raw_b64": "eA=="}, NOW) is None
    assert erase_mail({"status": "sent", "raw_b64": "eA=="}, NOW)["raw_b64"] is None


def test_maintain_archives_and_erases_live_and_archived(tmp_path):
    store = Store(tmp_path / "s.json")
    old = closed("LL-2026-000001", closed_days_ago=400)
    old["report"]["subject_name"] = "Test Person Gamma"
    store.put_case(old)
    store.put_case(closed("LL-2026-000002", closed_days_ago=10))
    store.add_outgoing(OutgoingMail.from_json({"message_id": "m1", "case_id": "LL-2026-000001", "status": "sent",
                                               "raw_b64": "eA==", "queued_at": (NOW - timedelta(days=400)).isoformat()}))
    result = maintain(store, NOW, StorePolicy(archive_closed_after_days=30, retention_days=365))
    assert result["archived_cases"] == 1 and result["erased_cases"] == 1 and result["erased_mails"] == 1
    [archived] = store.archived("cases")
    assert archived["id"] == "LL-2026-000001" and archived["report"]["subject_name"] is None
    assert store.archived("outbox")[0]["raw_b64"] is None
    assert store.get_case("LL-2026-000002")["report"]["subject_name"] == "Test Person Beta"  # recent: kept
    # no copy of the erased data is left in the live file or its backup
    for path in (tmp_path / "s.json", tmp_path / "s.json.bak", *(tmp_path / "archive").iterdir()):
        assert "Test Person Gamma" not in path.read_text(), path
    store.close()


def test_maintain_erases_the_feedback_example_with_its_case_unless_exported(tmp_path):
    from daemon.core.feedback import Example
    from daemon.store.feedback import FeedbackFile
    from daemon.store.layout import feedback_path

    store = Store(tmp_path / "s.json")
    for n, days in ((1, 400), (2, 400), (3, 10)):
        store.put_case(closed(f"LL-2026-00000{n}", closed_days_ago=days))
    feedback = FeedbackFile(feedback_path(store.path))
    for n, days in ((1, 400), (2, 400), (3, 10)):
        closed_at = NOW - timedelta(days=days)
        feedback.record(f"LL-2026-00000{n}", Example(f"LL-2026-00000{n}", f"fictional post {n}", "en", {}, "false alarm",
                                                     "low", closed_at, closed_at if n == 2 else None))
    result = maintain(store, NOW, StorePolicy(archive_closed_after_days=30, retention_days=365))
    assert result["erased_cases"] == 2 and result["erased_examples"] == 1
    assert [e.case_id for e in feedback.read()[0]] == ["LL-2026-000002", "LL-2026-000003"]  # exported; recent
    assert "fictional post 1" not in feedback.path.read_text()
    store.close()
