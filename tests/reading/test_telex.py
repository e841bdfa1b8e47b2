"""Telex-style reports (upper case, no colons, one fact per sentence) as label lines."""

from __future__ import annotations

from daemon.reading.telex import telex_text

WIRE = ("ZCZC 0412 SCRB\n"
        "EMERGENCY DISCLOSURE. REF 7734120091. SUBJECT NAME KAMLA DEVI\n"
        "MEENA. MOBILE +91 94140 55501. LOCATION VILLAGE BARAL TEHSIL\n"
        "SAHADA BHILWARA. IP 106.192.14.77 AT 0215 UTC 30 NOV 2026. END.\n"
        "NNNN")


def test_each_sentence_opening_with_label_words_is_a_label_line():
    lines = telex_text(WIRE).splitlines()
    assert lines == [
        "ZCZC 0412 SCRB EMERGENCY DISCLOSURE", "REF: 7734120091", "SUBJECT NAME: KAMLA DEVI MEENA",
        "MOBILE: +91 94140 55501", "LOCATION: VILLAGE BARAL TEHSIL SAHADA BHILWARA",
        "IP: 106.192.14.77 AT 0215 UTC 30 NOV 2026", "END", "NNNN"]  # lines wrapped at 69 columns are one paragraph


def test_text_with_colon_labels_or_in_mixed_case_is_left_alone():
    labelled = "NAME: KAMLA DEVI. MOBILE: 9414055501. LOCATION: BHILWARA. IP: 106.192.14.77."
    assert telex_text(labelled) == labelled
    prose = ("Name the place. Mobile phones were banned at the venue. Location matters a lot for the "
             "team, said the officer.")
    assert telex_text(prose) == prose


def test_shouting_prose_with_fewer_than_three_labelled_sentences_is_left_alone():
    text = "PLEASE CALL BACK URGENTLY. WE HAVE NOT HEARD FROM THE STATION. NAME OF OFFICER UNKNOWN."
    assert telex_text(text) == text


def test_one_fact_per_line():
    text = ("FACEBOOK EMERGENCY DISCLOSURE REF 8165955410 // NAME KUSUM CHARAN\nUID 100058483620313\n"
            "PH 9874798286\nPH2 8778002840\nLOC VILLAGE KHEJARLI, TEHSIL LUNI\nIP 2409:4081:46ce::a5b4\n"
            "TEXT: Delhi 6 dekh ke roya aaj\nEND")
    assert telex_text(text).splitlines() == [
        "FACEBOOK EMERGENCY DISCLOSURE REF 8165955410", "NAME: KUSUM CHARAN", "UID: 100058483620313",
        "PH: 9874798286", "PH: 8778002840", "LOC: VILLAGE KHEJARLI, TEHSIL LUNI", "IP: 2409:4081:46ce::a5b4",
        "TEXT: Delhi 6 dekh ke roya aaj", "END"]


def test_upper_case_labels_written_with_a_dash_or_colon_and_headings_are_left_alone():
    text = "ACCOUNT NAME - Dinesh Qureshi\nHANDLE - dinesh__641\nPHONE NUMBER - +91 68962 94628\nUSER DETAILS"
    assert telex_text(text) == text
    block = "USER DETAILS\nRegistered name: Manisha\nPhone: +919627988691\nCONTENT OF CONCERN\nStory: bas\nIP log"
    assert telex_text(block) == block
