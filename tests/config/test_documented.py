"""Every key the schema reads is explained in the shipped config.toml (set, or shown in a
comment), so an admin never has to read the code to find a setting."""

from __future__ import annotations

import inspect
import re

from pydantic import BaseModel

from daemon.config import schema, web
from tests.helpers import ROOT

# tables whose keys are documented by the block comment above them
BY_BLOCK = {"Wait", "Step", "Chain", "Officer", "Shift", "Override", "District", "PoliceDistrict", "Station", "_Root", "Config"}  # Config: the tables themselves


def test_every_config_key_is_documented():
    text = (ROOT / "config.toml").read_text(encoding="utf-8")
    missing = []
    for module in (schema, web):
        for name, cls in vars(module).items():
            if (inspect.isclass(cls) and issubclass(cls, BaseModel) and cls.__module__ == module.__name__
                    and name not in BY_BLOCK):
                for key in cls.model_fields:
                    if not re.search(rf"^\s*#?\s*{key}\s*=", text, re.M):
                        missing.append(f"{name}.{key}")
    assert missing == []
