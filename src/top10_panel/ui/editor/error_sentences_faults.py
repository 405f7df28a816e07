"""What the store says of a fault of the machine — a full disk, a busy, read-only or damaged file, a change cut short —
as templates with the interface's English of each (Qt Linguist translates that). Data only: error_words reads it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SENTENCES: tuple[tuple[str, object], ...] = (
    (
        "the selection file is busy: another program is writing it, and nothing was changed",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "the selection file is busy: another program is writing it, and nothing was changed"
        ),
    ),
    (
        "wait until it has finished, then try again",
        QT_TRANSLATE_NOOP("ErrorWords", "wait until it has finished, then try again"),
    ),
    ("the disk is full: nothing was changed", QT_TRANSLATE_NOOP("ErrorWords", "the disk is full: nothing was changed")),
    (
        "free some space on the disk, then try again",
        QT_TRANSLATE_NOOP("ErrorWords", "free some space on the disk, then try again"),
    ),
    ("the selection file is damaged", QT_TRANSLATE_NOOP("ErrorWords", "the selection file is damaged")),
    ("restore it from a backup copy", QT_TRANSLATE_NOOP("ErrorWords", "restore it from a backup copy")),
    (
        "the file or its folder cannot be written here, so nothing was changed",
        QT_TRANSLATE_NOOP("ErrorWords", "the file or its folder cannot be written here, so nothing was changed"),
    ),
    (
        "copy the selection to a folder you can write (not a CD or a locked USB stick), then open the copy",
        QT_TRANSLATE_NOOP(
            "ErrorWords",
            "copy the selection to a folder you can write (not a CD or a locked USB stick), then open the copy",
        ),
    ),
    (
        "the disk reported an error, so nothing was changed",
        QT_TRANSLATE_NOOP("ErrorWords", "the disk reported an error, so nothing was changed"),
    ),
    (
        "check the disk or the USB stick, then try again",
        QT_TRANSLATE_NOOP("ErrorWords", "check the disk or the USB stick, then try again"),
    ),
    (
        "a change to the selection file was interrupted and must be undone, but the file cannot be written here",
        QT_TRANSLATE_NOOP(
            "ErrorWords",
            "a change to the selection file was interrupted and must be undone, but the file cannot be written here",
        ),
    ),
    (
        "copy the file together with its -journal file to a folder you can write, then open the copy",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "copy the file together with its -journal file to a folder you can write, then open the copy"
        ),
    ),
    (
        "the results are recorded, but {0} could not be put in place (open in another program?)",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "the results are recorded, but {0} could not be put in place (open in another program?)"
        ),
    ),
    (
        "close it there, then run verify or export again, which puts it in place",
        QT_TRANSLATE_NOOP("ErrorWords", "close it there, then run verify or export again, which puts it in place"),
    ),
)
