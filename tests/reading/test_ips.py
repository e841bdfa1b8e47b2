from datetime import datetime, timezone

from daemon.reading.ips import find_ip_sightings, officer_sign_ins, received_ips, valid_public_ip


def test_versions_private_and_times_are_not_ips():
    assert valid_public_ip("10.0.0.1") is None
    assert valid_public_ip("127.0.0.1") is None
    assert valid_public_ip("300.1.2.3") is None
    assert valid_public_ip("20:58:11") is None
    assert valid_public_ip("2401:4900:33b1:2c9a:0:0:0:1f") == "2401:4900:33b1:2c9a::1f"


def test_table_with_zone_header_and_next_line_times():
    text = ("RECENT LOGINS (IST)\n2026-11-29 02:28:11  2401:4900:5c31:8a2e:1d4:77ff:fe10:2b9c\n"
            "IP: 106.215.88.14\nTime: 2026-11-29 01:00 UTC\n")
    sightings, assumed = find_ip_sightings(text)
    assert [(s.ip, s.seen_at) for s in sightings] == [
        ("2401:4900:5c31:8a2e:1d4:77ff:fe10:2b9c", datetime(2026, 11, 28, 20, 58, 11, tzinfo=timezone.utc)),
        ("106.215.88.14", datetime(2026, 11, 29, 1, 0, tzinfo=timezone.utc)),
    ]
    assert assumed is False


def test_ip_without_time_kept_and_relays_excluded():
    headers = (("Received", "from relay (relay [157.240.1.1]) by mx; Mon, 30 Nov 2026 10:00:00 +0000"),)
    relays = received_ips(headers)
    sightings, _ = find_ip_sightings("Last IP 49.36.212.7\nrelay 157.240.1.1 2026-11-30 10:00 UTC", relays)
    assert [(s.ip, s.seen_at) for s in sightings] == [("49.36.212.7", None)]


def test_a_time_labelled_for_the_address_on_the_line_below():
    text = "LOGIN IP 1: 49.36.137.233\nLOGIN IP 1 TIME: 1802192865000\n  - ip: 152.58.210.51\n    time_utc: 2026-07-17 00:52:25\n"
    found, _ = find_ip_sightings(text)
    assert [(s.ip, s.seen_at) for s in found] == [
        ("49.36.137.233", datetime(2027, 2, 9, 17, 7, 45, tzinfo=timezone.utc)),
        ("152.58.210.51", datetime(2026, 7, 17, 0, 52, 25, tzinfo=timezone.utc))]
    # a post time below a login line is not the login's
    found, _ = find_ip_sightings("Login IP: 49.36.137.233\nPosted: 2026-07-17 00:52 UTC\n")
    assert found[0].seen_at is None


def test_an_address_in_prose_takes_the_time_of_its_own_sentence():
    line = ('The profile says they live in Sanchore. At 27 Nov 2026, 06:36 AM IST they wrote: "Take care of mummy." '
            "The account was used from 157.38.164.202 at 1795731229 (unix epoch seconds).")
    sightings, _ = find_ip_sightings(line)
    assert [(s.ip, s.seen_at.isoformat()) for s in sightings] == [("157.38.164.202", "2026-11-26T22:13:49+00:00")]


def test_a_line_of_many_addresses_reads_in_linear_time():
    # each address once searched its whole line for sentence ends: 125k addresses on one line
    # took 131 s, a poison mail that stalls intake; now well under a second
    import time

    from daemon.reading.reader import ReadingRules, read

    raw = b"From: records@support.facebook.com\nSubject: Emergency Referral\n\n" + b"1.2.3.4 " * 125_000
    started = time.perf_counter()
    read(raw, ReadingRules(message_id_domain="lifeline.police.example.in"))
    assert time.perf_counter() - started < 15


def test_each_address_takes_the_time_nearest_its_own_span():
    line = ("IPs: 171.79.24.12 (0721 UTC 30 NOV 2026), 49.36.72.13 (0719 UTC 30 NOV 2026), "
            "2409:40d4:9012:a458:11f4:994e:c64c:da55 (0658 UTC 30 NOV 2026)")
    got, _ = find_ip_sightings(line)
    assert [(s.ip, s.seen_at.strftime("%H:%M")) for s in got] == [
        ("171.79.24.12", "07:21"), ("49.36.72.13", "07:19"), ("2409:40d4:9012:a458:11f4:994e:c64c:da55", "06:58")]
    epochs, _ = find_ip_sightings("IPs: 59.89.75.250 (1793845372), 2409:4081:c8ff:5a5c::a969:f6d0 (1793816885)")
    assert [int(s.seen_at.timestamp()) for s in epochs] == [1793845372, 1793816885]


