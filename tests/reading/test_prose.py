"""Facts written in sentences (prose): the name, the place, the post set off under "wrote:"."""

import pytest

from daemon.reading.extract import extract_report
from daemon.reading.message import normalise
from daemon.reading.prose import introduced_post, name_in_prose, places_in_prose, sentence_fields

MAIL = """\
From: Meta Law Enforcement Response <records@meta.com>
Subject: Threads: possible suicide attempt (TH-202611-11111)
Date: Mon, 16 Nov 2026 18:00:00 +0000
Content-Type: text/plain; charset="utf-8"

Hello,

We are contacting you about Rekha Saini, a Threads user whose profile lists Teh. Ladnun, Didwana-Kuchaman as their location.
The post was reported to us by Sunita Jat, a friend who lives in Kota.

Case ID: TH-202611-11111
Profile: https://www.threads.net/@rekha_41

At 16-11-2026 23:16 IST the user wrote:

    Everything is dark. Nobody can stop me now.

Meta Law Enforcement Response Team
"""


def test_the_name_place_and_post_of_a_prose_report_are_read():
    report = extract_report(normalise(MAIL.encode()))
    assert report.subject_name == "Rekha Saini"
    assert report.post_text == "Everything is dark. Nobody can stop me now."
    assert report.post_time.isoformat() == "2026-11-16T17:46:00+00:00"
    assert [str(h) for h in report.location_hints][:1] == ["Teh. Ladnun, Didwana-Kuchaman"]


def test_sentences_about_the_friend_give_nothing():
    text = "The post was reported to us by her friend, who lives in Kota.\nFlagged by a friend regarding Sunita Jat, a user."
    assert places_in_prose(text) == [] and name_in_prose(text) is None


def test_a_wrote_line_with_nothing_set_off_below_is_no_post():
    assert introduced_post(["The user wrote:", "Case ID: 1"], set()) is None
    assert introduced_post(["They posted:", '  "bas ab nahi"'], set()) == ("bas ab nahi", "They posted:")


def test_what_the_friend_wrote_is_not_the_post():
    assert introduced_post(["Her friend who reported it wrote:", "    please help her"], set()) is None


NARRATIVE = """\
From: Facebook Law Enforcement Response Team <records@support.facebook.com>
Subject: Wellbeing check requested
Date: Sun, 22 Nov 2026 12:00:00 +0000
Content-Type: text/plain; charset="utf-8"

This concerns our case 8800000017. The account belongs to Meena Kanwar (@meena.k41).

Its numeric account id is 100011500000017. The phone number confirmed on the account is +91 77939 11122. \
The e-mail on file is meena.k41@example.net. The profile says they live in Suratgarh. At November 22, 2026 \
at 11:22:47 UTC they wrote: "Ab aur nahi hota, alvida" The account was used from 27.60.33.206 at 22 Nov 2026, 02:44 PM IST.
The account details are in the attached file.
Emergency contact on the account: Sohan Lal (relative), 098129 40000
"""


def test_a_narrative_report_gives_its_facts_in_sentences():
    report = extract_report(normalise(NARRATIVE.encode()))
    assert report.subject_name == "Meena Kanwar"
    assert report.phones == ("+917793911122",)
    assert report.emails == ("meena.k41@example.net",)
    assert report.user_ids == ("100011500000017",)
    assert report.post_text == "Ab aur nahi hota, alvida"
    assert report.post_time.isoformat() == "2026-11-22T11:22:47+00:00"
    assert [str(h) for h in report.location_hints][:1] == ["Suratgarh"]
    assert report.reference == "8800000017"


def test_sentence_fields_skip_values_of_the_wrong_kind_and_other_people():
    fields = sentence_fields("The account details are in the attached file. "
                             "Her friend's phone number is +91 98290 41736. The post is long.")
    assert fields == []


@pytest.mark.parametrize("text, place", [
    ("व्यक्ति का स्थान सुजानगढ़, चूरू बताया गया है।", "सुजानगढ़, चूरू"),
    ("उनका पता भीनमाल है।", "भीनमाल"),
    ("Location Sangod, Kota dikh rahi hai.", "Sangod, Kota"),
])
def test_a_place_said_in_hindi_or_hinglish_is_the_persons(text, place):
    assert places_in_prose(text) == [(place, "stated")]


def test_an_email_or_ip_address_after_pata_is_no_place():
    assert places_in_prose("ईमेल पता test.person@example.com है। आईपी पता 2405:201:91c0::1 से लॉगिन हुआ।") == []


def test_a_location_given_as_in_a_sentence_is_read():
    fields = sentence_fields("Test Person uses the account. The user's location is given as Nohar, Hanumangarh.")
    assert [(f.field, f.value) for f in fields] == [("location", "Nohar, Hanumangarh"), ("name", "Test Person")]


@pytest.mark.parametrize("text, name", [
    ("Test Person Three uses the account https://www.facebook.com/tp3.", "Test Person Three"),
    ("user ka naam Kamla Test hai, handle kamla_t", "Kamla Test"),
    ("खाते पर नाम Geeta Test लिखा है।", "Geeta Test"),
    ("व्यक्ति का नाम सीमा टेस्ट है।", "सीमा टेस्ट"),
    ("Earlier today a Facebook user named Test Kumawat published nothing.", "Test Kumawat"),
])
def test_a_name_said_in_a_sentence_is_the_persons(text, name):
    assert [(f.field, f.value) for f in sentence_fields(text)] == [("name", name)]


