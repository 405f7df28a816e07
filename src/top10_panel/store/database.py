"""Opening, creating and migrating selection files; one transaction per use case."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from secrets import token_hex
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session

from top10_panel import __version__
from top10_panel.domain.errors import InputError, Location

from . import faults
from .lock import WriteLock
from .private import create_private, make_private
from .recovery import undo_interrupted_change
from .schema import Meta

MIGRATIONS = Path(__file__).with_name("migrations")
FORMAT = "top10-panel selection"
SQLITE_MAGIC = b"SQLite format 3\x00"


def _config(connection: Any = None) -> Any:
    from alembic.config import Config  # Alembic is imported only to create or upgrade a file

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _revisions() -> list[str]:
    """Revisions this version knows, oldest first: migrations are named NNNN_what.py with revision id NNNN."""
    return sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def head_revision() -> str:
    return _revisions()[-1]


def _upgrade(connection: Any) -> None:
    from alembic import command

    command.upgrade(_config(connection), "head")


def _engine(path: Path) -> Engine:
    # No SQL parameters in any message or log: they would be votes and expert keys.
    engine = create_engine(f"sqlite:///{path}", echo=False, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")  # a commit is on disk before the call returns
        cursor.close()

    return engine


def _where(path: Path) -> Location:
    return Location(file=str(path))


def _read_facts(path: Path) -> tuple[str | None, dict[str, str]]:
    """The schema revision and the meta entries, read without writing a byte."""
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise InputError(f"cannot read the file ({error.strerror})", fix="check the path", where=_where(path)) from None
    if magic != SQLITE_MAGIC:
        raise InputError(
            "this is not a selection file (.t10)", fix="open a file made by Top10 Panel", where=_where(path)
        )
    undo_interrupted_change(path)
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "meta" not in tables or "alembic_version" not in tables:
            raise InputError(
                "this SQLite file is not a Top10 Panel selection",
                fix="open a .t10 file made by Top10 Panel",
                where=_where(path),
            )
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error as error:
        raise faults.as_input_error(error, path) or faults.damaged(path) from None
    finally:
        connection.close()
    return (revision[0] if revision else None), meta


class Selection:
    """An open selection file: sessions for reading, and one transaction per use case for writing."""

    def __init__(self, path: Path, lock: WriteLock | None) -> None:
        self.path = path
        self._lock = lock
        self.engine = _engine(path)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction: everything in it is on disk together, or nothing is (also after a crash)."""
        if self._lock is None:
            raise RuntimeError("the selection was opened read-only")
        with Session(self.engine) as session, session.begin():
            yield session
            session.merge(Meta(key="written_by", value=__version__))

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Selection:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class _Joined(Selection):
    """The selection of an enclosing ``together``: its reads and writes are that one transaction's session."""

    def __init__(self, outer: Selection, session: Session) -> None:
        self.path = outer.path
        self._lock = None
        self.engine = outer.engine
        self._session = session

    @contextmanager
    def read(self) -> Iterator[Session]:
        yield self._session

    @contextmanager
    def write(self) -> Iterator[Session]:
        yield self._session

    def close(self) -> None:
        pass


_together: ContextVar[tuple[Path, _Joined] | None] = ContextVar("together", default=None)


@contextmanager
def together(path: Path) -> Iterator[None]:
    """Every use case run inside writes the selection at ``path`` in one transaction: all of them, or — when one
    fails, is refused or the process dies — none (a collect of a folder and the matrices beside it)."""
    with open_selection(path) as selection, selection.write() as session:
        token = _together.set((path.resolve(), _Joined(selection, session)))
        try:
            yield
        finally:
            _together.reset(token)


def create_selection(path: Path, populate: Callable[[Session], None]) -> None:
    """Make a new selection file, filled by ``populate``: all of it or nothing, built aside, then moved in place."""
    if path.exists():
        raise InputError(
            "a file of that name exists already",
            fix="choose another name, or delete the old file first",
            where=_where(path),
        )
    if not path.parent.is_dir():
        raise InputError("the folder does not exist", fix="create the folder first", where=_where(path))
    building = path.with_name(f".{path.name}.building")
    create_private(building)  # SQLite fills the empty file, and gives its journal the same mode
    engine = _engine(building)
    try:
        with engine.begin() as connection:
            _upgrade(connection)
        with Session(engine) as session, session.begin():
            facts = {"format": FORMAT, "created_by": __version__, "written_by": __version__, "nonce": token_hex(16)}
            for key, value in facts.items():
                session.add(Meta(key=key, value=value))
            populate(session)
    except BaseException:
        engine.dispose()
        building.unlink(missing_ok=True)
        raise
    engine.dispose()
    os.replace(building, path)


def open_selection(path: Path, *, write: bool = True) -> Selection:
    """Open a selection; an older file is backed up and migrated, a newer one is refused.

    For writing, the file stays locked against other writers until closed.
    """
    joined = _together.get()
    if joined is not None and joined[0] == path.resolve():
        return joined[1]
    if not path.is_file():
        raise InputError("no such selection file", fix="check the path, or create it with 'new'", where=_where(path))
    lock = WriteLock(path) if write else None
    if lock is not None:
        lock.acquire()
        make_private(path)  # a file made before files were private becomes so at its first write
    try:
        revision, meta = _read_facts(path)
        if meta.get("format") != FORMAT:
            raise InputError("this is not a Top10 Panel selection file", fix="open a .t10 file", where=_where(path))
        if revision not in _revisions():
            raise InputError(
                f"this selection was made by a newer version of Top10 Panel ({meta.get('written_by', '?')}; "
                f"this is {__version__})",
                fix="update Top10 Panel to open it",
                where=_where(path),
            )
        if revision != head_revision():
            upgrade_lock = lock or WriteLock(path)
            if lock is None:
                upgrade_lock.acquire()
            try:
                _migrate(path, revision)
            finally:
                if lock is None:
                    upgrade_lock.release()
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return Selection(path, lock)


def _migrate(path: Path, revision: str | None) -> None:
    """Back the file up, then bring its schema to this version's head in one transaction."""
    backup = path.with_name(f"{path.stem}.before-upgrade-{revision}{path.suffix}")
    create_private(backup)
    shutil.copyfile(path, backup)  # into the private file: copying the mode too would make it readable again
    from .events import append

    engine = _engine(path)
    try:
        with engine.begin() as connection:
            _upgrade(connection)
        with Session(engine) as session, session.begin():
            append(session, "schema upgraded", {"from": revision, "to": head_revision(), "backup": backup.name})
            session.merge(Meta(key="written_by", value=__version__))
    finally:
        engine.dispose()
