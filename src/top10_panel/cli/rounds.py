"""The commands of the editor's day between issuing and counting: reminding the missing experts, and a runoff
among the tied (加投) issued as a stage of its own."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from top10_panel.domain.plural import counted

EXIT_OK = 0


def add_parsers(commands: Any) -> None:
    remind = commands.add_parser(
        "remind",
        help="the experts who have not voted yet: their addresses and a reminder text (or a reminder list)",
    )
    remind.add_argument("file", type=Path, metavar="FILE.t10")
    remind.add_argument("--out", type=Path, metavar="LIST.csv", help="save the reminder list (CSV)")
    remind.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the text and the list")

    runoff = commands.add_parser(
        "runoff",
        help="a runoff among the tied (加投): issue its packages, or count it once its ballots are collected",
        description="With --out, start a runoff stage for the one open tie at the cut line and write a package per "
        "expert for the tied candidates only; collect the ballots with 'collect' (they go to the runoff's own "
        "register); then --count records the runoff's order as the decision, or says it tied again.",
    )
    runoff.add_argument("file", type=Path, metavar="FILE.t10")
    step = runoff.add_mutually_exclusive_group(required=True)
    step.add_argument("--out", type=Path, metavar="DIR", help="start the runoff and write its packages into DIR")
    step.add_argument("--count", action="store_true", help="count the runoff's collected ballots")
    runoff.add_argument("--forms", action="store_true", help="with --out: also an Excel ballot form per expert")
    runoff.add_argument("--paper", action="store_true", help="with --out: also paper ballots and the entry workbook")
    runoff.add_argument("--deadline", default="", metavar="WHEN", help="with --out: the runoff's deadline")
    runoff.add_argument("--by", default="", help="with --count: who ran the runoff")
    runoff.add_argument("--reason", default="", help="with --count: a note for the audit")
    runoff.add_argument(
        "--override",
        default="",
        metavar="REASON",
        help="go ahead although the quorum is unmet or experts may still vote (the audit shows the reason)",
    )


def remind(args: argparse.Namespace) -> int:
    from top10_panel.services.reminders import reminder, save_list

    from .parser import UsageError

    if args.out is not None and not args.out.parent.is_dir():
        raise UsageError(f"{args.out.parent}: no such folder for the reminder list")
    found = save_list(args.file, args.out, args.lang) if args.out else reminder(args.file)
    if not found.missing:
        print("every expert has a ballot on record: nobody to remind")
        return EXIT_OK
    print(f"{counted(len(found.missing), 'expert has', 'experts have')} not voted yet:")
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


def runoff(args: argparse.Namespace) -> int:
    from top10_panel.services.runoff import count_runoff, figures, issue_runoff
    from top10_panel.services.selection import tally_selection

    if args.count:
        result = count_runoff(args.file, args.by, args.reason, args.override)
        print(f"runoff counted: {figures(result)}")
        if result.open:
            print(f"the runoff is tied again ({', '.join(result.open)}): settle it (another runoff, chair or lot)")
            return EXIT_OK
        final = tally_selection(args.file).result
        left = f"open: {', '.join(final.open)}" if final.open else "every seat is settled"
        print(f"its order is recorded as the decision; {left}; the top: {', '.join(final.top)}")
        return EXIT_OK
    state, issued = issue_runoff(args.file, args.out, args.forms, args.paper, args.deadline, args.override)
    print(f"runoff {state.name}: {', '.join(state.among)} compete for {counted(state.seats, 'seat')}")
    print(f"issued {counted(len(issued.packages), 'file')} into {args.out}")
    print(f"runoff fingerprint — tell it to the experts: {issued.fingerprint}")
    print("collect the ballots with: top10-panel collect FILE PATH..., then: top10-panel runoff FILE --count")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"remind": remind, "runoff": runoff}
