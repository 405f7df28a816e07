"""The `top10-panel` command: parses arguments, calls services, prints (SPEC §7).

Exit codes: 0 done; 2 bad input or usage (one line on stderr, nothing changed); 3 verify found a mismatch;
1 an internal error. Qt is never imported for --help, --version or a headless command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from top10_panel.domain.plural import counted

from . import publish, rounds
from .parser import METHOD_MODES, UsageError, build_parser

EXIT_OK, EXIT_BUG, EXIT_BAD_INPUT, EXIT_MISMATCH = 0, 1, 2, 3
SELECTION_SUFFIX = ".t10"
RULE_OPTIONS = ("mode", "seats", "max_picks", "min_picks", "max_ranks", "scale", "tie_break")


def _rules(args: argparse.Namespace, **extra: Any) -> Any:
    from top10_panel.domain.rules import Mode, Rules

    mode = args.mode or (METHOD_MODES[args.method] if args.method else None)
    if mode is None:
        raise UsageError("give the vote mode: --mode approval, ranking or score")
    given = {
        "method": args.method,
        "seats": args.seats,
        "max_picks": args.max_picks,
        "min_picks": args.min_picks,
        "max_ranks": args.max_ranks,
        "scale": args.scale,
        "tie_break": args.tie_break,
        **extra,
    }
    if args.unordered:
        given["ordered_top"] = False
    given.update(_criteria_options(args))
    return Rules(mode=Mode(mode), **{key: value for key, value in given.items() if value is not None})


def _criteria_options(args: argparse.Namespace) -> dict[str, Any]:
    """--criteria and --normalise as rules; 'none' clears either."""
    from top10_panel.domain.criteria import parse_criteria

    given: dict[str, Any] = {}
    if args.criteria is not None:
        text = args.criteria.strip()
        given["criteria"] = () if text.lower() in ("", "none") else parse_criteria(text)
    if args.normalise is not None:
        given["normalise"] = "" if args.normalise == "none" else args.normalise
    return given


def _print_result(
    result: Any, source: dict[str, str], title: str, as_json: bool, extra: dict[str, Any] | None = None
) -> None:
    if as_json:
        from top10_panel.exchange.result_json import to_json

        sys.stdout.write(to_json(result, source, extra))
    else:
        from top10_panel.exchange.result_text import render

        sys.stdout.write(render(result, title))
        if extra:
            counts = extra["reconciliation"]
            print("Reconciliation: " + ", ".join(f"{key} {value}" for key, value in counts.items()))


def _tally(args: argparse.Namespace) -> int:
    if args.source.suffix.lower() == SELECTION_SUFFIX:
        return _tally_selection(args)
    from top10_panel.services.tally import tally_matrix

    rules = _rules(args)
    tallied = tally_matrix(args.source, rules, args.seed)
    _print_result(tallied.result, tallied.source, tallied.source["file"], args.json)
    publish.tally_files(args, rules, None)
    return EXIT_OK


def _tally_selection(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from top10_panel.services.selection import tally_selection
    from top10_panel.services.tally import check_seed

    fixed = [
        f"--{name.replace('_', '-')}"
        for name in (*RULE_OPTIONS, "criteria", "normalise")
        if getattr(args, name) is not None
    ]
    if (args.xlsx or args.pdf) and (args.method or args.seed):
        raise UsageError("the workbook and the report publish the selection's own count: drop --method and --seed")
    if fixed or args.unordered:
        raise UsageError(
            f"a selection counts under its own rules: {' '.join(fixed) or '--unordered'} cannot be given "
            "(only --method, to see another method of the mode, --seed and --json)"
        )
    tallied = tally_selection(args.source)
    rules = tallied.result.rules
    if args.method:
        rules = replace(rules, method=args.method)
    check_seed(rules, args.seed)
    if args.method or args.seed:
        tallied = tally_selection(args.source, args.seed, rules)
    source = {"file": args.source.name, "selection": tallied.title, "stage": tallied.stage}
    extra = {
        "reconciliation": tallied.reconciliation,
        "tally_sheet": tallied.tally_sheet,
        "integrity": {"ok": not tallied.problems, "problems": list(tallied.problems)},
    }
    for problem in tallied.problems:  # counted all the same, but not silently: verify says what changed
        print(f"top10-panel: warning: the selection file fails a check ({problem}); run verify", file=sys.stderr)
    _print_result(tallied.result, source, f"{tallied.title} · {tallied.stage}", args.json, extra)
    publish.tally_files(args, rules, args.source)
    return EXIT_OK


def _new(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from top10_panel.services.selection import new_selection

    extra = {
        "over_vote": args.over_vote,
        "deadline": args.deadline,
        "quorum": args.quorum,
        "quotas": args.quota,
        "secret": True if args.secret else None,
        "publication_order": args.publish_order,
        "weights": args.weights,
        "notice_until": args.notice_until,
        "notice_contact": args.notice_contact,
    }
    if args.publish_order and args.publish_order != "result":
        extra["ordered_top"] = False
    rules = _rules(args, **extra)
    screening = None
    if args.screening is not None:
        screening = replace(rules, seats=args.screening, quotas=(), ordered_top=False, publication_order="result")
    new_selection(args.file, args.title, rules, year=args.year, description=args.description, screening=screening)
    print(f"created {args.file}")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from top10_panel.services.selection import import_candidates, import_experts

    if args.command == "import-candidates":
        done = import_candidates(args.file, args.list)
        what = "candidate"
    else:
        done = import_experts(args.file, args.list)
        what = "expert"
    line = f"imported {counted(done.added, what)} into {args.file}"
    if done.suggested_recusals:
        line += f"; {counted(done.suggested_recusals, 'recusal')} suggested (affiliation matches a candidate's source)"
    print(line)
    return EXIT_OK


def _recusals(args: argparse.Namespace) -> int:
    from top10_panel.services.selection import review_recusals

    listed = review_recusals(args.file, args.accept, args.reject, all_suggested=args.accept_suggested)
    for recusal, status in listed:
        note = f" ({recusal.note})" if recusal.note else ""
        print(f"{status:<10} {recusal.expert} — {recusal.candidate}: {recusal.reason}{note}")
    if not listed:
        print("no recusals")
    return EXIT_OK


def _collect(args: argparse.Namespace) -> int:
    from top10_panel.exchange.bounded import BALLOT, not_regular, walk_all
    from top10_panel.services.collect import collect_double_entry, collect_matrix
    from top10_panel.services.inbox import collect_ballot_files
    from top10_panel.store.database import together

    if args.double_entry:
        first, second = args.double_entry
        done = collect_double_entry(args.file, first, second)
        print(f"the two typings agree; paper ballots from {first}: {_rows(done)}")
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
            said.append(f"collected from {path} ({args.panel}): {_rows(collect_matrix(args.file, path, args.panel))}")
    if said:
        print("\n".join(said))
    return EXIT_OK


def _rows(done: Any) -> str:
    """What a matrix's rows became, e.g. '25 accepted, 1 rejected, 1 held for a decision, 0 already on record'."""
    held = f", {done.held} held for a decision (decide with 'decide')" if done.held else ""
    strangers = f" ({done.strangers} not an expert of this selection)" if done.strangers else ""
    return f"{done.accepted} accepted, {done.rejected} rejected{strangers}{held}, {done.unchanged} already on record"


