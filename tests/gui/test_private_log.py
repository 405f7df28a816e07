"""The app's log (issue 12): private to the user, and an internal error in it keeps where it happened but not
what was being handled — no vote, no key, no SQL parameter."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from top10_panel.domain.errors import InputError, Location
from top10_panel.ui import errors

VOTE = '{"approve":["E05","S13"]}'


def test_the_app_log_is_private_and_quotes_no_vote_or_sql_parameter(tmp_path: Path) -> None:
    path = tmp_path / "data" / "top10-panel.log"
    old = os.umask(0o022)
    errors.setup_logging(path)
    try:
        engine = create_engine("sqlite://")  # SQLAlchemy's default: parameters in the message
        with engine.connect() as connection:
            try:
                connection.execute(text("INSERT INTO missing (vote) VALUES (:vote)"), {"vote": VOTE})
            except SQLAlchemyError as error:
                assert VOTE in str(error)
                errors.log.error("internal error", exc_info=(type(error), error, error.__traceback__))
        refused = InputError("this ballot cannot be cast: E05 is recused", where=Location(file="07.t10vote"))
        errors.log.info("refused an input (%s)", str(refused.where))
    finally:
        os.umask(old)
        for handler in list(errors.log.handlers):
            if getattr(handler, "baseFilename", "") == str(path):
                errors.log.removeHandler(handler)
                handler.close()
    logged = path.read_text(encoding="utf-8")
    assert "OperationalError" in logged and "Traceback" in logged
    assert "E05" not in logged and "S13" not in logged and "approve" not in logged
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
