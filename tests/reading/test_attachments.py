"""Attachments whose words are the report (attachments.attachment_text, xml_text)."""

from daemon.reading.attachments import attachment_text, csv_fields
from daemon.reading.labels import read_fields
from daemon.reading.message import Attachment
from daemon.reading.xml_text import xml_text


def test_a_field_value_time_sheet_is_label_lines_with_each_rows_time():
    sheet = ("field,value,time\nUser,Rekha Saini,\nLinked phone,09829041736,\n"
             "Status text,\"bas, ab nahi\",1795779604293\nIP address,198.51.100.86,1795751144086\n")
    text = csv_fields(sheet)
    assert text.splitlines() == ["User: Rekha Saini", "Linked phone: 09829041736", "Status text: bas, ab nahi",
                                 "Status text time: 1795779604293", "IP address: 198.51.100.86  1795751144086"]
    assert [f.field for f in read_fields(text)] == ["name", "phone", "post", "post_time", "ip"]


def test_an_xml_disclosure_reads_as_labels_with_each_logins_time_on_its_line():
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<disclosure platform="instagram" case="IGLE-1234567">'
           "<account><name>Rekha Saini</name><id>20790969246</id><phone>+919829041736</phone></account>"
           '<content created="1794821503098">I am done.</content>'
           '<ipEvent time="1794802315515">223.176.184.228</ipEvent></disclosure>')
    lines = attachment_text(Attachment("disclosure.xml", "text/xml", len(xml), xml)).splitlines()
    assert lines == ["platform: instagram", "case: IGLE-1234567", "account name: Rekha Saini",
                     "account id: 20790969246", "account phone: +919829041736", "content created: 1794821503098",
                     "content: I am done.", "ip Event: 223.176.184.228  time 1794802315515"]


def test_xml_with_entities_or_broken_markup_is_not_read():
    assert xml_text('<!DOCTYPE x [<!ENTITY a "aaaa">]><x><name>&a;</name></x>') is None
    assert xml_text("<x><name>Rekha</x>") is None
