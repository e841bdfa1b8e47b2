"""Reports in layouts and wordings nobody listed: the facts come out, someone else's stay out."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from daemon.reading.classify import Kind
from daemon.reading.reader import ReadingRules, read

RULES = ReadingRules(message_id_domain="lifeline.police.example.in")
HEAD = "From: Facebook <records@support.facebook.com>\nSubject: Emergency notification\nContent-Type: text/plain; charset=utf-8\n\n"


def reading(body: str, head: str = HEAD):
    return read((head + body).encode(), RULES)


@pytest.mark.parametrize("body", [
    "Account-holder name ......... Asha Devi\nRegistered number ..... 98290 41736\n",
    "1. Profile\n   1.1 Name of the user: Asha Devi\n   (ii) Mobile (मोबाइल): +91-98290-41736\n",
    "NAME\nAsha Devi\n\nCONTACT NUMBER\n०९८२९० ४१७३६\n",
    "नाम / Name: Asha Devi\nसंपर्क नंबर / Registered mobile: 0091 98290 41736\n",
    "Name\tAsha Devi\nWhatsApp number\t(+91) 98290 41736\n",
    "| Name | Asha Devi |\n| Phone | 98290-41736 |\n",
])
def test_label_layouts(body):
    r = reading(body)
    assert r.kind is Kind.PLATFORM_REPORT
    assert (r.report.subject_name, r.report.phones) == ("Asha Devi", ("+919829041736",))


def test_json_export_with_epoch_times_and_a_reporter():
    export = {"caseId": "EDR-100200", "accountName": "Asha Devi", "mobile": "098290 41736",
              "content": {"text": "sab khatam", "createdAtUtc": 1795725300},
              "loginIps": [{"address": "2409:40D4:1023:8E11:0000:0000:0000:002A", "seenAt": 1795725300123}],
              "reportedBy": {"name": "Kavya", "mobile": "0091 70147 88120"}}
    r = reading(json.dumps(export, indent=2))
    assert r.report.subject_name == "Asha Devi" and r.report.phones == ("+919829041736",)
    assert r.report.reference == "EDR-100200" and r.report.post_text == "sab khatam"
    assert r.report.post_time.isoformat() == "2026-11-26T20:35:00+00:00"
    assert [(s.ip, s.seen_at.isoformat()) for s in r.report.ips] == [("2409:40d4:1023:8e11::2a", "2026-11-26T20:35:00+00:00")]


def test_the_friend_who_flagged_the_post_is_not_the_person():
    body = ("Name: Asha Devi\nMobile: 98290 41736\nCaption: alvida\n\nReported by\nName: Kavya Sharma\n"
            "Phone: 70147 88120\nProfile: https://www.facebook.com/kavya.s\n\n"
            "Her friend Rohit (94141 22334, https://www.facebook.com/rohit.k) also wrote to us.\n")
    r = reading(body)
    assert r.report.phones == ("+919829041736",) and r.report.profile_urls == ()


def test_times_in_many_forms():
    for value, iso in (("26 Nov 2026, 10:15 PM IST", "2026-11-26T16:45:00+00:00"),
                       ("10:15 PM IST, 26 Nov 2026", "2026-11-26T16:45:00+00:00"),
                       ("2026-11-26 08:45 America/Los_Angeles", "2026-11-26T16:45:00+00:00"),
                       ("1795725300", "2026-11-26T20:35:00+00:00"), ("26/11/2026 22:15 (GMT+5:30)", "2026-11-26T16:45:00+00:00"),
                       ("२६ नवंबर २०२६ रात १०:१५ IST", "2026-11-26T16:45:00+00:00")):
        r = reading(f"Name: Asha Devi\nMobile: 9829041736\nTime of creation: {value}\n")
        assert r.report.post_time.isoformat() == iso, value


def test_a_platform_mail_about_no_person_is_a_notice_and_a_stranger_reporting_is_held():
    notice = reading("We noticed a new login to your Law Enforcement Online Request System account.\n"
                     "IP address: 164.100.159.9\nLocation: Jaipur, Rajasthan\n",
                     head="From: Facebook <security@facebookmail.com>\nSubject: New login to your account\n\n")
    assert notice.kind is Kind.PLATFORM_NOTICE and notice.report is None
    stranger = reading("Name: Asha Devi\nMobile: 98290 41736\nCaption: alvida, Instagram pe likha\n",
                       head="From: someone@gmail.com\nSubject: emergency notification\n\n")
    assert stranger.kind is Kind.PLATFORM_REPORT and stranger.authentic is False
    assert "not verified" in stranger.hold_reason


def test_location_sources_are_read_and_ordered():
    r = reading("Name: Asha Devi\nMobile: 9829041736\nDistrict: Barmer\nCity: Balotra\nHometown (profile): Kota\n"
                "Caption: kal Jodhpur ja rahi hoon\n")
    hints = [(str(h), h.source) for h in r.report.location_hints]
    assert hints[:3] == [("Balotra", "stated"), ("Barmer", "stated"), ("Kota", "profile")]
    assert ("Jodhpur", "post") in hints
    assert r.to_json()["location_sources"][:3] == ["stated", "stated", "profile"]


def test_hindi_labels_with_an_epoch_post_time_and_no_case_number():
    r = reading("खाताधारक - Rekha Saini\nपता - Dausa\nपोस्ट किया गया - 1795462573 (unix epoch seconds)\n"
                "पोस्ट - अलविदा दोस्तों, अब और सहन नहीं होता\n\n"
                "Message reference: 2b945d804cee0895 — please keep the case number above when replying\n")
    assert r.kind is Kind.PLATFORM_REPORT
    assert (r.report.subject_name, r.report.post_text) == ("Rekha Saini", "अलविदा दोस्तों, अब और सहन नहीं होता")
    assert r.report.post_time == datetime(2026, 11, 23, 19, 36, 13, tzinfo=timezone.utc) and r.report.reference is None


def test_hinglish_labels():
    r = reading("User ka naam: Rekha Saini\nJagah: Ratanada, Jodhpur\nKab post kiya: 27/11/2026 08:12 IST\n"
                "Post mein likha: Ab aur nahi\n")
    assert (r.report.subject_name, r.report.post_text, r.report.post_time) == (
        "Rekha Saini", "Ab aur nahi", datetime(2026, 11, 27, 2, 42, tzinfo=timezone.utc))
    assert "Ratanada, Jodhpur" in r.report.location_hints
