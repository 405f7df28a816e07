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

from . import ballots, publish, rounds
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
    "collect": ballots.collect,
    "issue": ballots.issue,
    "vote": ballots.vote,
    "settle": _settle,
    "admit-late": ballots.admit_late,
    "decide": ballots.decide,
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
