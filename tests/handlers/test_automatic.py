"""Auto-replies and bounces: never an acknowledgement; a recipient's escalates at once."""

from daemon.core.case import CaseState
from daemon.handlers import automatic
from daemon.handlers.decision import RecordBounce
from daemon.handlers.inputs import Loaded
from tests.handlers.common import DO, NOW, SHO, case_from, kinds, prepared, reply
from tests.helpers import bounce_mail

BOUNCE = bounce_mail("LL-2026-000001", DO)


def test_a_bounce_counts_the_address_escalates_and_tells_the_desk(config):
    case = case_from(config)
    mail = prepared(config, BOUNCE)
    assert mail.reading.failed_recipients == (DO,) and automatic.named_case(mail) == (case.id,)
    decision = automatic.handle(mail, Loaded(cases={case.id: case}), config, NOW)
    assert kinds(decision) == ["RecordBounce", "QueueMail", "QueueMail", "SaveCase", "NotifyDesk"]
    assert decision.effects[0] == RecordBounce(DO, case.id, NOW)
    assert decision.effects[1].to == (SHO,)
    saved = decision.effects[3].case
    assert saved.step == 1 and saved.acknowledged_by is None and saved.state is CaseState.FORWARDED
    assert decision.outcome.action == "bounce recorded; escalated to sho"
    assert decision.effects[4].context["reason"] == ("An automatic mail (bounce) came back for case LL-2026-000001. "
                                                     "It does not count as an acknowledgement; escalated to sho.")


def test_an_out_of_office_from_a_stranger_is_recorded_only(config):
    case = case_from(config)
    ooo = prepared(config, reply("someone@example.com", "I am out of the office.", extra="Auto-Submitted: auto-replied"))
    decision = automatic.handle(ooo, Loaded(cases={case.id: case}), config, NOW)
    assert kinds(decision) == ["SaveCase", "NotifyDesk"]
    assert decision.effects[0].case.events[-1].kind == "auto_reply" and decision.effects[0].case.step == 0


def test_without_a_known_case_only_the_desk_is_told(config):
    decision = automatic.handle(prepared(config, BOUNCE), Loaded(), config, NOW)
    assert kinds(decision) == ["NotifyDesk"] and decision.outcome.case_id is None
