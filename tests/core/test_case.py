from datetime import timedelta

from daemon.core.case import Case, CaseState, acknowledge, may_act, open_case
from daemon.core.report import Report
from daemon.core.risk import RiskLevel, RiskScore
from daemon.core.route import Route
from tests.helpers import Clock

ROUTE = Route("PS Ratanada", "Jodhpur East", "Jodhpur", "station_place", 0.9, ("do-ratanada-jdh@police.example.in",))
RISK = RiskScore(None, RiskLevel.UNKNOWN, "no model")


def test_open_case_is_forwarded_with_received_and_forwarded_events():
    now = Clock()()
    case = open_case("LL-2026-000001", Report(subject_name="Test Person"), RISK, ROUTE, authentic=True,
                     source_message_id="m@x", now=now)
    assert case.state is CaseState.FORWARDED
    assert [e.kind for e in case.events] == ["received", "forwarded"]


def test_unauthentic_case_is_held_with_reason():
    case = open_case("LL-2026-000002", Report(), RISK, ROUTE, authentic=False, source_message_id=None,
                     now=Clock()(), hold_reason="sender not trusted")
    assert case.state is CaseState.HELD and case.hold_reason == "sender not trusted"


def test_first_ack_sets_who_and_when_later_ones_are_notes():
    clock = Clock()
    case = open_case("LL-2026-000001", Report(), RISK, ROUTE, authentic=True, source_message_id=None, now=clock())
    t1 = clock() + timedelta(minutes=2)
    case = acknowledge(case, "do-ratanada-jdh@police.example.in", t1, "ACK")
    assert case.state is CaseState.ACKNOWLEDGED
    assert (case.acknowledged_by, case.acknowledged_at) == ("do-ratanada-jdh@police.example.in", t1)
    again = acknowledge(case, "do-ratanada-jdh@police.example.in", t1 + timedelta(minutes=1), "team left")
    assert again.acknowledged_at == t1 and again.events[-1].kind == "note"


def test_who_may_act():
    case = open_case("LL-2026-000001", Report(), RISK, ROUTE, authentic=True, source_message_id=None, now=Clock()())
    assert may_act(case, "DO-Ratanada-JDH@police.example.in", "desk@x")
    assert may_act(case, "desk@x", "desk@x")
    assert not may_act(case, "someone@police.example.in", "desk@x")


def test_case_round_trips_through_json():
    case = open_case("LL-2026-000001", Report(subject_name="A", phones=("+919829041736",)), RISK, ROUTE,
                     authentic=True, source_message_id="m@x", now=Clock()())
    case = acknowledge(case, "do-ratanada-jdh@police.example.in", Clock()(), "ACK")
    assert Case.from_json(case.to_json()) == case


def test_case_json_keeps_both_probabilities():
    case = open_case("LL-2026-000001", Report(post_text="x"), RiskScore(0.8, RiskLevel.MEDIUM, p_high=0.2, p_risk=0.9),
                     ROUTE, authentic=True, source_message_id=None, now=Clock()())
    back = Case.from_json(case.to_json())
    assert (back.risk.p_high, back.risk.p_risk, back.risk.level) == (0.2, 0.9, RiskLevel.MEDIUM)
    old = case.to_json()
    old["risk"] = {"score": 0.5, "level": "high", "problem": None}  # a store written before issue 14
    assert Case.from_json(old).risk.p_high is None
