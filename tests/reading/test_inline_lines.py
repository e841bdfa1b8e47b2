"""Lines holding several fields -> one label line per field (daemon.reading.inline_lines)."""

from __future__ import annotations

from daemon.reading.inline_lines import inline_text


def test_a_one_line_key_value_record():
    text = 'Instagram referral; ref=IGR-7781; full_name=Seema Regar; mobile=9166-020-331; caption="sab khatam; bye"; login=2409:4052:1a::7@2026-12-02T10:00:00Z'
    assert inline_text(text).splitlines() == [
        "Instagram referral", "ref: IGR-7781", "full name: Seema Regar", "mobile: 9166-020-331",
        "caption: sab khatam; bye", "login: 2409:4052:1a::7 at 2026-12-02T10:00:00Z"]


def test_an_equation_in_prose_is_no_record():
    text = "Risk score=0.9; threshold=0.5"
    assert inline_text(text) == text


def test_fields_side_by_side():
    assert inline_text("Name: Gopal Meena · Handle: @gopal.meena · User ID: 61100223344").splitlines() == [
        "Name: Gopal Meena", "Handle: @gopal.meena", "User ID: 61100223344"]
    assert inline_text("Safety · Privacy · Terms") == "Safety · Privacy · Terms"


def test_a_column_header_over_its_row():
    text = ("Reference      Full name          Phone            City\n"
            "5521003344     Seema Devi Regar   9166-020-331     Sojat City")
    assert inline_text(text).splitlines() == [
        "Reference: 5521003344", "Full name: Seema Devi Regar", "Phone: 9166-020-331", "City: Sojat City"]


def test_a_field_value_table_with_more_columns():
    text = ("Field | Value | Source\n|---|---|---|\nName | Ramesh Saini | profile\n"
            "Last seen from | 49.36.112.7 | 28 Nov 2026 03:11 UTC\nSaid | goodbye everyone | post\nThanks")
    assert inline_text(text).splitlines() == [
        "Name: Ramesh Saini", "Last seen from: 49.36.112.7 (28 Nov 2026 03:11 UTC)", "Said: goodbye everyone", "Thanks"]
    other = "Date | Event | Place\n1 Dec | login | Kota"
    assert inline_text(other) == other  # a table of events is no key/value table


def test_a_rule_under_the_header_of_a_field_value_table():
    text = ("Field     | Value            | Source\n-------------------------------------\n"
            "Name      | Prem Bhil        | account settings\nText      | train ke aage... bas")
    assert inline_text(text).splitlines() == ["Name: Prem Bhil", "Text: train ke aage... bas"]


def test_a_question_form_gives_one_label_line_per_answer():
    text = ("Q. Who is the account holder?\nA. Sunita Gurjar\n\nQ. What did the person post?\n"
            "A. aaj raat sab khatam,\nghar wale maaf karna\n\nQ. From which IP addresses did the account connect?\n"
            "A. 1.38.2.104 on 1793865000\nA. 27.61.233.27 on 1793860791\n\nAASRA: +91-9820466726")
    assert inline_text(text).splitlines() == [
        "Who is the account holder: Sunita Gurjar", "", "What did the person post: aaj raat sab khatam, ghar wale maaf karna",
        "", "From which IP addresses did the account connect: 1.38.2.104 on 1793865000",
        "From which IP addresses did the account connect: 27.61.233.27 on 1793860791", "", "AASRA: +91-9820466726"]
    assert inline_text("Q. Any questions?\nCall us.") == "Q. Any questions?\nCall us."  # no answer: as it is


def test_two_columns_of_label_lines_set_apart_by_a_wide_gap():
    line = "Reference number: LERT-2026-204535                        Name: Chetan Jain"
    assert inline_text(line).splitlines() == ["Reference number: LERT-2026-204535", "Name: Chetan Jain"]
    login = "IP: 171.79.9.44                               2026-11-11 09:22:28 UTC"
    assert inline_text(login) == login  # an address and its time: one field
    dated = "IP: 122.161.173.65   Thu, 05 Nov 2026 05:00:09 +0000"
    assert inline_text(dated) == dated  # a date with a clock is no label


def test_csv_field_value_rows_in_the_body():
    text = 'field,value\nname,Kusum Jat\nlocation,"Nagar, Deeg"\nlogin_1_ip,110.227.8.25\n\nThanks'
    assert inline_text(text).splitlines() == ["name: Kusum Jat", "location: Nagar, Deeg", "login_1_ip: 110.227.8.25",
                                              "", "Thanks"]


def test_a_paragraph_of_labelled_sentences_is_one_sentence_per_line():
    line = ("Our team found content indicating risk. Reference 9585616874. User ID: 22128724405. "
            "City on the profile: Sarada, Udaipur. Login from 171.61.186.20 at 10/25/2026 4:15 AM PDT. "
            "Post (25 Oct 2026): I can't do this anymore. Tonight it ends.")
    assert inline_text(line).splitlines() == [
        "Our team found content indicating risk.", "Reference 9585616874.", "User ID: 22128724405",
        "City on the profile: Sarada, Udaipur", "Login from 171.61.186.20 at 10/25/2026 4:15 AM PDT.",
        "Post (25 Oct 2026): I can't do this anymore. Tonight it ends."]


def test_spaced_prose_is_no_table():
    text = "We are writing  to you about  a user who may  need help.\nPlease act quickly."
    assert inline_text(text) == text


def test_long_blank_runs_are_read_in_linear_time():
    import time

    started = time.perf_counter()
    inline_text("2026-11-28 20:58 " + " " * 200_000 + "x")
    inline_text("Name: x · " * 20_000)
    assert time.perf_counter() - started < 2


def test_a_key_value_line_under_a_one_line_record_continues_it():
    text = ('case=TST-1; name=Test Person Two; uid=100000000000002; ts=2026-11-14T16:10:00Z;\n'
            '\ntext="kal se main nahi rahunga"\n'
            'Please check on this person.')
    assert inline_text(text).splitlines()[-2:] == ["text: kal se main nahi rahunga", "Please check on this person."]


def test_a_lone_key_value_line_is_no_record():
    assert inline_text('Please note: a=b\nmode=fast') == 'Please note: a=b\nmode=fast'


def test_a_chat_transcripts_lines_are_what_was_said():
    text = ("[05:32:15] SCRB Desk: hello\n[05:33:52] Kevin (Meta LE Support): Name on the account: Test Person\n"
            "[05:38:24] Kevin (Meta LE Support): Location on profile: Sanchore")
    assert inline_text(text).splitlines() == ["hello", "Name on the account: Test Person", "Location on profile: Sanchore"]
    assert inline_text("[05:32:15] Desk: one line of chat") == "Desk (05:32:15): one line of chat"  # no transcript: a timeline entry
