"""The commands of the ballots: issuing packages, voting, collecting what comes back, and the decisions on late and
held ballots."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from top10_panel.domain.plural import counted

from .parser import UsageError

EXIT_OK = 0


def collect(args: argparse.Namespace) -> int:
    from top10_panel.exchange.bounded import BALLOT, not_regular, walk_all
    from top10_panel.services.collect import collect_double_entry, collect_matrix
    from top10_panel.services.inbox import collect_ballot_files
    from top10_panel.store.database import together

    if args.double_entry:
        first, second = args.double_entry
        done = collect_double_entry(args.file, first, second)
        print(f"the two typings agree; paper ballots from {first}: {rows(done)}")
    elif not args.paths:
        raise UsageError("give the ballot files, matrices or folders to collect")

    files: list[Path] = []
    collected = (".t10vote", ".csv", ".xlsx", ".xls", ".ods")
    for path in args.paths:
        folder = path.is_dir() and not path.is_symlink()
        files += [p for p in walk_all([path]) if p.suffix.lower() in collected or not folder]
    unknown = [p for p in files if p.suffix.lower() not in collected]
    if unknown:
        raise UsageError(
            f"{unknown[0]}: collect takes ballot files (.t10vote), ballot forms and ballot matrices "
            "(.csv, .xlsx, .xls, .ods)"
        )
    from top10_panel.exchange.ballot_form import is_ballot_form

    ballots = [
        p
        for p in files
        if p.suffix.lower() == ".t10vote"
        or not_regular(p, BALLOT) is not None  # a link, a pipe, a device: a ballot rejected by name, never read
        or (p.suffix.lower() in collected[2:] and is_ballot_form(p))
    ]
    said = []
    with together(args.file):  # every input or none: a bad matrix beside good ballots stores neither
        if ballots:
            done = collect_ballot_files(args.file, ballots)
            said.append(
                f"ballot files: {done.accepted} accepted, {done.rejected} rejected, {done.late} late, "
                f"{done.superseded} earlier revisions superseded, {done.unchanged} already on record"
                + (f", {done.held} held for a decision (see the register; decide with 'decide')" if done.held else "")
            )
        chosen = set(ballots)  # a set: a folder of 20,000 files is sorted in one pass, not 20,000 list scans
        for path in (p for p in files if p not in chosen):
            said.append(f"collected from {path} ({args.panel}): {rows(collect_matrix(args.file, path, args.panel))}")
    if said:
        print("\n".join(said))
    return EXIT_OK


def rows(done: Any) -> str:
    """What a matrix's rows became, e.g. '25 accepted, 1 rejected, 1 held for a decision, 0 already on record'."""
    held = f", {done.held} held for a decision (decide with 'decide')" if done.held else ""
    strangers = f" ({done.strangers} not an expert of this selection)" if done.strangers else ""
    return f"{done.accepted} accepted, {done.rejected} rejected{strangers}{held}, {done.unchanged} already on record"


def issue(args: argparse.Namespace) -> int:
    from top10_panel.services.ballots import issue

    issued = issue(args.file, args.out, args.forms, args.paper)
    print(f"issued {counted(len(issued.packages), 'file')} into {args.out} (rules version {issued.rules_version})")
    print(f"selection fingerprint — tell it to the experts: {issued.fingerprint}")
    return EXIT_OK


def vote(args: argparse.Namespace) -> int:
    from top10_panel.services.ballots import vote

    if args.blank:
        choice: dict[str, object] = {}
    elif args.approve is not None:
        choice = {"approve": list(args.approve)}
    elif args.rank is not None:
        twice = sorted({code for code in args.rank if args.rank.count(code) > 1})
        if twice:
            raise UsageError(f"--rank names {', '.join(twice)} twice: give each candidate one place")
        choice = {"rank": {code: k for k, code in enumerate(args.rank, start=1)}}
    else:
        choice = {"score": criterion_scores(args.score)}
    receipt = vote(args.package, choice, args.out, args.revision)
    print(f"ballot written: {receipt.path} (revision {receipt.revision}, expert {receipt.expert})")
    print(f"ballot fingerprint (SHA-256): {receipt.ballot_fingerprint}")
    print(f"your tracker (find it on the published tally sheet): {receipt.tracker}")
    print(f"selection fingerprint: {receipt.selection_fingerprint}")
    return EXIT_OK


def criterion_scores(scores: dict[str, str]) -> dict[str, object]:
    """CODE=SCORE as it is; CODE:CRITERION=SCORE gathered as {code: {criterion: score}}."""
    out: dict[str, object] = {}
    for key, value in scores.items():
        code, sep, criterion = key.partition(":")
        if not sep:
            if isinstance(out.get(key), dict):
                raise UsageError(f"--score gives {key} both a score and criterion scores: give one or the other")
            out[key] = value
            continue
        marks = out.setdefault(code.strip(), {})
        if not isinstance(marks, dict):
            raise UsageError(f"--score gives {code} both a score and criterion scores: give one or the other")
        marks[criterion.strip()] = value
    return out


def admit_late(args: argparse.Namespace) -> int:
    from top10_panel.services.ballots import admit_late

    admit_late(args.file, args.expert, args.by, args.reason)
    print(f"the late ballot of {args.expert} is counted; the decision is recorded")
    return EXIT_OK


def decide(args: argparse.Namespace) -> int:
    from top10_panel.services.ballots import decide

    kept = decide(args.file, args.expert, replace=args.replace, by=args.by, reason=args.reason, ballot=args.ballot)
    if args.replace:
        print(f"ballot {kept} of {args.expert} is counted instead of the one on record; the decision is recorded")
    else:
        print(f"the ballot of {args.expert} on record stays counted, ballot {kept} is not; the decision is recorded")
    return EXIT_OK
