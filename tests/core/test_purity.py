"""The pure packages show it in their imports: no store, mail, model, DNS or config-loading library."""

import json
import pkgutil
import subprocess
import sys

import pytest

import daemon.core
import daemon.handlers
import daemon.handlers.commands
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


@pytest.mark.parametrize("package", [daemon.core, daemon.reading, daemon.handlers, daemon.handlers.commands],
                         ids=lambda p: p.__name__)
def test_pure_packages_import_no_io_library(package):
    modules = _modules(package)
    assert modules, "the package has modules"
    loaded = _loaded_after_import(modules)
    assert not loaded & set(BANNED), f"{package.__name__} pulls in {sorted(loaded & set(BANNED))}"


def test_the_check_can_fail():
    """The same check sees a banned library when a module does load one."""
    assert "pydantic" in _loaded_after_import(["daemon.config.schema"])


def test_handlers_touch_neither_the_app_nor_the_edges_nor_the_store():
    """Handlers decide from what they are given: they import no part that does I/O."""
    code = ("import importlib, json, pkgutil, sys, daemon.handlers\n"
            "for m in pkgutil.walk_packages(daemon.handlers.__path__, 'daemon.handlers.'): importlib.import_module(m.name)\n"
            "print(json.dumps(sorted(n for n in sys.modules if n.startswith('daemon.'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = json.loads(out)
    assert "daemon.handlers.commands.ack" in loaded  # the walk reached the commands
    assert not [m for m in loaded if m.split(".")[1] in ("app", "edges", "store", "risk", "config")], loaded
