from datetime import datetime, timezone

from daemon.reading.ips import find_ip_sightings, received_ips, valid_public_ip


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
