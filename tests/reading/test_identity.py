"""Account values read off their shape, and values that carry several facts."""

from __future__ import annotations

import pytest

from daemon.reading.identity import by_value, identity_parts, phone_written


@pytest.mark.parametrize("value,shape", [
    ("@kavya_0311", "username"), ("+91 98290 11223", "phone"), ("100072233445566", "user_id"),
    ("https://www.instagram.com/kavya_0311", "profile"), ("kavya@example.com", "email"), ("Kavya Rao", "name"),
])
def test_by_value(value, shape):
    assert by_value(value) == shape


def test_a_name_with_its_handle_and_id_in_brackets():
    assert identity_parts("Pooja Bairwa (@pooja.bairwa.dsa, ID 100072233445566)", "account") == [
        ("name", "Pooja Bairwa"), ("username", "pooja.bairwa.dsa"), ("user_id", "100072233445566")]


def test_a_handle_with_its_id_in_square_brackets():
    assert identity_parts("@dark.skies_01 [user id 17841400223344]", "account") == [
        ("username", "dark.skies_01"), ("user_id", "17841400223344")]


def test_a_bare_handle_in_brackets_after_a_name():
    assert identity_parts("Asha Meena (asha_meena_07)", "name") == [("name", "Asha Meena"), ("username", "asha_meena_07")]


def test_labelled_parts_inside_the_brackets():
    assert identity_parts('"Sunil Verma" (insta id @sunil.v_22, user id 61199887766)', "account") == [
        ("name", "Sunil Verma"), ("username", "sunil.v_22"), ("user_id", "61199887766")]


@pytest.mark.parametrize("value", ["Ravi Kumar (brother)", "Kalu Ram (Threads)", "Asha Meena", "Shahpura (Bhilwara)"])
def test_brackets_without_an_identity_fact_are_left_alone(value):
    assert identity_parts(value, "name") is None


@pytest.mark.parametrize("value,written", [
    ("91 96600 83521", True), ("+91-78910-22334", True), ("098290 11223", True),
    ("100072233445566", False), ("9829011223", False),
])
def test_a_number_written_as_a_phone(value, written):
    assert phone_written(value) is written


def test_a_handle_with_its_link_written_out():
    assert identity_parts("@gita.bishnoi <https://www.instagram.com/gita.bishnoi/>", "account") == [
        ("username", "gita.bishnoi"), ("profile", "https://www.instagram.com/gita.bishnoi/")]


def test_0091_and_ten_digits_is_a_phone_not_an_id():
    from daemon.reading.identity import by_value

    assert by_value("00917887907443") == "phone" and by_value("100073285475886") == "user_id"
