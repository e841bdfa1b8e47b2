"""Small helpers shared by tests (not fixtures: those live in conftest.py)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from daemon.config.load import load_config
from daemon.config.schema import Config

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = FIXTURES / "examples"
SHIPPED = (ROOT / "config.toml").read_text(encoding="utf-8")


def edited_config(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    """The shipped config.toml with ``old`` replaced, in tmp_path with a small PIN table."""
    assert old in SHIPPED
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / "data" / "rajasthan_pins.csv").write_text("pin,districts\n342003,Jodhpur\n")
    path = tmp_path / "config.toml"
    path.write_text(SHIPPED.replace(old, new, count), encoding="utf-8")
    return path


def line_with(path: Path, text: str) -> int:
    """The number of the first line of ``path`` containing ``text``."""
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def replaced(config: Config, **changes) -> Config:
    """A copy of a loaded config with some values changed, named as they are read
    (``state_dir=...`` for a [lifeline] key, ``authenticity=...`` for a table)."""
    tables = {k: v for k, v in changes.items() if k in Config.model_fields}
    lifeline = {k: v for k, v in changes.items() if k not in tables}
    unknown = set(lifeline) - set(type(config.lifeline).model_fields)
    if unknown:
        raise TypeError(f"not config keys: {sorted(unknown)}")
    if lifeline:
        tables["lifeline"] = config.lifeline.model_copy(update=lifeline)
    return config.model_copy(update=tables)


def shipped_config(tmp_path: Path) -> Config:
    """The shipped config.toml with its state in a temporary folder."""
    return replaced(load_config(ROOT / "config.toml"), state_dir=tmp_path)


def example(name: str) -> bytes:
    return (EXAMPLES / name).read_bytes()


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = datetime(2026, 11, 28, 21, 17, tzinfo=timezone.utc)) -> None:
        self.value = start

    def __call__(self) -> datetime:
        return self.value


def numbered_report(n: int) -> bytes:
    """A distinct copy of the example Facebook report: its own reference (so its own
    Message-ID) and a fictional name, for bursts in tests and benchmarks."""
    return (example("facebook_plain.eml")
            .replace(b"8812045567", f"77{n:08d}".encode())  # reference and Message-ID
            .replace(b"Suresh Meghwal", f"Test Person {n}".encode())
            .replace(b"98290 41736", f"9{n:09d}".encode())  # mobile
            .replace(b"100078812345670", f"1000{n:011d}".encode())  # profile / user id
            .replace(b"suresh.m.1998", f"test.person.{n}".encode()))
