"""The schema: field rules, the loaded Config as the model itself, its look-ups."""

import tomllib

import pytest

from daemon.config.load import load_config
from daemon.config.schema import PATH_KEYS, AuthPolicy, Config, ConfigError, Lifeline, StorePolicy
from tests.helpers import ROOT, SHIPPED, edited_config


def test_inline_password_is_refused(tmp_path):
    path = edited_config(tmp_path, 'password_env = "LIFELINE_IMAP_PASSWORD"', 'password = "hunter2"')
    with pytest.raises(ConfigError, match="secrets never live in config.toml"):
        load_config(path)


def test_shift_for_an_unknown_officer(tmp_path):
    path = edited_config(tmp_path, 'officer = "si-e"', 'officer = "si-zz"')
    with pytest.raises(ConfigError, match="'si-zz' is not one of this station's officers"):
        load_config(path)


def test_district_outside_the_41_is_refused(tmp_path):
    path = edited_config(tmp_path, 'name = "Alwar"', 'name = "Anupgarh"')
    with pytest.raises(ConfigError, match="not one of Rajasthan's 41 districts"):
        load_config(path)


def test_config_is_frozen():
    config = load_config(ROOT / "config.toml")
    with pytest.raises(Exception):
        config.stations[0].mailbox = "x@police.example.in"
    with pytest.raises(Exception):
        config.hq_desk = "x@police.example.in"


def test_config_is_the_validated_model_with_lifeline_keys_read_flat():
    config = load_config(ROOT / "config.toml")
    assert isinstance(config, Config)
    for key in Lifeline.model_fields:
        assert getattr(config, key) == getattr(config.lifeline, key)
    assert config.hq_desk == "scrb-hq-desk@police.example.in"
    with pytest.raises(AttributeError):
        config.hq_dsek  # noqa: B018 - a misspelt attribute is an error, not None


def test_no_lifeline_key_is_shadowed_by_a_table_or_a_method():
    """config.<key> reads [lifeline] only when nothing on Config has that name."""
    shadowed = {k for k in Lifeline.model_fields if k in Config.model_fields or hasattr(Config, k)}
    assert not shadowed


def test_policies_are_the_config_tables():
    config = load_config(ROOT / "config.toml")
    assert isinstance(config.store, StorePolicy) and isinstance(config.authenticity, AuthPolicy)
    assert config.authenticity.trusted_authserv_ids == ("mail.police.example.in",)
    assert StorePolicy().retention_days == 365 and AuthPolicy().verify_dkim
    assert AuthPolicy(trusted_authserv_ids=("MX.Police.Example.IN",)).trusted_authserv_ids == ("mx.police.example.in",)
    with pytest.raises(Exception):
        StorePolicy(retention_days=0)


def test_lookups_and_derived_values():
    config = load_config(ROOT / "config.toml")
    station = config.station("PS Sardarpura")
    assert station.district == "Jodhpur" and config.station("PS Nowhere") is None
    assert config.district("Jodhpur").name == "Jodhpur" and config.district(None) is None
    assert config.police_district(station.police_district).name == station.police_district
    assert config.store_path == config.state_dir / "lifeline.json"
    addresses = config.addresses()
    assert config.hq_desk in addresses and station.mailbox in addresses and addresses == sorted(set(addresses))


def test_equal_configs_hash_alike_so_routing_can_cache_per_config():
    a, b = load_config(ROOT / "config.toml"), load_config(ROOT / "config.toml")
    assert a == b and hash(a) == hash(b)
    assert {a: 1}[b] == 1


def test_path_keys_are_the_lifeline_paths():
    assert set(PATH_KEYS) == {"state_dir", "templates_dir", "model_dir", "pin_table", "reply_key_file"}


def test_built_from_data_without_a_file_paths_stay_as_written():
    config = Config.model_validate(tomllib.loads(SHIPPED))
    assert str(config.state_dir) == "var" and config.path is None and config.pins == {}
