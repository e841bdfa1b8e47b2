"""The state folder is private (0700 folders, 0600 files) and keeps no temporary files."""

import os
import stat

from daemon.store.engine import Store
from daemon.store.private import tighten


def modes(folder):
    out = {}
    for root, dirs, files in os.walk(folder):
        out[root] = stat.S_IMODE(os.stat(root).st_mode)
        for name in files:
            out[os.path.join(root, name)] = stat.S_IMODE(os.stat(os.path.join(root, name)).st_mode)
    return out


def test_a_new_store_folder_is_0700_and_its_files_0600_even_under_a_loose_umask(tmp_path):
    old = os.umask(0o022)
    try:
        store = Store(tmp_path / "state" / "lifeline.json")
        store.put_case({"id": "LL-2026-000001"})
        store.put_case({"id": "LL-2026-000002"})
        store.refresh_backup()
        store.refresh_backup()  # .bak already is the live file: rename(2) would leave .bak.tmp
        store.close()
    finally:
        os.umask(old)
    found = modes(tmp_path / "state")
    assert found and all(m == (0o700 if os.path.isdir(p) else 0o600) for p, m in found.items()), found
    assert not [p for p in found if p.endswith(".tmp")]


def test_start_puts_loosened_modes_right_and_removes_crash_leftovers(tmp_path, caplog):
    state = tmp_path / "state"
    Store(state / "lifeline.json").close()
    os.chmod(state, 0o755)
    (state / "archive").mkdir(mode=0o755)
    (state / "archive" / "cases-2026-01.json").write_text("{}")
    os.chmod(state / "archive" / "cases-2026-01.json", 0o644)
    (state / "lifeline.json.tmp").write_text("{}")  # a crash between write and rename
    caplog.set_level("INFO", "lifeline.store")
    Store(state / "lifeline.json").close()
    found = modes(state)
    assert all(m == (0o700 if os.path.isdir(p) else 0o600) for p, m in found.items()), found
    assert not (state / "lifeline.json.tmp").exists()
    assert "permissions of 3 entries set to 0700/0600" in caplog.text


def test_tighten_leaves_symlinks_alone(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("x")
    os.chmod(outside, 0o644)
    folder = tmp_path / "state"
    folder.mkdir(mode=0o700)
    (folder / "link").symlink_to(outside)
    assert tighten(folder) == (0, 0)
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644


def test_a_temporary_file_of_a_file_with_its_own_lock_is_left_to_its_holder(tmp_path):
    state = tmp_path / "state"
    Store(state / "lifeline.json").close()
    (state / "lifeline-feedback.jsonl.lock").write_text("")
    (state / "lifeline-feedback.jsonl.tmp").write_text("being written")  # by `lifeline feedback`, say
    (state / "lifeline.json.tmp").write_text("{}")  # ours: a crash between write and rename
    Store(state / "lifeline.json").close()
    assert (state / "lifeline-feedback.jsonl.tmp").exists() and not (state / "lifeline.json.tmp").exists()
