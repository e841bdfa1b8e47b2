"""Whole-body exports -> label lines (daemon.reading.exports), read through machine_text where the order of the steps matters."""

from __future__ import annotations

from daemon.reading.exports import kv_text, org_text
from daemon.reading.inline_lines import inline_text
from daemon.reading.machine import machine_text


def test_logfmt_lines_one_record_each():
    text = ('case_ref=TH-1 platform=threads\nsubject.name="Lokesh Sankhla"\nsubject.phone=+91-6244274891\n'
            'content.text="sab khatam" content.ts=1796142862\nevent=login ip=42.108.235.201 ts=1796131754')
    assert kv_text(text).splitlines() == [
        "case ref: TH-1", "platform: threads", "subject name: Lokesh Sankhla", "subject phone: +91-6244274891",
        "content text: sab khatam", "content ts: 1796142862", "login: event login  ip 42.108.235.201  ts 1796131754"]


def test_a_url_encoded_form_and_shell_exports():
    form = "case=IG-5&name=Priyanka+Dangi&phone%5B%5D=%2B91-84265-81899&city=Bayana%2C+Bharatpur"
    assert machine_text(form).splitlines() == [
        "case: IG-5", "name: Priyanka Dangi", "phone: +91-84265-81899", "city: Bayana, Bharatpur"]
    env = "export CASE_REF='LERT-1'\nexport SUBJECT_NAME='Lokesh Jain'\nexport POST_TEXT=\"I can't. Tonight.\""
    assert kv_text(env).splitlines() == ["CASE REF: LERT-1", "SUBJECT NAME: Lokesh Jain", "POST TEXT: I can't. Tonight."]
    assert machine_text("a=1&b=2 is no form") == "a=1&b=2 is no form"


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


def test_a_toml_array_of_tables_is_a_list_of_records():
    text = ('[subject]\nname = "Mahendra Jat"\ncity = "Gangapur City"\n\n[[logins]]\nip = "110.227.39.240"\n'
            'at = "2026-11-10T00:21:47Z"\n\n[[logins]]\nip = "2401:4900:d50::cd3b:0:0"\nat = "10 Nov 2026 11:51 UTC"')
    assert [line for line in kv_text(text).splitlines() if line][-2:] == ["logins: ip 110.227.39.240  at 2026-11-10T00:21:47Z",
                                                "logins: ip 2401:4900:d50::cd3b:0:0  at 10 Nov 2026 11:51 UTC"]


def test_json_and_kv_exports_still_read():
    assert "subject phone: 98290 11223" in machine_text('{"subject": {"phone": "98290 11223"}, "case": "IG-1"}')
    assert kv_text("a = 1\nb = 2\nuser.name = Asha").splitlines()[-1] == "user name: Asha"


def test_a_wrapper_objects_name_is_no_part_of_the_labels_unless_it_names_someone_else():
    assert machine_text('{"report": {"taken_at": "2026-12-01T10:00:00Z"}}') .strip() == "taken at: 2026-12-01T10:00:00Z"
    assert machine_text('{"reportedBy": {"name": "Rohan"}}').startswith("reported By name: Rohan")


def test_a_yaml_like_export_nests_its_labels_and_keeps_each_login_on_one_line():

    text = ("Automated notice.\n\nreferral:\n  reference: R-1\n  account:\n    name: Test Person\n    id: 100000000000001\n"
            "  sessions:\n    - ip: 203.0.113.7\n      at: 1795366490\n    - ip: 203.0.113.9\n      at: 1795362748\n"
            "  content:\n    text: words of the post\n    created: 1795368821\n\nFooter line.")
    out = machine_text(text).splitlines()
    assert "account id: 100000000000001" in out and "content created: 1795368821" in out
    assert "sessions: ip 203.0.113.9  at 1795362748" in out
    assert out[0] == "Automated notice." and out[-1] == "Footer line."


def test_capitalised_label_lines_are_no_yaml_export():

    text = "Account holder:\n  Name: Test Person\n  Phone: 9000000123\n  City: Kota\n  Email: t@example.in\n  Id: 1"
    assert machine_text(text) == text


def test_numbered_keys_of_a_key_value_export_are_list_items_with_their_times():

    text = "subject.name=Test Person\nlogin.0.ip=203.0.113.7\nlogin.0.time=1795260748000\ncontent.text=words\n"
    assert "login: ip 203.0.113.7  time 1795260748000" in machine_text(text).splitlines()


def test_a_key_with_brackets_in_a_key_value_export_is_read():

    text = "name=Test Person\ncity_(profile)=Test Nagar, Jaipur\ntext=words\n"
    assert "city (profile): Test Nagar, Jaipur" in machine_text(text).splitlines()


def test_an_org_quote_block_under_a_post_heading_is_the_post():
    text = (":PROPERTIES:\n:NAME: Test Person\n:MOBILE: 9000000123\n:LOCATION: Kota\n:END:\n** Post\n"
            "  :POSTED: 2026-10-16 08:24:34 IST\n  #+begin_quote\n  words of the\n  post\n  #+end_quote\n"
            "** Note\n#+begin_quote\nnot a post\n#+end_quote")
    assert org_text(text).splitlines()[-4:] == ["posted: 2026-10-16 08:24:34 IST", "Post: words of the post", "** Note", "not a post"]