def test_a_date_alone_is_no_sighting_time_and_a_time_below_a_blank_line_counts():
    got, _ = find_ip_sightings("│ 23 Oct 2026 │ 2409:4052:0:baf:3618:96b:469:c80")
    assert got[0].seen_at is None  # midnight would be a time nobody wrote
    boxes, _ = find_ip_sightings("Sign-ins\n\n171.61.45.32\n\n2026-10-05T17:26:51Z\n")
    assert boxes[0].seen_at == datetime(2026, 10, 5, 17, 26, 51, tzinfo=timezone.utc)


def test_an_address_without_a_time_among_timed_ones_gets_none():
    got, _ = find_ip_sightings("IPs: 182.69.249.97 @2026-11-07T06:57:40Z; 2405:201:83d6:80a5:0:f02:0:616; "
                               "2409:40d4:17d:10e6:0:bba:5b5:0 @2026-11-06T22:18:36Z")
    assert [s.seen_at.hour if s.seen_at else None for s in got] == [6, None, 22]


def test_an_officer_s_portal_sign_in_is_no_sighting():
    text = ("Login from 171.61.186.20 at 25 Oct 2026 11:15 UTC.\n"
            "This disclosure was opened on the LE portal by the requesting officer from 164.100.188.231.")
    assert [s.ip for s in find_ip_sightings(text)[0]] == ["171.61.186.20"]


def test_a_login_time_labelled_at_on_the_line_below():
    got, _ = find_ip_sightings("LOGIN 1 IP: 117.99.163.26\nLOGIN 1 AT: 29 Nov 2026 10:44 UTC")
    assert got[0].seen_at == datetime(2026, 11, 29, 10, 44, tzinfo=timezone.utc)


def test_a_snake_case_login_time_below_its_address():
    got, _ = find_ip_sightings("login_1_ip: 110.227.8.25\nlogin_1_time: 2026-10-07 22:52:03 UTC")
    assert got[0].seen_at == datetime(2026, 10, 7, 22, 52, 3, tzinfo=timezone.utc)


def test_label_above_value_sign_ins_each_take_the_time_below_them_and_a_dash_is_none():
    text = ("Sign-ins\n\n106.215.0.10\n\n2026-11-07 20:33:07 PST\n\n106.215.0.11\n\n—\n\n"
            "2401:db8:5::7\n\nSat, 07 Nov 2026 09:19:33 +0000\n\nContent")
    sightings, _ = find_ip_sightings(text)
    assert [(s.ip, s.seen_at) for s in sightings] == [
        ("106.215.0.10", datetime(2026, 11, 8, 4, 33, 7, tzinfo=timezone.utc)),
        ("106.215.0.11", None),
        ("2401:db8:5::7", datetime(2026, 11, 7, 9, 19, 33, tzinfo=timezone.utc))]


def test_an_address_under_the_line_naming_the_requesting_officer_is_their_sign_in():
    lines = ["Submitted by: Inspector Test Officer (desk@police.example.in)", "Signed in from 117.206.0.90 at 22:40 IST",
             "Login IP: 106.215.0.12"]
    assert officer_sign_ins(lines) == {"117.206.0.90"}
    assert officer_sign_ins(["Name: Test Person", "Signed in from 117.206.0.90"]) == frozenset()


def test_addresses_listed_in_a_sentence_of_prose_each_keep_only_their_own_time():
    line = ("The account is registered to Test Person. The username is test_p. The account was accessed from "
            "106.205.0.17; 223.182.0.27 at 2026-11-15 14:25:20 -08:00; 2402:3a80:1e04::5. On 2026-11-15 22:55 UTC "
            "the user wrote: \"words\" Please quote TH-2026-1 in any reply.")
    sightings, _ = find_ip_sightings(line)
    assert [(s.ip, s.seen_at) for s in sightings] == [
        ("106.205.0.17", None), ("223.182.0.27", datetime(2026, 11, 15, 22, 25, 20, tzinfo=timezone.utc)),
        ("2402:3a80:1e04::5", None)]
