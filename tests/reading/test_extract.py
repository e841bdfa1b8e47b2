from daemon.reading.message import normalise
from daemon.reading.extract import ExtractOptions, extract_report

FWD = """From: cyber@police.example.in
Subject: Fwd: referral

Please act. Regards,
Insp. Test, Mob 94141 00100, mail cyber@police.example.in

---------- Forwarded message ---------
From: FB <records@support.facebook.com>
Subject: Emergency Referral [Ref 8812000001] self-harm

Name: Test Person
Contact number: 98290 41736
Registered email: test.person@example.com
Please write to records@support.facebook.com or scrb-hq-desk@police.example.in
Text: "alvida"
"""


def test_forward_reads_inner_report_only():
    report = extract_report(normalise(FWD.encode()), ExtractOptions(
        exclude_emails=frozenset({"scrb-hq-desk@police.example.in"}), exclude_domains=("facebook.com",)))
    assert report.subject_name == "Test Person"
    assert report.phones == ("+919829041736",)  # not the inspector's signature number
    assert report.emails == ("test.person@example.com",)
    assert report.reference == "8812000001" and report.platform == "facebook"
    assert report.post_text == "alvida"


def test_extraction_never_raises_on_odd_input():
    report = extract_report(normalise(b"From: x@y.example\nSubject: self-harm\n\n\x00\x01 Name:\nMobile:\n"))
    assert "no name, mobile number or profile link found" in report.problems


def test_a_handle_in_prose_is_the_persons_unless_the_sentence_is_about_someone_else():
    from daemon.reading.message import normalise

    head = b"From: Instagram <security@mail.instagram.com>\nSubject: Case 40200018\n\nName: Test Person\n"
    own = extract_report(normalise(head + b"The account @test.person_01 shared a story.\n"))
    friend = extract_report(normalise(head + b"The post was flagged by a friend, user @seema_n, who is worried.\n"))
    assert own.usernames == ("test.person_01",) and friend.usernames == ()


def test_an_attached_export_gives_each_login_once_with_its_time():
    raw = (b"From: Instagram <records@instagram.com>\r\nSubject: Case IG-1\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
           b"The account details are in the attached JSON file.\r\n\r\n--b\r\n"
           b"Content-Type: application/json; name=a.json\r\nContent-Disposition: attachment; filename=a.json\r\n\r\n"
           b'{"account": {"name": "Rekha Saini", "phones": ["+919829041736"]},\r\n'
           b' "ipEvents": [\r\n  {"ip": "223.176.38.70",\r\n   "time": "2026-11-14T21:07:12Z"}]}\r\n--b--\r\n')
    report = extract_report(normalise(raw))
    assert [(s.ip, s.seen_at.isoformat()) for s in report.ips] == [("223.176.38.70", "2026-11-14T21:07:12+00:00")]


def _report(body: str, subject: str = "Escalation"):
    head = f"From: Instagram <security@mail.instagram.com>\nSubject: {subject}\nContent-Type: text/plain; charset=utf-8\n\n"
    return extract_report(normalise((head + body).encode()))


def test_references_with_slashes_and_devanagari_digits():
    assert _report("Name: Test Person\n", "Case No. IGN/41/2026").reference == "IGN/41/2026"
    assert _report("संदर्भ संख्या: ४४०२१९७७\nनाम: परीक्षण व्यक्ति\n").reference == "44021977"


def test_sent_under_a_message_is_its_time_but_not_a_forwards_header():
    body = 'Name: Test Person\nMessage - "ab bas"\nSent - 12 Dec 2026 06:45 AM IST\n'
    assert _report(body).post_time.isoformat() == "2026-12-12T01:15:00+00:00"
    forward = "From: someone@example.com\nSent: 12 Dec 2026 06:45 AM IST\nTo: desk@example.in\nSubject: fw\n\n" \
              'Name: Test Person\nMessage: "ab bas"\n'
    assert _report(forward).post_time is None


def test_a_post_value_pointing_at_an_attachment_takes_the_files_words():
    from daemon.reading.extract import _POINTER, attached_post
    from daemon.reading.message import Attachment

    files = (Attachment("post.txt", "text/plain", 20, "Goodbye everyone.\n"),
             Attachment("logins.csv", "text/csv", 20, "ip,time\n"))
    assert _POINTER.match("see attached post.txt") and _POINTER.match("संलग्न फ़ाइल देखें")
    assert not _POINTER.match("attack on my self-respect")
    assert attached_post("see attached post.txt", files) == "Goodbye everyone."
    assert attached_post("see attached file", files[1:]) is None  # no plain text file: not found, not invented


def test_the_reference_written_again_in_the_text_is_no_phone():
    raw = ("From: records@support.facebook.com\nSubject: Emergency Disclosure - 9898809492\n\n"
           "Your request (#9898809492) has been updated.\n\nOur reference: 9898809492\nSubscriber: Test Person\n"
           "Mobile (verified): +91 761 117 6834\nStatus text: this is my last post\n").encode()
    report = extract_report(normalise(raw), ExtractOptions())
    assert list(report.phones) == ["+917611176834"]


def test_the_reference_from_the_subject_written_again_in_the_letter_is_no_phone():
    raw = ("From: records@support.facebook.com\nSubject: Instagram request 8055619967\n\n"
           "Re: Instagram request 8055619967\n\nDear Sir,\nName: Test Person\nMobile: +91 76201 00008\n"
           "Post: alvida sabko\n").encode()
    report = extract_report(normalise(raw), ExtractOptions())
    assert report.reference == "8055619967" and list(report.phones) == ["+917620100008"]
