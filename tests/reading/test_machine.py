"""Machine-written reports and lines that hold several fields, as label lines."""

from __future__ import annotations

from daemon.reading.machine import inline_text, kv_text, machine_text


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


def test_logfmt_lines_one_record_each():
    text = ('case_ref=TH-1 platform=threads\nsubject.name="Lokesh Sankhla"\nsubject.phone=+91-6244274891\n'
            'content.text="sab khatam" content.ts=1796142862\nevent=login ip=42.108.235.201 ts=1796131754')
    assert kv_text(text).splitlines() == [
        "case ref: TH-1", "platform: threads", "subject name: Lokesh Sankhla", "subject phone: +91-6244274891",
        "content text: sab khatam", "content ts: 1796142862", "login: event login  ip 42.108.235.201  ts 1796131754"]


def test_csv_field_value_rows_in_the_body():
    text = 'field,value\nname,Kusum Jat\nlocation,"Nagar, Deeg"\nlogin_1_ip,110.227.8.25\n\nThanks'
    assert inline_text(text).splitlines() == ["name: Kusum Jat", "location: Nagar, Deeg", "login_1_ip: 110.227.8.25",
                                              "", "Thanks"]


def test_a_url_encoded_form_and_shell_exports():
    form = "case=IG-5&name=Priyanka+Dangi&phone%5B%5D=%2B91-84265-81899&city=Bayana%2C+Bharatpur"
    assert machine_text(form).splitlines() == [
        "case: IG-5", "name: Priyanka Dangi", "phone: +91-84265-81899", "city: Bayana, Bharatpur"]
    env = "export CASE_REF='LERT-1'\nexport SUBJECT_NAME='Lokesh Jain'\nexport POST_TEXT=\"I can't. Tonight.\""
    assert kv_text(env).splitlines() == ["CASE REF: LERT-1", "SUBJECT NAME: Lokesh Jain", "POST TEXT: I can't. Tonight."]
    assert machine_text("a=1&b=2 is no form") == "a=1&b=2 is no form"


def test_a_box_drawing_table_reads_as_a_pipe_table():
    text = ("┌──────── ACCOUNT ────────\n│ Name          │ Ramesh Joshi\n│ Location      │ Raisinghnagar\n"
            "└─────────────────────────")
    lines = machine_text(text).splitlines()
    assert lines[1:3] == ["| Name          | Ramesh Joshi", "| Location      | Raisinghnagar"]


def test_org_mode_properties():
    text = "* Emergency 95\n:PROPERTIES:\n:NAME: Usha Sandhu\n:REGISTERED_MOBILE: +91-75295-78427\n:LOCATION: Kapasan\n:END:"
    assert machine_text(text).splitlines() == [
        "* Emergency 95", "name: Usha Sandhu", "registered mobile: +91-75295-78427", "location: Kapasan"]


def test_ndjson_lines_are_records_and_a_timeline_entry_keeps_its_time():
    text = ('{"event": "login", "ip": "171.61.7.41", "time": "2026-10-14 16:23:22 UTC"}\n'
            '{"event": "post", "time": "15/10/2026 12:57 AM IST", "text": "Sorry Papa."}\nThanks')
    assert machine_text(text).splitlines() == [
        "login: event login  ip 171.61.7.41  time 2026-10-14 16:23:22 UTC", "event: post",
        "time: 15/10/2026 12:57 AM IST", "text: Sorry Papa.", "", "Thanks"]
    timeline = ("[2026-11-20 09:47:16 UTC] LOGIN from 2409:4052:E4AF:0:30E1:0:89C3:299D\n"
                "[2026-11-19 12:48:42 UTC] POST published: aaj sab khatam")
    assert inline_text(timeline).splitlines() == [
        "[2026-11-20 09:47:16 UTC] LOGIN from 2409:4052:E4AF:0:30E1:0:89C3:299D",
        "POST published (2026-11-19 12:48:42 UTC): aaj sab khatam"]


