"""Addresses come from the raw header: a display name, however it decodes, is never the address."""

import email.header

from daemon.reading import addresses
from daemon.reading.message import normalise

OFFICER = "do-malviyanagar-jpr@police.example.in"


def mail(from_header: str, to: str = "scrb-sm-desk@police.example.in") -> bytes:
    return f"From: {from_header}\r\nTo: {to}\r\nSubject: Re: x\r\nMessage-ID: <a@b.example>\r\n\r\nACK\r\n".encode()


def test_an_encoded_display_name_holding_the_officers_address_is_only_a_name():
    encoded = "=?utf-8?q?" + OFFICER.replace("@", "=40") + "?= <attacker@evil.example>"
    msg = normalise(mail(encoded))
    assert msg.from_addr == "attacker@evil.example"
    assert msg.from_name == OFFICER  # decoded for people to read, after the address was read
    b64 = "=?utf-8?b?ZG8tbWFsdml5YW5hZ2FyLWpwckBwb2xpY2UuZXhhbXBsZS5pbiA8ZG8tbWFsdml5YW5hZ2FyLWpwckBwb2xpY2UuZXhhbXBsZS5pbj4=?= <attacker@evil.example>"
    assert normalise(mail(b64)).from_addr == "attacker@evil.example"  # "officer <officer>" inside base64


def test_a_quoted_name_with_an_address_in_it_is_only_a_name():
    assert normalise(mail(f'"{OFFICER}" <attacker@evil.example>')).from_addr == "attacker@evil.example"


def test_two_mailboxes_in_from_are_no_single_sender():
    msg = normalise(mail(f"{OFFICER}, attacker@evil.example"))
    assert msg.from_addr is None
    assert addresses.sender(["a@x.example, b@y.example"]) == (None, None)


def test_raw_utf8_and_encoded_hindi_names_are_read():
    raw = "From: गोपाल सिंह <si-gopal@police.example.in>\r\nTo: a@b.example\r\n\r\nACK\r\n".encode()
    msg = normalise(raw)
    assert (msg.from_name, msg.from_addr) == ("गोपाल सिंह", "si-gopal@police.example.in")
    msg = normalise(mail("=?utf-8?b?4KSX4KWL4KSq4KS+4KSyIOCkuOCkv+CkguCkuQ==?= <SI-Gopal@Police.Example.IN>"))
    assert (msg.from_name, msg.from_addr) == ("गोपाल सिंह", "si-gopal@police.example.in")


def test_recipients_with_an_encoded_comma_in_a_name_stay_one_address():
    msg = normalise(mail(f"<{OFFICER}>", to="=?utf-8?q?Desk=2C_attacker=40evil.example?= <scrb-sm-desk@police.example.in>, "
                                             "Other <other@police.example.in>"))
    assert msg.to == ("scrb-sm-desk@police.example.in", "other@police.example.in")


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
