"""The never-silent rules: when an outage is alerted, by which routes, and once on recovery."""

from __future__ import annotations

import asyncio
import sys
from datetime import timedelta
from zoneinfo import ZoneInfo

from daemon.app.alarms import Alarms, decide
from daemon.app.health import Health, Link
from tests.helpers import Clock

IST = ZoneInfo("Asia/Kolkata")
AFTER = timedelta(minutes=5)


def test_decide_alerts_once_after_the_threshold_then_once_on_recovery():
    clock = Clock()
    link = Link("mail.example:993", down_since=clock(), problem="mail.example:993: login refused")
    alerted, alert = decide("intake", link, None, AFTER, clock() + timedelta(minutes=4, seconds=59), IST)
    assert alerted is None and alert is None  # not yet
    alerted, alert = decide("intake", link, None, AFTER, clock() + AFTER, IST)
    assert alert.down and "mail.example:993: login refused" in alert.text and "down for 5 min" in alert.text
    assert "IST" in alert.text and alerted == link.down_since
    assert decide("intake", link, alerted, AFTER, clock() + 2 * AFTER, IST) == (alerted, None)  # no repeat
    link.down_since = None
    alerted, alert = decide("intake", link, alerted, AFTER, clock() + 3 * AFTER, IST)
    assert alerted is None and not alert.down and "works again" in alert.text


def test_a_short_blip_is_not_alerted():
    clock = Clock()
    link = Link("x:1", down_since=clock())
    link.down_since = None  # back within the threshold
    assert decide("smtp", link, None, AFTER, clock() + 2 * AFTER, IST) == (None, None)


def _alarms(tmp_path, command, clock, timeout=5.0):
    health = Health(clock, "imap.example:993", "smtp.example:587")
    mails = []
    return health, mails, Alarms(health, 60, "Asia/Kolkata", command, timeout, mails.append)


def test_smtp_outage_goes_by_command_only_and_recovery_by_both(tmp_path):
    clock = Clock()
    out = tmp_path / "called"
    command = (sys.executable, "-c", f"import sys; open({str(out)!r}, 'a').write(sys.argv[-1] + '\\n')")
    health, mails, alarms = _alarms(tmp_path, command, clock)

    async def go():
        health.intake_connected(idle=True)
        health.smtp_failed("smtp.example:587: connection refused (server down or wrong port?)")
        clock.value += timedelta(seconds=61)
        [alert] = alarms.check()
        assert alert.channel == "smtp" and alert.down
        await asyncio.gather(*alarms._commands)
        assert mails == []  # a mail would wait behind the dead server and arrive stale
        health.smtp_ok()
        [back] = alarms.check()
        await asyncio.gather(*alarms._commands)
        assert mails == [back] and not back.down

    asyncio.run(go())
    lines = out.read_text().splitlines()
    assert len(lines) == 2 and "smtp.example:587" in lines[0] and "works again" in lines[1]


def test_a_failing_or_hanging_command_is_logged_not_fatal(tmp_path, caplog):
    clock = Clock()
    for command, expected in (((sys.executable, "-c", "import sys; sys.exit(3)"), "exit=3"),
                              ((sys.executable, "-c", "import time; time.sleep(30)"), "timed out"),
                              (("/nonexistent/alert-gateway",), "could not start")):
        health, mails, alarms = _alarms(tmp_path, command, clock, timeout=0.5)

        async def go():
            clock.value += timedelta(seconds=61)  # intake never connected since start
            [alert] = alarms.check()
            await asyncio.gather(*alarms._commands)
            return alert

        caplog.clear()
        alert = asyncio.run(go())
        assert alert.channel == "intake" and mails == [alert]  # the mail route still went
        assert expected in caplog.text


def test_a_standing_problem_is_told_at_once_then_daily_at_the_summary_time_then_once_when_it_ends():
    from datetime import time

    from daemon.app.alarms import decide_standing, period_start

    clock = Clock()  # 21:17 UTC = 02:47 IST
    assert period_start(clock(), IST, time(7, 0)).isoformat() == "2026-11-28T07:00:00+05:30"
    problems = {"model": "the risk model failed its checks at start (model.onnx sha256 mismatch)"}
    marks, [alert] = decide_standing(problems, {}, clock(), IST, time(7, 0))
    assert alert.channel == "model" and alert.down and "sha256 mismatch" in alert.text
    assert decide_standing(problems, marks, clock() + timedelta(hours=4), IST, time(7, 0)) == (marks, [])  # 06:47 IST
    later = clock() + timedelta(hours=4, minutes=13)  # 07:00 IST: the next day's reminder
    marks, [again] = decide_standing(problems, marks, later, IST, time(7, 0))
    assert again.down and again.since != alert.since
    marks, [ended] = decide_standing({}, marks, later + timedelta(hours=1), IST, time(7, 0))
    assert not ended.down and marks == {} and "fine again" in ended.text


def test_a_broken_model_goes_by_mail_and_command_from_the_first_check(tmp_path):
    clock = Clock()
    out = tmp_path / "called"
    command = (sys.executable, "-c", f"import sys; open({str(out)!r}, 'a').write(sys.argv[-1] + '\\n')")
    health, mails, alarms = _alarms(tmp_path, command, clock)
    health.model_unknown("risk model unusable: model.onnx sha256 1234… does not match the card (abcd…)")
    assert health.model.startswith("unknown (")

    async def go():
        [alert] = alarms.check()
        await asyncio.gather(*alarms._commands)
        assert alarms.check() == []  # once per period
        return alert

    alert = asyncio.run(go())
    assert mails == [alert] and alert.channel == "model"
    assert "does not match the card" in out.read_text() and "HIGH" in out.read_text()


def test_a_wall_clock_step_back_delays_no_outage_alarm():
    clock, mono = Clock(), [1000.0]
    health = Health(clock, "imap.example:993", "smtp.example:587", monotonic=lambda: mono[0])
    health.intake_connected(idle=True)
    health.intake_lost("imap.example:993: connection refused")
    clock.value -= timedelta(minutes=10)  # NTP steps the clock back
    mono[0] += 5 * 60  # five real minutes later
    link = health.intake
    alerted, alert = decide("intake", link, None, AFTER, clock(), IST, mono[0])
    assert alert is not None and alert.down and "down for 5 min" in alert.text
    assert decide("intake", link, None, AFTER, clock(), IST)[1] is None  # the wall clock alone would wait 10 more minutes
