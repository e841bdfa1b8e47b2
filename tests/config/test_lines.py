"""The TOML key-path -> line locator behind "config.toml:12: stations[3].district: ..."."""

from daemon.config.lines import key_text, line_of

TEXT = """\
[lifeline]
timezone = "Asia/Kolkata"
hq_desk = "desk@example.in"

[chains.standard]
steps = []

[[stations]]
name = "PS A"
district = "Kota"

[[stations.shifts]]
officer = "a"

[[stations]]
name = "PS B"
"district" = "Pali"

[[stations.shifts]]
officer = "b1"

[[stations.shifts]]
officer = "b2"
"""


def test_keys_in_tables():
    assert line_of(TEXT, ("lifeline", "hq_desk")) == 3
    assert line_of(TEXT, ("chains", "standard", "steps")) == 6


def test_array_elements_are_counted_and_children_restart_per_parent():
    assert line_of(TEXT, ("stations", 0, "district")) == 10
    assert line_of(TEXT, ("stations", 1, "district")) == 17  # a quoted key too
    assert line_of(TEXT, ("stations", 0, "shifts", 0, "officer")) == 13
    assert line_of(TEXT, ("stations", 1, "shifts", 1, "officer")) == 23


def test_a_missing_key_points_at_its_block_and_an_unknown_table_at_nothing():
    assert line_of(TEXT, ("stations", 1, "mailbox")) == 15
    assert line_of(TEXT, ("nowhere", "key")) is None
    assert line_of("", ("lifeline",)) is None


def test_key_text():
    assert key_text(("stations", 3, "shifts", 0, "end")) == "stations[3].shifts[0].end"
    assert key_text(("lifeline", "hq_desk")) == "lifeline.hq_desk"
    assert key_text(()) == ""
