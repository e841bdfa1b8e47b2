"""Hot reload against a running daemon, by real edits of its config file: a good edit
changes where new reports go without a restart; a bad edit is refused, mailed to the HQ desk
and the admins, and the old config keeps running. Cases keep the route they were made with."""

from __future__ import annotations

import email
import email.policy
import os
import tomllib

import pytest
import tomli_w

from daemon.dev.devstack.process import store_cases
from tests.e2e.test_forward_ack import HQ, wait_until
from tests.helpers import numbered_report

pytestmark = pytest.mark.e2e

RATANADA = "do-ratanada-jdh@police.example.in"
# Paota lies in the Jodhpur East DCP district (data/commissionerate_localities.csv): its control room
JODHPUR_EAST_CR = "cr-jodhpur-east@police.example.in"
DESK = "scrb-hq-desk@police.example.in"
ADMIN = "scrb-config-admin@police.example.in"


def report_from(n: int, place: str) -> bytes:
    return numbered_report(n).replace(b"City (profile): Jodhpur, Rajasthan", f"City (profile): {place}".encode())


def save_like_an_editor(path, text: str) -> None:
    tmp = path.with_name(path.name + ".swp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def accepted_to(stack, address: str) -> list:
    return [a for a in stack.accepted if address in a.rcpts]


def test_good_edit_applies_and_bad_edit_is_refused(mailstack, daemon):
    path = daemon.config_path
    config = tomllib.loads(path.read_text(encoding="utf-8"))

    # before: Paota is a Jodhpur locality no station lists, so its DCP district's control room gets it
    mailstack.deliver(HQ, report_from(1, "Paota, Jodhpur"))
    wait_until(lambda: accepted_to(mailstack, JODHPUR_EAST_CR), 15, "the first report at the control room")

    # a good edit: PS Ratanada takes Paota
    station = next(s for s in config["stations"] if s["name"] == "PS Ratanada")
    station["places"].append("Paota")
    save_like_an_editor(path, tomli_w.dumps(config))
    wait_until(lambda: "config reloaded" in daemon.process.log_text(), 15, "the edit to be applied")
    mailstack.deliver(HQ, report_from(2, "Paota, Jodhpur"))
    wait_until(lambda: accepted_to(mailstack, RATANADA), 15, "the second report at PS Ratanada")

    cases = {c["id"]: c for c in store_cases(daemon.store_path)}
    assert cases["LL-2026-000001"]["route"]["station"] is None  # its route stays as it was made
    assert cases["LL-2026-000002"]["route"]["station"] == "PS Ratanada"

    # a bad edit: refused, the desk and the admins are told, the running config stays
    bad = tomli_w.dumps(config).replace('name = "PS Ratanada"', 'name = "PS Ratanada"\nmailboxx = "typo@police.example.in"', 1)
    save_like_an_editor(path, bad)
    wait_until(lambda: "config edit refused" in daemon.process.log_text(), 15, "the edit to be refused")
    notice = mailstack.wait_for(DESK, lambda raw: b"config.toml edit refused" in raw, timeout=15)
    parsed = email.message_from_bytes(notice, policy=email.policy.default)
    assert ADMIN in str(parsed["To"])
    assert "mailboxx" in parsed.get_body(preferencelist=("plain",)).get_content()
    assert daemon.process.proc.poll() is None  # still running

    before = len(accepted_to(mailstack, RATANADA))
    mailstack.deliver(HQ, report_from(3, "Paota, Jodhpur"))
    wait_until(lambda: len(accepted_to(mailstack, RATANADA)) > before, 15, "the third report, routed by the kept config")
