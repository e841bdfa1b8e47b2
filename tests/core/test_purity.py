"""The pure core shows it in its imports: no store, mail, model, DNS or config-loading library."""

import json
import pkgutil
import subprocess
import sys

import pytest

import daemon.core
import daemon.reading

BANNED = ("tinydb", "onnxruntime", "numpy", "aiosmtplib", "imapclient", "dkim", "dns", "pydantic", "apscheduler", "jinja2")


def _modules(package) -> list[str]:
    return [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]


def _loaded_after_import(modules: list[str]) -> set[str]:
    code = ("import importlib, json, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "print(json.dumps(sorted({n.split('.')[0] for n in sys.modules})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out))


@pytest.mark.parametrize("package", [daemon.core, daemon.reading], ids=lambda p: p.__name__)
def test_pure_packages_import_no_io_library(package):
    modules = _modules(package)
    assert modules, "the package has modules"
    loaded = _loaded_after_import(modules)
    assert not loaded & set(BANNED), f"{package.__name__} pulls in {sorted(loaded & set(BANNED))}"


def test_the_check_can_fail():
    """The same check sees a banned library when a module does load one."""
    assert "pydantic" in _loaded_after_import(["daemon.config.schema"])
