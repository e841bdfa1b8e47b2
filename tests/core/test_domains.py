"""One suffix rule for platform and own domains; one default list of platform domains."""

import tomllib

from daemon.core.domains import PLATFORM_DOMAINS, domain_of, within
from daemon.reading.reader import ReadingRules
from tests.helpers import ROOT


def test_a_domain_is_within_itself_and_its_parents_only():
    assert within("facebookmail.com", PLATFORM_DOMAINS) == "facebookmail.com"
    assert within("mail.Instagram.COM.", PLATFORM_DOMAINS) == "instagram.com"
    assert within("notfacebook.com", PLATFORM_DOMAINS) is None  # a suffix, but not a subdomain
    assert within("facebook.com.evil.example", PLATFORM_DOMAINS) is None
    assert within("", PLATFORM_DOMAINS) is None and within(None, PLATFORM_DOMAINS) is None
    assert within("x.example.in", ("EXAMPLE.IN",)) == "example.in"


def test_domain_of_an_address():
    assert domain_of("n@facebookmail.com") == "facebookmail.com"
    assert domain_of("odd@local@mail.example.in") == "mail.example.in"
    assert domain_of("no-at-sign") is None and domain_of(None) is None


def test_the_shipped_config_lists_the_default_platform_domains():
    """config.toml lists them as data for admins; the code's default is the one constant."""
    shipped = tomllib.loads((ROOT / "config.toml").read_text(encoding="utf-8"))
    assert tuple(shipped["lifeline"]["trusted_platform_domains"]) == PLATFORM_DOMAINS
    assert ReadingRules(message_id_domain="x.example.in").trusted_platform_domains == PLATFORM_DOMAINS
