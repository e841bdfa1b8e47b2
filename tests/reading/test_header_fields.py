"""Facts in X- headers -> label lines (daemon.reading.header_fields)."""

from __future__ import annotations

from daemon.reading.header_fields import header_text

FIELDS = (("X-Meta-LE-Case", "IG-30000001"), ("X-Meta-LE-Subject-Name", "Test Person"),
          ("X-Meta-LE-Subject-Phone", "+91 90000 00123"), ("X-Meta-LE-Subject-Handle", "test_p"),
          ("X-Meta-LE-Login", "ip=157.38.0.12; t=1795670771"))


def test_person_facts_in_x_headers_become_label_lines():
    assert header_text((("Subject", "URGENT"),) + FIELDS).splitlines() == [
        "meta le case: IG-30000001", "meta le subject name: Test Person", "meta le subject phone: +91 90000 00123",
        "meta le subject handle: test_p", "meta le login ip: ip=157.38.0.12; t=1795670771"]


def test_the_mail_systems_own_x_headers_and_a_stray_one_say_nothing():
    assert header_text((("X-Originating-IP", "[157.38.0.12]"), ("X-Mailer", "Thunderbird"),
                        ("X-Spam-Score", "0.1"), ("X-Contact-Name", "Desk"))) == ""
