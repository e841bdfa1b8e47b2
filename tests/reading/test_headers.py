"""Header values (headers): addresses parsed before display names are decoded."""

import email.header

from daemon.reading.message import normalise


def _encoded(name: str) -> str:
    return email.header.Header(name, "utf-8").encode()


def test_a_comma_inside_an_encoded_display_name_does_not_lose_the_address():
    name = "अति. महानिदेशक पुलिस, एससीआरबी"
    raw = (f"From: {_encoded(name)} <adgp-scrb@police.example.in>\r\n"
           f"To: {_encoded('डेस्क, एससीआरबी')} <scrb-sm-desk@police.example.in>, b@example.in\r\n"
           "Subject: x\r\n\r\nbody\r\n").encode()
    m = normalise(raw)
    assert m.from_addr == "adgp-scrb@police.example.in" and m.from_name == name
    assert m.to == ("scrb-sm-desk@police.example.in", "b@example.in")


def test_a_plain_from_still_reads():
    m = normalise(b"From: Instagram Safety <Safety@Instagram.com>\r\nSubject: x\r\n\r\nbody\r\n")
    assert (m.from_addr, m.from_name) == ("safety@instagram.com", "Instagram Safety")
