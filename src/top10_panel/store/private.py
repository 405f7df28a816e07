"""Files private to the user: the selection file holds every expert's signing key, so it, its backups, its lock
sidecar and the logs are readable by their owner alone (0600 on POSIX). On Windows a file in the user's own
folder is the user's by its folder's access list, and the POSIX mode calls are skipped."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any

POSIX = os.name == "posix"
PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700


def make_private(path: Path) -> None:
    """Owner read and write only, where the file is the user's own (a shared file of another owner is left)."""
    if not POSIX:
        return
    try:
        status = path.stat()
        if status.st_uid == os.getuid() and status.st_mode & 0o077:
            os.chmod(path, PRIVATE_FILE)
    except OSError:  # a file system without modes (a FAT stick, a share): nothing more can be done here
        pass


def create_private(path: Path) -> None:
    """An empty file of mode 0600 (replacing one left over), so that nothing is ever written to it readable by
    others, not even between creating and restricting it."""
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def open_private(path: Path, mode: str = "a+b", encoding: str | None = None) -> IO[Any]:
    """Open for appending (creating it 0600 if need be); an existing file is made private first."""
    make_private(path)
    flags = os.O_CREAT | os.O_APPEND | (os.O_RDWR if "+" in mode else os.O_WRONLY)
    flags |= getattr(os, "O_BINARY", 0) if "b" in mode else 0
    handle = os.open(path, flags, PRIVATE_FILE)
    return os.fdopen(handle, mode, encoding=encoding)


def private_folder(path: Path) -> Path:
    """Create the folder (and its parents) readable by the user alone on POSIX."""
    path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    return path


def user_log_folder() -> Path:
    """Where the command writes its error log: the user's own folder, never a shared temporary one."""
    if os.name == "nt":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "Top10 Panel"
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "top10-panel"