def test_a_paragraph_of_labelled_sentences_is_one_sentence_per_line():
    line = ("Our team found content indicating risk. Reference 9585616874. User ID: 22128724405. "
            "City on the profile: Sarada, Udaipur. Login from 171.61.186.20 at 10/25/2026 4:15 AM PDT. "
            "Post (25 Oct 2026): I can't do this anymore. Tonight it ends.")
    assert inline_text(line).splitlines() == [
        "Our team found content indicating risk.", "Reference 9585616874.", "User ID: 22128724405",
        "City on the profile: Sarada, Udaipur", "Login from 171.61.186.20 at 10/25/2026 4:15 AM PDT.",
        "Post (25 Oct 2026): I can't do this anymore. Tonight it ends."]


def test_a_toml_array_of_tables_is_a_list_of_records():
    text = ('[subject]\nname = "Mahendra Jat"\ncity = "Gangapur City"\n\n[[logins]]\nip = "110.227.39.240"\n'
            'at = "2026-11-10T00:21:47Z"\n\n[[logins]]\nip = "2401:4900:d50::cd3b:0:0"\nat = "10 Nov 2026 11:51 UTC"')
    assert [line for line in kv_text(text).splitlines() if line][-2:] == ["logins: ip 110.227.39.240  at 2026-11-10T00:21:47Z",
                                                "logins: ip 2401:4900:d50::cd3b:0:0  at 10 Nov 2026 11:51 UTC"]


def test_spaced_prose_is_no_table():
    text = "We are writing  to you about  a user who may  need help.\nPlease act quickly."
    assert inline_text(text) == text


def test_json_and_kv_exports_still_read():
    assert "subject phone: 98290 11223" in machine_text('{"subject": {"phone": "98290 11223"}, "case": "IG-1"}')
    assert kv_text("a = 1\nb = 2\nuser.name = Asha").splitlines()[-1] == "user name: Asha"


def test_a_wrapper_objects_name_is_no_part_of_the_labels_unless_it_names_someone_else():
    assert machine_text('{"report": {"taken_at": "2026-12-01T10:00:00Z"}}') .strip() == "taken at: 2026-12-01T10:00:00Z"
    assert machine_text('{"reportedBy": {"name": "Rohan"}}').startswith("reported By name: Rohan")


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


def test_a_yaml_like_export_nests_its_labels_and_keeps_each_login_on_one_line():
    from daemon.reading.machine import machine_text

    text = ("Automated notice.\n\nreferral:\n  reference: R-1\n  account:\n    name: Test Person\n    id: 100000000000001\n"
            "  sessions:\n    - ip: 203.0.113.7\n      at: 1795366490\n    - ip: 203.0.113.9\n      at: 1795362748\n"
            "  content:\n    text: words of the post\n    created: 1795368821\n\nFooter line.")
    out = machine_text(text).splitlines()
    assert "account id: 100000000000001" in out and "content created: 1795368821" in out
    assert "sessions: ip 203.0.113.9  at 1795362748" in out
    assert out[0] == "Automated notice." and out[-1] == "Footer line."


def test_capitalised_label_lines_are_no_yaml_export():
    from daemon.reading.machine import machine_text

    text = "Account holder:\n  Name: Test Person\n  Phone: 9000000123\n  City: Kota\n  Email: t@example.in\n  Id: 1"
    assert machine_text(text) == text


def test_numbered_keys_of_a_key_value_export_are_list_items_with_their_times():
    from daemon.reading.machine import machine_text

    text = "subject.name=Test Person\nlogin.0.ip=203.0.113.7\nlogin.0.time=1795260748000\ncontent.text=words\n"
    assert "login: ip 203.0.113.7  time 1795260748000" in machine_text(text).splitlines()


def test_a_key_with_brackets_in_a_key_value_export_is_read():
    from daemon.reading.machine import machine_text

    text = "name=Test Person\ncity_(profile)=Test Nagar, Jaipur\ntext=words\n"
    assert "city (profile): Test Nagar, Jaipur" in machine_text(text).splitlines()
