"""Facts in prose that belong to someone else."""

from __future__ import annotations

import pytest

from daemon.reading.others import about_someone_else


@pytest.mark.parametrize("text", [
    "the group admin who reported the message can be reached on 98290 55510",
    "the page admin can be reached on 98290 55510",
    "a classmate who flagged the story gave 98290 55510",
    "reported by her friend Rohit (98290 55510)",
])
def test_someone_elses_number(text):
    assert about_someone_else(text, text.index("98290"))


@pytest.mark.parametrize("text", [
    "the mobile number on the account is 98290 55510",
    "Phone: 98290 55510",
])
def test_the_persons_own_number(text):
    assert not about_someone_else(text, text.index("98290"))


def test_the_one_who_made_the_report_is_someone_else():
    from daemon.reading.phones import find_phones

    text = "The report was made by Test Meena (phone +91 955 703 5698) from Kota, who is not the account holder."
    assert find_phones(text, free_text=True) == []
