"""Reply commands: the table covers the grammar, each guard holds, each command's effect."""

from dataclasses import replace

import pytest

from daemon.core.case import CaseState, escalate
from daemon.core.replies import Command, parse
from daemon.handlers import commands
from daemon.handlers.decision import NotifyDesk, QueueMail
from tests.handlers.common import DO, NOW, SHO, case_from, kinds


def by(config, sender=DO):
    return commands.By(sender, sender == config.hq_desk.lower(), NOW, config)


def test_every_verb_the_grammar_reads_has_its_command_module():
    lines = ("ACK", "REACHED", "CLOSE hospital", "FALSE ALARM", "NOT OURS PS Sardarpura", "ASSIGN PS X", "NEED HELP",
             "RELEASE", "STATUS", "on our way")
    verbs = {parse(line).verb for line in lines}
    assert verbs == set(commands.COMMANDS)
    for verb, module in commands.COMMANDS.items():
        assert isinstance(module.GUARD, commands.Guard) and callable(module.run), verb


@pytest.mark.parametrize("verb", ["release", "status"])
def test_desk_only_commands_from_anyone_else_are_notes(config, verb):
    case = case_from(config)
    done = commands.run(case, Command(verb, "", verb.upper()), by(config))
    assert done.result == "only the HQ desk may use this command; taken as a note"
    assert done.case.state is CaseState.ACKNOWLEDGED and done.effects == ()


@pytest.mark.parametrize("verb", ["ack", "note", "reached", "need_help"])
def test_a_held_case_takes_only_close_assign_release_and_status(config, verb):
    held = case_from(config, hold="unverified")
    done = commands.run(held, Command(verb, "", "x"), by(config, config.hq_desk))
    assert done.result == "case is held for the HQ desk; noted" and done.case.state is CaseState.HELD
    assert done.case.events[-1].kind == "note"


def test_close_runs_on_a_held_case(config):
    done = commands.run(case_from(config, hold="unverified"), Command("close", "false alarm", "FALSE ALARM"), by(config, config.hq_desk))
    assert done.case.state is CaseState.CLOSED and done.result == "closed: false alarm"


def test_ack_then_a_note(config):
    done = commands.run(case_from(config), Command("ack", "", "ACK"), by(config))
    assert done.result == "acknowledged" and done.case.next_due_at is None
    again = commands.run(done.case, Command("note", "", "on the way"), by(config))
    assert again.result == "noted" and again.case.events[-1].kind == "note"


def test_release_forwards_a_held_case_and_only_a_held_one(config):
    done = commands.run(case_from(config, hold="unverified"), Command("release", "", "RELEASE"), by(config, config.hq_desk))
    assert done.case.state is CaseState.FORWARDED and done.case.next_due_at is not None
    [forward] = done.effects
    assert forward.purpose == "forward" and forward.to == done.case.route.recipients
    done = commands.run(case_from(config), Command("release", "", "RELEASE"), by(config, config.hq_desk))
    assert done.result == "case is not held; nothing released" and done.effects == ()


def test_status_mails_the_timeline_as_it_was(config):
    done = commands.run(case_from(config), Command("status", "", "STATUS"), by(config, config.hq_desk))
    [mail] = done.effects
    assert mail.to == (config.hq_desk,) and mail.template == "status"
    assert done.case.events[-1].kind == "status_sent"
    assert mail.context["case"].events[-1].kind != "status_sent"


def test_need_help_climbs_now_or_alerts_the_desk_at_the_top(config):
    done = commands.run(case_from(config), Command("need_help", "", "NEED HELP"), by(config))
    assert done.case.step == 1 and done.result == "escalated to sho"
    assert [m.purpose for m in done.effects] == ["escalation", "reminder"] and done.effects[0].to == (SHO,)
    top = case_from(config)
    while top.step + 1 < len(top.route.chain):
        top, _ = escalate(top, NOW, "test", force=True)
    done = commands.run(top, Command("need_help", "", "NEED HELP"), by(config))
    [alert] = done.effects
    assert isinstance(alert, NotifyDesk) and alert.purpose == "desk-alert" and done.result == "HQ desk alerted"
    assert alert.context["title"] == f"NEED HELP on {top.id}"


def test_reassign_to_a_known_station_or_refuse(config):
    done = commands.run(case_from(config), Command("reassign", "sardarpura", "NOT OURS sardarpura"), by(config))
    assert done.case.route.station == "PS Sardarpura" and done.case.step == 0 and done.case.state is CaseState.FORWARDED
    assert kinds(done) == ["QueueMail"] and done.effects[0].purpose == "forward"
    done = commands.run(case_from(config), Command("reassign", "Atlantis", "NOT OURS Atlantis"), by(config))
    assert done.case.route.station == "PS Malviya Nagar" and done.case.events[-1].kind == "reassign_refused"
    [alert] = done.effects
    assert alert.context["reason"] == f"{DO} asked to re-route the case to 'Atlantis', which is not a station in the config."
    assert not any(isinstance(e, QueueMail) for e in done.effects)


def test_commands_are_pure_functions_of_the_case(config):
    case = case_from(config)
    first = commands.run(case, Command("ack", "", "ACK"), by(config))
    assert commands.run(case, Command("ack", "", "ACK"), by(config)) == first
    assert case == replace(case)  # the input case is untouched
