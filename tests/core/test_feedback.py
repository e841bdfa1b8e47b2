"""daemon/core/feedback.py: which outcome teaches which label, and what an example holds."""

from dataclasses import dataclass, replace
from datetime import datetime, timezone

import pytest

from daemon.core.case import attend, close, open_case
from daemon.core.feedback import Example, example_for, label_for, outcome_kind, training_lang, training_row
from daemon.core.report import Report
from daemon.core.risk import RiskLevel, RiskScore
from daemon.core.route import Route

NOW = datetime(2026, 11, 28, 21, 17, tzinfo=timezone.utc)
POST = "ab aur nahi hota, aaj raat sab khatam"


@pytest.mark.parametrize("outcome, attended, kind", [
    ("false alarm", False, "false alarm"), ("False  Alarm", True, "false alarm"),
    ("hospital", False, "hospital"), ("safe", False, "safe"),
    ("reached", False, "reached"), ("पहुँचे", False, "reached"), ("on spot", False, "reached"),
    ("not found", False, None), ("not found", True, None),  # says nothing about the post
    ("duplicate of LL-2026-000004", False, None),  # free words: nothing
    ("closed", True, "reached"), ("handed to family", True, "reached"),  # any CLOSE after a REACHED
    ("", False, None), (None, True, None),
])
def test_outcome_kinds(outcome, attended, kind):
    assert outcome_kind(outcome, attended) == kind


@pytest.mark.parametrize("kind, level, label", [
    ("false alarm", "high", "low"), ("false alarm", "unknown", "low"),
    ("hospital", "low", "high"), ("hospital", "unknown", "high"),
    ("safe", "low", "medium"), ("safe", "medium", "medium"), ("safe", "high", "high"), ("safe", "unknown", "medium"),
    ("reached", "low", "medium"), ("reached", "high", "high"),
])
def test_labels(kind, level, label):
    assert label_for(kind, RiskLevel(level)) == label


def case(post=POST, *, authentic=True, level=RiskLevel.MEDIUM, language="hi-Latn"):
    report = Report(subject_name="Test Person Kappa", phones=("+919800000009",), post_text=post, language=language,
                    location_hints=("Kesarpura",), reference="8800000009")
    route = Route("PS Test", "Test District", "Test District", "place", 0.9, ("do@police.example.in",))
    return open_case("LL-2026-000009", report, RiskScore(0.41, level), route, authentic=authentic,
                     source_message_id="<m@facebook.com>", now=NOW)


def test_example_holds_the_post_and_no_other_personal_data():
    closed = close(case(), "do@police.example.in", NOW, "false alarm")
    example = example_for(closed, NOW)
    assert example == Example("LL-2026-000009", POST, "hi-Latn", {}, "false alarm", "low", NOW)
    assert example.model == {"level": "medium", "score": 0.41}
    text = str(example.to_json())
    for personal in ("Test Person Kappa", "+919800000009", "Kesarpura", "8800000009", "do@police"):
        assert personal not in text
    assert Example.from_json(example.to_json()) == example


def test_reached_then_closed_teaches_real_risk():
    attended = attend(case(level=RiskLevel.LOW), "do@police.example.in", NOW, "REACHED")
    example = example_for(close(attended, "do@police.example.in", NOW, "counselled, with family"), NOW)
    assert (example.outcome, example.label) == ("reached", "medium")


def test_no_example_without_a_post_an_outcome_that_teaches_or_an_authentic_report():
    assert example_for(close(case(), "x@p", NOW, "not found"), NOW) is None
    assert example_for(close(case(post="  "), "x@p", NOW, "false alarm"), NOW) is None
    # a forged "report" closed as a false alarm must not teach the model its words are low
    assert example_for(close(case(authentic=False), "x@p", NOW, "false alarm"), NOW) is None


@dataclass(frozen=True)
class TwoOutputs(RiskScore):
    """What a two-output scorer adds (issue 14 item 1)."""

    p_high: float | None = None
    p_risk: float | None = None


def test_probabilities_are_kept_when_the_scorer_gives_them():
    closed = replace(close(case(), "x@p", NOW, "hospital"), risk=TwoOutputs(0.8, RiskLevel.HIGH, None, 0.7, 0.9))
    assert example_for(closed, NOW).model == {"level": "high", "score": 0.8, "p_high": 0.7, "p_risk": 0.9}


def test_training_row_is_the_models_data_schema():
    example = Example("LL-2026-000009", POST, "hi-Latn", {"level": "medium", "score": 0.41}, "safe", "medium", NOW)
    row = training_row(example)
    assert {k: row[k] for k in ("id", "text", "level", "lang", "split", "source")} == {
        "id": "fb-LL-2026-000009", "text": POST, "level": "medium", "lang": "hi-Latn", "split": "train", "source": "feedback"}
    assert row["tags"] == ["feedback", "outcome-safe"] and "exported_at" not in row


@pytest.mark.parametrize("lang, text, want", [
    ("en", "I am done", "en"), ("hi", "अब नहीं", "hi"),
    ("mixed", "अब नहीं होता yaar", "hi"), ("mixed", "ab nahi hota यार", "hi-Latn"), (None, "bas ab nahi", "hi-Latn"),
])
def test_training_language(lang, text, want):
    assert training_lang(lang, text) == want
