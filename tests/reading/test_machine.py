"""The steps of machine_text together (daemon.reading.machine)."""

from __future__ import annotations

from daemon.reading.machine import machine_text


def test_a_box_drawing_table_reads_as_a_pipe_table():
    text = ("┌──────── ACCOUNT ────────\n│ Name          │ Ramesh Joshi\n│ Location      │ Raisinghnagar\n"
            "└─────────────────────────")
    lines = machine_text(text).splitlines()
    assert lines[1:3] == ["| Name          | Ramesh Joshi", "| Location      | Raisinghnagar"]
