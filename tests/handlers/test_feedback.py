"""handlers/feedback.py and the close command: a close returns the "record feedback" effect."""

import pytest

from daemon.config.web import FeedbackConfig
from daemon.core.case import CaseState
from daemon.core.replies import Command
from daemon.handlers import commands
from daemon.handlers.decision import RecordFeedback
from tests.handlers.common import DO, NOW, case_from


@pytest.fixture(scope="module")
def enabled(config):
    return config.model_copy(update={"feedback": FeedbackConfig(enabled=True)})


def close(config, case, outcome, line=None):
    return commands.run(case, Command("close", outcome, line or outcome.upper()), commands.By(DO, False, NOW, config))


def test_off_by_default_no_effect(config):
    assert config.feedback.enabled is False
    done = close(config, case_from(config), "false alarm")
    assert done.case.state is CaseState.CLOSED and done.effects == ()


def test_false_alarm_records_a_low_example(enabled):
    done = close(enabled, case_from(enabled), "false alarm")
    [effect] = done.effects
    assert isinstance(effect, RecordFeedback) and effect.case_id == "LL-2026-000001"
    assert (effect.example.outcome, effect.example.label, effect.example.closed_at) == ("false alarm", "low", NOW)
    assert effect.example.text == done.case.report.post_text and effect.example.lang == done.case.report.language


def test_hospital_is_high_and_not_found_teaches_nothing(enabled):
    assert close(enabled, case_from(enabled), "hospital").effects[0].example.label == "high"
    assert close(enabled, case_from(enabled), "not found").effects == ()


def test_a_second_close_that_teaches_nothing_withdraws_the_first(enabled):
    first = close(enabled, case_from(enabled), "false alarm")
    again = close(enabled, first.case, "not found")
    assert again.effects == (RecordFeedback("LL-2026-000001", None),)
    corrected = close(enabled, first.case, "hospital")  # a corrected outcome replaces the example
    assert corrected.effects[0].example.label == "high"


def test_a_reply_closing_the_case_carries_the_effect_to_the_applier(enabled):
    from daemon.handlers import reply
    from daemon.handlers.inputs import Loaded
    from tests.handlers.common import KEY, ours, prepared, reply as reply_mail

    case = case_from(enabled)
    mail = prepared(enabled, reply_mail(case.route.recipients[0], "FALSE ALARM, spoke to the family"))
    loaded = Loaded(KEY, {case.id: case}, ours(case.id), (), None)
    decision = reply.handle(mail, loaded, enabled, NOW)
    [effect] = [e for e in decision.effects if isinstance(e, RecordFeedback)]
    assert effect.example.label == "low"
