"""`lifeline run` refuses a torn store with a message naming the store and its backup."""

import os
import subprocess
import sys

from daemon.dev.devstack.configfile import write_stack_config
from daemon.store.engine import Store
from tests.helpers import ROOT


def test_run_refuses_a_corrupt_store_and_names_the_backup(tmp_path):
    state = tmp_path / "state"
    config = write_stack_config(ROOT / "config.toml", tmp_path / "config.toml", host="127.0.0.1", imap_port=1,
                                smtp_port=1, password_file=tmp_path / "pw", ca_file=tmp_path / "ca.pem",
                                lifeline={"state_dir": str(state)})
    (tmp_path / "pw").write_text("secret\n")
    store = Store(state / "lifeline.json")
    store.put_case({"id": "LL-2026-000001"})
    store.put_case({"id": "LL-2026-000002"})
    store.close()
    (state / "lifeline.json").write_bytes(b'{"cases": {"1": {"id": "LL-20')  # torn
    result = subprocess.run([sys.executable, "-m", "daemon", "run", "--config", str(config)],
                            capture_output=True, text=True, timeout=60, cwd=ROOT, env={**os.environ})
    assert result.returncode == 3
    assert "refusing to start empty" in result.stderr
    assert str(state / "lifeline.json") in result.stderr and "lifeline.json.bak" in result.stderr
    assert (state / "lifeline.json").read_bytes() == b'{"cases": {"1": {"id": "LL-20'  # left for a human


def _run_until(config, text, timeout=60):
    """`lifeline run` until its output shows ``text``, then SIGTERM; (exit code, output)."""
    import signal
    import time

    log = config.with_name("run.log")
    with open(log, "wb") as sink:
        proc = subprocess.Popen([sys.executable, "-m", "daemon", "run", "--config", str(config)], cwd=ROOT,
                                stdout=sink, stderr=subprocess.STDOUT, env={**os.environ})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None and text not in log.read_text(errors="replace"):
        time.sleep(0.1)
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    proc.wait(30)
    return proc.returncode, log.read_text(errors="replace")


def test_run_starts_on_the_last_good_config_when_the_file_is_refused_and_exits_2_without_one(tmp_path):
    import stat

    from daemon.config import lastgood

    state = tmp_path / "state"
    (tmp_path / "pw").write_text("secret\n")
    config = write_stack_config(ROOT / "config.toml", tmp_path / "config.toml", host="127.0.0.1", imap_port=1,
                                smtp_port=1, password_file=tmp_path / "pw", ca_file=tmp_path / "ca.pem",
                                lifeline={"state_dir": str(state)})
    good = config.read_text()
    code, out = _run_until(config, "lifeline started")
    assert code == 0 and "lifeline started" in out, out
    assert stat.S_IMODE(os.stat(state / lastgood.FILE).st_mode) == 0o600
    config.write_text(good.replace('district = "Kota"', 'district = "Kotta"', 1))  # an edit the validator refuses
    code, out = _run_until(config, "lifeline started")
    assert code == 0 and "lifeline started" in out, out
    assert "running on the last good config of" in out and "'Kotta' is not a configured district" in out
    assert lastgood.read(state).text == good  # the refused text is never kept
    (state / lastgood.FILE).unlink()
    result = subprocess.run([sys.executable, "-m", "daemon", "run", "--config", str(config)],
                            capture_output=True, text=True, timeout=60, cwd=ROOT, env={**os.environ})
    assert result.returncode == 2
    assert "'Kotta' is not a configured district" in result.stderr and "no last good config" in result.stderr
