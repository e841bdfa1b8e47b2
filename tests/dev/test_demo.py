"""`make demo` runs daemon.dev.demo: it must run the whole path on the local stack and stop.

It broke unnoticed once (a path left pointing into daemon/ after the house move), so the
suite runs it as `make demo` does: a fresh process, the repository's own config.toml.
"""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.e2e
def test_demo_forwards_the_examples_and_takes_the_officers_ack():
    done = subprocess.run([sys.executable, "-m", "daemon.dev.demo"], cwd=ROOT, capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert out.count("ms from delivery to forward accepted") == 3, out
    assert "acknowledged by" in out, out
    assert "daemon stopped (exit 0)" in out, out
