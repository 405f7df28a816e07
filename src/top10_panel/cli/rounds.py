"""The commands of the editor's day between issuing and counting: reminding the missing experts, and a runoff
among the tied (加投) issued as a stage of its own."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK = 0


def add_parsers(commands: Any) -> None:
    remind = commands.add_parser(
        "remind",
        help="the experts who have not voted yet: their addresses and a reminder text (or a reminder list)",
    )
    remind.add_argument("file", type=Path, metavar="FILE.t10")
    remind.add_argument("--out", type=Path, metavar="LIST.csv", help="save the reminder list (CSV)")
    remind.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the text and the list")


def remind(args: argparse.Namespace) -> int:
    from top10_panel.services.reminders import reminder, save_list

    from .parser import UsageError

    if args.out is not None and not args.out.parent.is_dir():
        raise UsageError(f"{args.out.parent}: no such folder for the reminder list")
    found = save_list(args.file, args.out, args.lang) if args.out else reminder(args.file)
    if not found.missing:
        print("every expert has a ballot on record: nobody to remind")
        return EXIT_OK
    print(f"{len(found.missing)} experts have not voted yet:")
    for m in found.missing:
        print(f"  {m.name}\t{m.email or '(no e-mail address)'}\t{m.missing('en')}")
    print()
    print(f"To (Bcc): {', '.join(found.emails)}")
    if found.without_email:
        print(f"no e-mail address for: {', '.join(found.without_email)}")
    print(f"Subject: {found.subject(args.lang)}")
    print()
    print(found.body(args.lang))
    if args.out:
        print()
        print(f"reminder list saved: {args.out}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"remind": remind}
