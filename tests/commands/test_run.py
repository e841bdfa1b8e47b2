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