def _issue(args: argparse.Namespace) -> int:
    from top10_panel.services.ballots import issue

    issued = issue(args.file, args.out, args.forms, args.paper)
    print(f"issued {counted(len(issued.packages), 'file')} into {args.out} (rules version {issued.rules_version})")
    print(f"selection fingerprint — tell it to the experts: {issued.fingerprint}")
    return EXIT_OK


def _vote(args: argparse.Namespace) -> int:
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
        choice = {"score": _criterion_scores(args.score)}
    receipt = vote(args.package, choice, args.out, args.revision)
    print(f"ballot written: {receipt.path} (revision {receipt.revision}, expert {receipt.expert})")
    print(f"ballot fingerprint (SHA-256): {receipt.ballot_fingerprint}")
    print(f"your tracker (find it on the published tally sheet): {receipt.tracker}")
    print(f"selection fingerprint: {receipt.selection_fingerprint}")
    return EXIT_OK


def _criterion_scores(scores: dict[str, str]) -> dict[str, object]:
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


def _settle(args: argparse.Namespace) -> int:
    from top10_panel.services import settle
    from top10_panel.services.selection import tally_selection

    if args.lot_source is not None:
        source = settle.record_lot_source(args.file, args.lot_source, args.by, args.known_at, args.reason)
        when = f"; the seed is known {source.known_at}" if source.known_at else ""
        print(f"recorded the seed's source: {source.source}{when} (log entry {source.seq}, {source.at})")
        print("once the seed is known: settle FILE --lot SEED --by NAME")
        return EXIT_OK
    if args.lot is not None:
        result = settle.settle_by_lot(args.file, args.lot, args.by, args.reason, args.override)
    elif args.chair is not None:
        result = settle.settle_by_chair(args.file, list(args.chair), args.by, args.reason, args.override)
    else:
        result = settle.settle_by_runoff(args.file, args.runoff, args.by or "", args.reason or "", args.override)
        if result.open:
            print(f"the runoff is tied again ({', '.join(result.open)}): settle the runoff itself")
            return EXIT_OK
        print("runoff counted; its order is recorded as the decision")
        result = tally_selection(args.file).result
    state = f"open: {', '.join(result.open)}" if result.open else "every seat is settled"
    print(f"recorded; {state}; the top: {', '.join(result.top)}")
    return EXIT_OK


