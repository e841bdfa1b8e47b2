"""A broken template is refused alike by ``check-config``, ``run`` and hot reload: the one
validator renders every template with a sample case, and names file, line and key."""

import os
import shutil
import subprocess
import sys
from datetime import datetime, timezone

from daemon.config.load import load_config
from daemon.config.validate import findings, secret_problems
from daemon.config.watch import ConfigWatcher
from daemon.edges.render import Renderer
from daemon.handlers.samples import contexts, sample_case
from tests.helpers import ROOT, SHIPPED, link_places

NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)


def stage(tmp_path):
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / "data" / "rajasthan_pins.csv").write_text("pin,districts\n342003,Jodhpur\n")
    link_places(tmp_path / "data")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    path = tmp_path / "config.toml"
    path.write_text(SHIPPED, encoding="utf-8")
    return path


def breaks(tmp_path, name="escalation.txt.j2", text="{% if %}\n"):
    with open(tmp_path / "templates" / name, "a", encoding="utf-8") as f:
        f.write(text)


def line_of_templates_dir() -> int:
    return next(i for i, line in enumerate(SHIPPED.splitlines(), 1) if line.startswith("templates_dir"))


def test_every_shipped_template_renders_with_the_sample_case(tmp_path):
    config = load_config(stage(tmp_path))
    renderer, case = Renderer(config.templates_dir, config.timezone), sample_case(config, NOW)
    names = sorted({p.name.split(".")[0] for p in config.templates_dir.glob("*.subject.j2")})
    assert {"forward", "escalation", "stand_down", "refusal", "reminder", "receipt"} <= set(names)
    for name in names:
        for context in contexts(name, case, config, NOW):
            assert renderer.render(name, context).subject
    assert findings(config, NOW) == []


def test_syntax_error_and_undefined_variable_are_found_with_file_line_and_key(tmp_path):
    path = stage(tmp_path)
    breaks(tmp_path)
    breaks(tmp_path, "stand_down.txt.j2", "{{ no_such_field }}\n")
    found = findings(load_config(path), NOW)
    prefix = f"config.toml:{line_of_templates_dir()}: lifeline.templates_dir: template "
    syntax = next(f for f in found if "'escalation'" in f)
    assert syntax.startswith(prefix) and "TemplateSyntaxError" in syntax and "escalation.txt.j2 line" in syntax
    undefined = next(f for f in found if "'stand_down'" in f)
    assert undefined.startswith(prefix) and "UndefinedError" in undefined and "no_such_field" in undefined


def test_check_config_and_run_refuse_a_broken_template(tmp_path):
    path = stage(tmp_path)
    breaks(tmp_path)
    check = subprocess.run([sys.executable, "-m", "daemon", "check-config", str(path)],
                           capture_output=True, text=True, timeout=60, cwd=ROOT, env={**os.environ})
    assert check.returncode == 1 and "template 'escalation' does not render" in check.stdout + check.stderr
    run = subprocess.run([sys.executable, "-m", "daemon", "run", "--config", str(path)],
                         capture_output=True, text=True, timeout=60, cwd=ROOT, env={**os.environ})
    assert run.returncode == 2 and "template 'escalation' does not render" in run.stderr
    assert not (tmp_path / "var" / "lifeline.json").exists()  # refused before the store was opened


def test_hot_reload_refuses_a_template_edit_and_keeps_the_old_texts(tmp_path):
    path = stage(tmp_path)
    config = load_config(path)
    running = Renderer(config.templates_dir, config.timezone)
    applied, refused = [], []
    watcher = ConfigWatcher(path, lambda: NOW, applied.append, lambda p, d: refused.append(p),
                            templates_dir=config.templates_dir)
    assert watcher.check() is None
    breaks(tmp_path)  # only the template changes, not config.toml
    result = watcher.check()
    assert result is not None and not result.applied and not applied
    assert any("template 'escalation' does not render" in p for p in refused[0])
    case = sample_case(config, NOW)
    assert running.render("escalation", contexts("escalation", case, config, NOW)[0]).text  # old texts stay
    (tmp_path / "templates" / "escalation.txt.j2").write_text((ROOT / "templates" / "escalation.txt.j2").read_text())
    assert watcher.check() is None  # back to the running content
    breaks(tmp_path, "refusal.txt.j2", "\nA harmless new line.\n")
    assert watcher.check().applied


def test_secrets_must_resolve(tmp_path, monkeypatch):
    path = stage(tmp_path)
    monkeypatch.delenv("LIFELINE_IMAP_PASSWORD")
    assert secret_problems(load_config(path)) == [
        "imap.password_env: environment variable LIFELINE_IMAP_PASSWORD is not set"]
    missing = tmp_path / "nope.password"
    path.write_text(SHIPPED.replace('password_env = "LIFELINE_IMAP_PASSWORD"', f'password_file = "{missing}"', 1))
    [found] = findings(load_config(path), NOW)
    assert found.startswith("config.toml:") and f"imap.password_file: {missing} is not readable" in found
