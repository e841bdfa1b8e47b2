"""The shipped config, loaded once for the pure handler tests."""

import pytest

from daemon.config.load import load_config
from tests.helpers import ROOT


@pytest.fixture(scope="session")
def config():
    return load_config(ROOT / "config.toml")