def _admit_late(args: argparse.Namespace) -> int:
    from top10_panel.services.ballots import admit_late

    admit_late(args.file, args.expert, args.by, args.reason)
    print(f"the late ballot of {args.expert} is counted; the decision is recorded")
    return EXIT_OK


def _decide(args: argparse.Namespace) -> int:
    from top10_panel.services.ballots import decide

    kept = decide(args.file, args.expert, replace=args.replace, by=args.by, reason=args.reason, ballot=args.ballot)
    if args.replace:
        print(f"ballot {kept} of {args.expert} is counted instead of the one on record; the decision is recorded")
    else:
        print(f"the ballot of {args.expert} on record stays counted, ballot {kept} is not; the decision is recorded")
    return EXIT_OK


def _rules_command(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from top10_panel.domain.rules import rules_to_dict
    from top10_panel.services.stages import change_rules, current_rules

    rules = current_rules(args.file)
    if args.mode and args.mode != str(rules.mode):
        raise UsageError("the vote mode of a selection is fixed; start a new selection for another mode")
    given = {name: getattr(args, name) for name in RULE_OPTIONS[1:] + ("method",) if getattr(args, name) is not None}
    if args.unordered:
        given["ordered_top"] = False
    given.update(_criteria_options(args))
    for name in ("notice_until", "notice_contact"):
        if getattr(args, name) is not None:
            given[name] = getattr(args, name).strip()
    if given:
        rules = replace(rules, **given)
        change = change_rules(args.file, rules, args.reason, args.by)
        kind = "a new version" if change.new_version else "changed in place"
        print(f"rules version {change.version} ({kind})")
    import json

    print(json.dumps(rules_to_dict(rules), ensure_ascii=False, indent=2))
    return EXIT_OK


def _advance(args: argparse.Namespace) -> int:
    from top10_panel.services.stages import advance

    winners = advance(args.file)
    going = counted(len(winners), "candidate goes", "candidates go")
    print(f"screening closed; {going} to the final stage: {', '.join(winners)}")
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from top10_panel.services.demo import build_demo

    path = build_demo(args.folder)
    print(f"demo selection: {path}")
    print(f"count it with: top10-panel tally {path}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "tally": _tally,
    "new": _new,
    "import-candidates": _import,
    "import-experts": _import,
    "recusals": _recusals,
    "collect": _collect,
    "issue": _issue,
    "vote": _vote,
    "settle": _settle,
    "admit-late": _admit_late,
    "decide": _decide,
    "rules": _rules_command,
    "advance": _advance,
    "demo": _demo,
    "export": publish.export,
    "verify": publish.verify,
    "open": lambda args: _app(args.file),
    **rounds.COMMANDS,
}


def _app(path: Path | None) -> int:
    """Open the app (start screen, or a file); without a display say so, and what works without one."""
    import os

    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            "top10-panel: no display to open the app on (set DISPLAY, or run it under xvfb-run); "
            "every step also works as a command: see 'top10-panel --help'",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    if path is not None and not path.is_file():
        raise UsageError(f"{path}: no such file")
    from top10_panel.ui.app import run

    code: int = run(path)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            return _app(None)
        from top10_panel.store.recovery import on_recovery

        on_recovery(_say_recovered)
        code = COMMANDS[args.command](args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _reader_gone()
    except UsageError as error:
        print(f"top10-panel: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as error:  # noqa: BLE001 - the edge where errors become messages
        from top10_panel.domain.errors import InputError
        from top10_panel.store.faults import as_input_error

        fault = error if isinstance(error, InputError) else as_input_error(error)
        if fault is not None:
            print(f"top10-panel: {fault.message}", file=sys.stderr)
            return EXIT_BAD_INPUT
        return _internal_error(error)


def _say_recovered(path: Path) -> None:
    print(
        f"top10-panel: note: {path}: a change to this file was cut short (a crash, a kill or a full disk) and has "
        "been undone; the file is as it was before that change",
        file=sys.stderr,
    )


def _reader_gone() -> int:
    """The output was piped to a program that stopped reading (``| head -1``): what it read is what it wanted, so
    that is success. Python's own flush at exit is pointed at /dev/null, lest it fail again."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_OK


def _internal_error(error: Exception) -> int:
    """Log the trace to a private file the user can send (no vote or key in it); show one line, never the trace."""
    from top10_panel.services.diagnostics import write_error_log

    log = write_error_log(error)
    where = f"; details in {log}" if log is not None else ""
    print(f"top10-panel: internal error ({type(error).__name__}){where} — please report it", file=sys.stderr)
    return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
