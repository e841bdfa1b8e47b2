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


def test_an_application_xml_attachment_is_read_as_the_report():
    # application/xml is text in all but name: its facts are the report's, not a notice's
    from daemon.reading.reader import ReadingRules, read

    xml = ("<?xml version='1.0' encoding='UTF-8'?><Referral><Case>IG-50480001</Case><Subject>"
           "<FullName>Kavita Test</FullName><Username>kavita.test1</Username><Phone>+91 98290 00001</Phone>"
           "</Subject><Content>I can't go on any more.</Content></Referral>")
    import base64
    raw = ("Authentication-Results: mail.police.example.in; dkim=pass header.d=instagram.com; "
           "dmarc=pass header.from=instagram.com\nFrom: Instagram <safety@instagram.com>\n"
           "To: scrb-sm-desk@police.example.in\nSubject: Case details\nMIME-Version: 1.0\n"
           "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nSee attachment.\n"
           "--b\nContent-Type: application/xml; charset=utf-8\nContent-Disposition: attachment; filename=case.xml\n"
           "Content-Transfer-Encoding: base64\n\n" + base64.b64encode(xml.encode()).decode() + "\n--b--\n").encode()
    reading = read(raw, ReadingRules(message_id_domain="lifeline.police.example.in"))
    assert reading.kind.value == "platform_report"
    assert reading.report.subject_name == "Kavita Test" and reading.report.phones == ("+919829000001",)


def test_an_export_of_utf8_text_sent_as_octet_stream_with_an_unknown_name_is_read():
    from daemon.reading.attachments import attachment_text
    from daemon.reading.message import normalise

    body = "name=Test Person\nprofile_url=https://www.facebook.com/test.p\ncity=Test Nagar\n"
    raw = ("From: a@b.example\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=x\n\n--x\n"
           "Content-Type: text/plain\n\nSee the file.\n--x\nContent-Type: application/octet-stream\n"
           "Content-Disposition: attachment; filename=export_1.dat\n\n" + body + "--x\n"
           "Content-Type: application/octet-stream\nContent-Disposition: attachment; filename=blob.dat\n"
           "Content-Transfer-Encoding: base64\n\nAAECAwQFBgcICQ==\n--x--\n").encode()
    text_export, blob = normalise(raw).attachments
    assert "city: Test Nagar" in attachment_text(text_export)
    assert blob.text is None and attachment_text(blob) == ""


def test_an_rtf_document_is_read_as_its_text():
    rtf = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs20 {\\b Emergency disclosure}\\par\\par\n"
           "{\\b Account owner:} Test Person\\par\n{\\b Contact number on file:} 07892 000 659\\par\n"
           "{\\b City:} 343001\\par\n{\\b Shared text:} caf\\'e9 \\u2350? words\\par\n}")
    fields = read_fields(attachment_text(Attachment("disclosure.rtf", "application/rtf", len(rtf), rtf)))
    assert [(f.field, f.value) for f in fields] == [("name", "Test Person"), ("phone", "07892 000 659"),
                                                   ("location", "343001"), ("post", "café म words")]  # \\u is decimal: 2350 = U+092E


def test_a_broken_rtf_document_is_no_text_and_no_crash():
    rtf = "{\\rtf1 {{{{ \\u99999999999? \\'zz"
    assert isinstance(attachment_text(Attachment("x.rtf", "application/rtf", len(rtf), rtf)), str)


def test_a_spreadsheetml_workbook_is_read_by_its_rows():
    xml = ('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
           'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Subscriber"><Table>'
           '<Row><Cell><Data ss:Type="String">Name</Data></Cell><Cell><Data ss:Type="String">Test Person</Data></Cell></Row>'
           '<Row><Cell><Data>Place</Data></Cell><Cell><Data>341001</Data></Cell></Row></Table></Worksheet>'
           '<Worksheet ss:Name="IP log"><Table><Row><Cell><Data>IP</Data></Cell><Cell><Data>Time</Data></Cell></Row>'
           '<Row><Cell><Data>223.182.0.137</Data></Cell><Cell><Data>26/11/2026 07:21:23 IST</Data></Cell></Row>'
           '</Table></Worksheet></Workbook>')
    assert xml_text(xml).splitlines() == ["Name: Test Person", "Place: 341001",
                                          "IP log: IP 223.182.0.137  Time 26/11/2026 07:21:23 IST"]
