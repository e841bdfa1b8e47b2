"""Every log line carries its time with the zone; --log-format json gives one object a line."""

from __future__ import annotations

import json
import logging
import re

from daemon.app import logs


import pytest


@pytest.fixture(autouse=True)
def restore_logger():
    """setup() takes the 'lifeline' logger over; give it back as it was for the other tests."""
    root = logging.getLogger("lifeline")
    saved = root.handlers[:], root.level, root.propagate
    yield
    root.handlers[:], root.level, root.propagate = saved[0], saved[1], saved[2]


def test_text_and_json_lines_carry_the_offset(capsys):
    logs.setup("debug", "text", "Asia/Kolkata")
    logging.getLogger("lifeline.test").info("case=%s forwarded", "LL-2026-000001")
    line = capsys.readouterr().err.strip()
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+05:30 INFO lifeline.test: case=LL-2026-000001 forwarded$", line)
    logs.setup("INFO", "json", "Asia/Kolkata")
    logging.getLogger("lifeline.test").warning("smtp problem at %s", "mail.x:587: timed out")
    entry = json.loads(capsys.readouterr().err)
    assert entry["time"].endswith("+05:30") and entry["level"] == "WARNING"
    assert entry["message"] == "smtp problem at mail.x:587: timed out" and entry["logger"] == "lifeline.test"
    logs.setup("INFO")  # before the config is read: the machine's zone, still with its offset
    logging.getLogger("lifeline.test").info("x")
    assert re.match(r"^\S+T\S+[+-]\d\d:\d\d INFO", capsys.readouterr().err)
