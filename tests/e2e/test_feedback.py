"""Learning from outcomes, for real: a report through Dovecot, the officer's FALSE ALARM reply
over SMTP closes the case, the example is in the feedback file, and an admin exports it
while the daemon runs."""

from __future__ import annotations

import json
import os

import pytest

from daemon.commands.cli import main
from daemon.dev.devstack.process import DaemonProcess, store_cases
from tests.e2e.conftest import REPO
from tests.e2e.test_forward_ack import HQ, JODHPUR_CR, message_id, send_as, wait_until
from tests.helpers import MTA_PASS, example

pytestmark = pytest.mark.e2e


def test_a_false_alarm_reply_becomes_an_exported_example(mailstack, tmp_path):
    config_path = mailstack.write_config(REPO / "config.toml", tmp_path / "config.toml",
                                         state_dir=str(tmp_path / "state"), send_retry_seconds=[0.3, 0.5, 1.0])
    text = config_path.read_text(encoding="utf-8")
    config_path.write_text(text.replace("[feedback]\nenabled = false", "[feedback]\nenabled = true"), encoding="utf-8")
    process = DaemonProcess(config_path, tmp_path / "daemon.log").start()
    feedback = tmp_path / "state" / "lifeline-feedback.jsonl"
    try:
        process.wait_ready()
        mailstack.deliver(HQ, example("facebook_plain.eml"))
        forward = mailstack.wait_for(JODHPUR_CR, lambda raw: b"LL-2026-000001" in raw, timeout=10)
        send_as(mailstack, JODHPUR_CR, (  # a close: stamped by our MTA with a DKIM pass (MTA_PASS)
            f"{MTA_PASS}\r\nFrom: Control Room Jodhpur <{JODHPUR_CR}>\r\nTo: {HQ}\r\n"
            "Subject: Re: [LL-2026-000001] HIGH risk - self-harm alert\r\nMessage-ID: <fa.1@police.example.in>\r\n"
            f"In-Reply-To: <{message_id(forward)}>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nFALSE ALARM - spoke to him, he was quoting a film\r\n").encode())
        wait_until(lambda: (store_cases(tmp_path / "state" / "lifeline.json") or [{}])[0].get("state") == "closed",
                   10, "the case to be closed")
        wait_until(feedback.exists, 5, "the feedback file")
        [row] = [json.loads(line) for line in feedback.read_text(encoding="utf-8").splitlines()]
        assert (row["case_id"], row["outcome"], row["label"], row["lang"]) == ("LL-2026-000001", "false alarm", "low", "hi")
        assert "अलविदा" in row["text"] and os.stat(feedback).st_mode & 0o777 == 0o600
        assert "Suresh" not in feedback.read_text(encoding="utf-8")
        assert "अलविदा" not in process.log_text()  # the post never reaches the log

        out = tmp_path / "export.jsonl"
        assert main(["feedback", "export", "--jsonl", str(out), "--config", str(config_path)]) == 0
        [exported] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert (exported["id"], exported["level"], exported["split"]) == ("fb-LL-2026-000001", "low", "train")
    finally:
        code = process.stop()
        print(process.log_text()[-5000:])
    assert code == 0