def test_a_relatives_name_is_not_the_persons():
    assert sentence_fields("उनके पिता का नाम रामलाल टेस्ट है।") == []


def test_a_post_told_in_hindi_with_its_time():
    fields = sentence_fields('14 नवंबर 2026, 21:40 बजे (IST) को उन्होंने लिखा: "अब और नहीं सहा जाता"')
    assert [(f.field, f.value) for f in fields] == [("post", "अब और नहीं सहा जाता"), ("post_time", "14 नवंबर 2026, 21:40 बजे (IST)")]


def test_hindi_facts_written_as_sentences_are_read():
    text = "संदर्भ संख्या 7712000003 है। खाता आईडी 100000000000003 है। खाते से जुड़ा मोबाइल नंबर 09000000003 है।"
    assert [(f.field, f.value) for f in sentence_fields(text)] == [
        ("reference", "7712000003"), ("user_id", "100000000000003"), ("phone", "09000000003")]


def test_a_post_and_its_time_told_in_english_and_hinglish_sentences():
    fields = sentence_fields('She published a post saying "nobody cares now". The post went up at 11:03 UTC on '
                             '11 November 2026.')
    assert [(f.field, f.value) for f in fields] == [("post", "nobody cares now"),
                                                   ("post_time", "11:03 UTC on 11 November 2026")]
    fields = sentence_fields('Usne ek story daali jismein likha tha: "bas ab aur nahi". Story 28-11-2026 ko raat '
                             '11:05 PM IST par post hui.')
    assert [f.field for f in fields] == ["post", "post_time"] and fields[0].value == "bas ab aur nahi"


@pytest.mark.parametrize("text, place", [
    ("His profile (https://www.facebook.com/t.1) gives his home as Tehsil Malpura, District Tonk, and the rest",
     "Tehsil Malpura, District Tonk"),
    ("Unka number hai aur woh Pokaran, Jaisalmer ke aas paas rehte hain.", "Pokaran, Jaisalmer"),
])
def test_a_home_given_in_a_sentence_is_the_persons_place(text, place):
    assert [p for p, _ in places_in_prose(text)] == [place]


def test_a_quoted_user_with_ids_in_brackets_and_a_hindi_narrative():
    fields = sentence_fields('User "Test Singh Rathore" (insta id @test_r, user id 61100000001) ne aaj')
    assert [(f.field, f.value) for f in fields] == [("name", "Test Singh Rathore"), ("username", "test_r"),
                                                   ("user_id", "61100000001")]
    fields = sentence_fields('उपयोगकर्ता "सुनीता टेस्ट" ने एक वीडियो डाला है जिसमें वे कह रही हैं कि "मैं कल नहीं रहूँगी"। '
                             'वीडियो 9 नवंबर 2026 को 19:20 IST पर पोस्ट हुआ।')
    assert [(f.field, f.value) for f in fields] == [("name", "सुनीता टेस्ट"), ("post", "मैं कल नहीं रहूँगी"),
                                                   ("post_time", "9 नवंबर 2026 19:20 IST")]


def test_a_friends_or_relatives_place_said_in_hinglish_is_not_the_persons():
    assert places_in_prose("Mere dost ki location Kota hai. Meri location Bundi hai.") == [("Bundi", "stated")]
    assert places_in_prose("Uske bhai ka pata Ajmer hai.") == []


def test_the_account_holder_named_in_apposition_and_the_place_they_list():
    text = ("The account holder, Test Joshi, who lists their location as Test City, uses the Facebook account "
            "https://www.facebook.com/t.j.")
    assert places_in_prose(text) == [("Test City", "stated")]
    assert [(f.field, f.value) for f in sentence_fields(text)] == [("name", "Test Joshi")]
    assert [f.value for f in sentence_fields("The account holder, Test Sankhla uses the Instagram account x.")] \
        == ["Test Sankhla"]


def test_two_facts_joined_by_and():
    from daemon.reading.prose import sentence_fields

    got = {(f.field, f.value) for f in sentence_fields(
        "The person's name is Geeta Bishnoi and the phone number on the account is (+91) 78541-85773.")}
    assert ("name", "Geeta Bishnoi") in got and ("phone", "(+91) 78541-85773") in got


def test_an_account_registered_to_someone_names_them():
    fields = sentence_fields("The account is registered to Test Person. The username is test_p.")
    assert [(f.field, f.value) for f in fields if f.field == "name"] == [("name", "Test Person")]


def test_a_post_that_reads_and_a_holder_with_a_relative_clause():
    fields = sentence_fields("The account holder is Test Person, who uses the name test_p on Instagram. The content "
                             "that worried our reviewers was posted Mon, 16 Nov 2026 07:20:14 +0530 and reads: "
                             "\"Goodbye everyone.\".")
    assert [(f.field, f.value) for f in fields] == [
        ("name", "Test Person"), ("post", "Goodbye everyone."), ("post_time", "Mon, 16 Nov 2026 07:20:14 +0530")]
