"""Privacy, end to end: deliver the example reports, forward, acknowledge, then grep the
daemon's own log (DEBUG level) for the fixtures' personal data. None may appear."""

from __future__ import annotations

import re
import time

import pytest

from daemon.config.load import load_config
from daemon.dev.devstack.process import store_cases, store_outbox
from daemon.reading.reader import ReadingRules, read

from tests.e2e.test_forward_ack import HQ, send_as, wait_until
from tests.helpers import ROOT, example

pytestmark = pytest.mark.e2e


def forward_of(daemon, case_id: str) -> str:
    """The case's forward Message-ID as the daemon wrote it (with its MAC)."""
    return next(m["message_id"] for m in store_outbox(daemon.store_path) if m["case_id"] == case_id and m["purpose"] == "forward")

REPORTS = ("facebook_plain.eml", "instagram_html.eml", "forwarded_by_cyber_cell.eml")


def personal_data() -> list[str]:
    """Every personal value the parser finds in the example reports, plus the raw forms."""
    rules = ReadingRules.from_config(load_config(ROOT / "config.toml"))
    values: list[str] = []
    for name in REPORTS:
        report = read(example(name), rules).report
        assert report is not None and report.subject_name and report.phones and report.ips and report.post_text
        values += [report.subject_name, *report.subject_name.split()]
        values += [p[-10:] for p in report.phones]  # national number, however it was written
        values += [i.ip for i in report.ips] + list(report.emails) + list(report.usernames)
        values += list(report.profile_urls) + list(report.user_ids)
        post = report.post_text
        values += [post[:25], post[len(post) // 2: len(post) // 2 + 20]]
    return [v for v in values if len(v) >= 4]


def test_logs_of_a_full_run_carry_no_personal_data(mailstack, daemon):
    for name in REPORTS:
        mailstack.deliver(HQ, example(name))

    def all_sent():
        mails = store_outbox(daemon.store_path)
        cases = store_cases(daemon.store_path)
        return len(cases) == len(REPORTS) and mails and all(m["status"] == "sent" for m in mails) and cases

    try:
        cases = wait_until(all_sent, 40, "every case opened and every mail sent")
    except AssertionError:
        print("DEBUG", [(m["purpose"], m["status"], m["to"], m.get("last_error")) for m in store_outbox(daemon.store_path)])
        raise
    forwarded = [c for c in cases if c["state"] == "forwarded"]
    assert len(forwarded) == 2 and sum(c["state"] == "held" for c in cases) == 1
    for i, case in enumerate(forwarded):
        officer = case["route"]["recipients"][0]
        reply = (
            f"From: Duty Officer <{officer}>\r\nTo: {HQ}\r\nSubject: Re: [{case['id']}] HIGH risk\r\n"
            f"Message-ID: <privacy-ack.{i}@police.example.in>\r\n"
            f"In-Reply-To: <{forward_of(daemon, case['id'])}>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nACK, team sent.\r\n"
        ).encode()
        send_as(mailstack, officer, reply)
    wait_until(lambda: sum(c["state"] == "acknowledged" for c in store_cases(daemon.store_path)) == 2, 30,
               "both forwarded cases acknowledged")
    time.sleep(0.5)

    log = daemon.process.log_text()
    for case in cases:
        assert case["id"] in log  # the log does tell what happened, by case id
    squeezed = re.sub(r"[\s\-()]", "", log)
    leaks = [v for v in personal_data() if v in log or re.sub(r"[\s\-()]", "", v) in squeezed]
    assert leaks == [], f"personal data in the daemon log: {leaks}"


def test_the_state_folder_is_private_and_clean_after_a_run_with_cases(mailstack, daemon):
    """After cases, forwards and a clean stop: every folder 0700, every file 0600, no *.tmp."""
    import os
    import stat

    for name in REPORTS:
        mailstack.deliver(HQ, example(name))
    wait_until(lambda: len([m for m in store_outbox(daemon.store_path) if m["status"] == "sent"]) >= len(REPORTS),
               30, "the forwards")
    assert daemon.process.stop() == 0
    state = daemon.store_path.parent
    found = {}
    for root, _, files in os.walk(state):
        found[root] = stat.S_IMODE(os.stat(root).st_mode)
        found.update({os.path.join(root, f): stat.S_IMODE(os.stat(os.path.join(root, f)).st_mode) for f in files})
    assert len(found) >= 5  # the store, its backup, lock, audit chain, reply key, spool
    wrong = {p: oct(m) for p, m in found.items() if m != (0o700 if os.path.isdir(p) else 0o600)}
    assert not wrong
    assert not [p for p in found if p.endswith(".tmp")]
