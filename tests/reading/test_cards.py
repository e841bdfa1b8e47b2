"""Contact cards and calendar items attached to a report, as label lines."""

from __future__ import annotations

from daemon.reading.attachments import attachment_text, log_text
from daemon.reading.cards import card_text, is_card
from daemon.reading.message import Attachment

VCARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dewasi;Bhavna;;;\r\nFN:Bhavna Dewasi\r\nTEL;TYPE=cell:+91-8860606147\r\n"
         "ADR;TYPE=home:;;Ward 4;Rawatsar;Hanumangarh;335524;India\r\n"
         "X-LAST-KNOWN-LOCATION:Rawatsar\\, Hanumangarh\r\nEND:VCARD\r\n")
# RFC 5545: a long line is folded (CRLF and one blank), a line break in a value is "\n"
ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:LERT-2026-1@lers.meta.com\r\nDTSTAMP:20261127T041308Z\r\n"
       "SUMMARY:Emergency disclosure\r\nDESCRIPTION:Reference number: LERT-2026-1\\nName: Tarun Khan\\nLogin IP: 106.21\r\n"
       " 5.67.238  2026-11-22T16:21:30Z\\nText: kal ka suraj nahi dekhunga\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_a_contact_card_gives_the_person_s_fields():
    assert is_card(VCARD)
    assert card_text(VCARD).splitlines() == [
        "Name: Bhavna Dewasi", "Phone: +91-8860606147", "Address: Ward 4, Rawatsar, Hanumangarh, 335524, India",
        "last known location: Rawatsar, Hanumangarh"]


def test_a_calendar_item_s_description_is_unfolded_and_unescaped():
    lines = card_text(ICS).splitlines()
    assert lines == ["Reference number: LERT-2026-1", "Name: Tarun Khan", "Login IP: 106.215.67.238  2026-11-22T16:21:30Z",
                     "Text: kal ka suraj nahi dekhunga"]


def test_attachments_by_name_or_type_and_the_ip_reader_sees_the_unfolded_text():
    ics = Attachment(filename="disclosure.ics", content_type="text/calendar", size=len(ICS), text=ICS)
    assert "Name: Tarun Khan" in attachment_text(ics)
    assert "106.215.67.238" in log_text(ics) and "106.21\r\n" not in log_text(ics)
    plain = Attachment(filename="note.txt", content_type="text/plain", size=20, text="BEGIN here\nsome words")
    assert log_text(plain) == plain.text and attachment_text(plain) == plain.text
