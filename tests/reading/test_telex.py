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
