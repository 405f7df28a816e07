"""Moments as a user reads them: in their local time zone, in the format of the interface's locale (2020/12/20 18:00
in Chinese, 12/20/2020 6:00 PM in English), never as raw ISO text with its UTC offset."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _pattern(seconds: bool) -> str:
    pattern = QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")  # a two-digit year reads as a day in an audit
    if seconds and ":ss" not in pattern:
        pattern = pattern.replace(":mm", ":mm:ss")
    return pattern


def local(moment: datetime, *, utc: bool = False) -> datetime:
    """``moment`` in the local time zone; a naive one is local already, or UTC when ``utc`` (as the store keeps)."""
    if moment.tzinfo is None:
        if not utc:
            return moment
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None)


def datetime_text(moment: datetime, *, seconds: bool = False, utc: bool = False) -> str:
    """A moment in the locale's format, local time (``utc``: a naive ``moment`` is in UTC)."""
    moment = local(moment, utc=utc)
    shown = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second))
    return QLocale().toString(shown, _pattern(seconds))


def date_text(day: datetime) -> str:
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def moment_text(text: str, *, seconds: bool = False, utc: bool = False) -> str:
    """An ISO moment ("2026-12-02T04:26:57+00:00", "2020-12-20 18:00") as ``datetime_text`` shows it; a date alone
    as a date; text that is no moment as it is."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return text
    if len(text.strip()) <= 10:
        return date_text(moment)
    return datetime_text(moment, seconds=seconds or bool(moment.second), utc=utc)
