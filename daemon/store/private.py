"""The state folder is private: it holds names, phone numbers and the words of people in
crisis, and the reply-token key. Folders 0700, files 0600, created so (explicit modes; the
daemon also runs under umask 077) and put right at start if someone loosened them; no
temporary file outlives the write that made it.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger("lifeline.store")

DIR_MODE, FILE_MODE = 0o700, 0o600
TEMP_SUFFIX = ".tmp"  # durable.write_atomic and link_backup write <name>.tmp, then rename


def make_dir(path: Path) -> None:
    """Create ``path`` (and missing parents) with the leaf 0700; an existing leaf is left to ``tighten``."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)


def tighten(folder: Path, held_lock: Path | None = None) -> tuple[int, int]:
    """Make every folder under ``folder`` (itself included) 0700 and every file 0600, and
    remove temporary files a crash left (only call while holding the store lock,
    ``held_lock``): not those of a file with a lock of its own (``<name>.lock``, e.g. the
    feedback file), whose holder may be writing it now. Symlinks are not followed. Returns
    (entries whose mode changed, temporary files removed)."""
    held = str(held_lock) if held_lock else None
    changed = removed = 0
    for root, dirs, files in os.walk(folder):
        for name, mode in ((root, DIR_MODE), *((os.path.join(root, f), FILE_MODE) for f in files)):
            try:
                st = os.lstat(name)
                if stat.S_ISLNK(st.st_mode):
                    continue
                own_lock = name[: -len(TEMP_SUFFIX)] + ".lock"
                if mode == FILE_MODE and name.endswith(TEMP_SUFFIX) and (own_lock == held or not os.path.exists(own_lock)):
                    os.unlink(name)
                    removed += 1
                    continue
                if stat.S_IMODE(st.st_mode) != mode:
                    os.chmod(name, mode)
                    changed += 1
            except FileNotFoundError:
                continue
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(root, d))]
    if changed:
        log.warning("state folder %s: permissions of %d entries set to 0700/0600 (they were open to others)",
                    folder, changed)
    if removed:
        log.info("state folder %s: %d temporary files left by an interrupted write removed", folder, removed)
    return changed, removed
