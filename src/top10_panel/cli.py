"""The `top10-panel` command: parses arguments, calls services, prints (SPEC §7).

Exit codes: 0 done; 2 bad input or usage (one line on stderr, nothing changed); 3 verify found a mismatch;
1 an internal error. Qt is never imported for --help, --version or a headless command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

from top10_panel import __version__

EXIT_OK, EXIT_BUG, EXIT_BAD_INPUT, EXIT_MISMATCH = 0, 1, 2, 3
MODES = ("approval", "ranking", "score")
METHOD_MODES = {
    "approval": "approval",
    "borda": "ranking",
    "schulze": "ranking",
    "copeland": "ranking",
    "mean": "score",
    "median": "score",
    "trimmed_mean": "score",
}


class UsageError(Exception):
    """A command line that cannot be carried out as written."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is negative")
    return value


def _scale(text: str) -> tuple[Fraction, Fraction]:
    low, sep, high = text.partition("-")
    try:
        if not sep:
            raise ValueError
        return Fraction(low.strip()), Fraction(high.strip())
    except (ValueError, ZeroDivisionError):
        raise argparse.ArgumentTypeError(f"'{text}' is not a scale like 0-10") from None


def _chain(text: str) -> tuple[str, ...]:
    return tuple(rule.strip() for rule in text.split(",") if rule.strip())


def build_parser() -> Parser:
    parser = Parser(
        prog="top10-panel",
        description="Runs an expert panel's ten-events-of-the-year selection: ballots, tally, ties, audit trail.",
    )
    parser.add_argument("--version", action="version", version=f"top10-panel {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")

    tally = commands.add_parser(
        "tally",
        help="count a ballot matrix (.csv or .xlsx) and print the ranked result",
        description="Count a ballot matrix: first column 'expert' (or 专家), one column per candidate code. "
        "An optional second row headed 'title' (or 标题) gives the candidates' titles.",
    )
    tally.add_argument("source", type=Path, metavar="SOURCE", help="ballot matrix (.csv or .xlsx)")
    tally.add_argument("--mode", choices=MODES, help="vote mode (implied by --method)")
    tally.add_argument("--method", choices=sorted(METHOD_MODES), help="counting method (default: the mode's)")
    tally.add_argument("--seats", type=_positive, default=10, help="number of seats (default 10)")
    tally.add_argument("--max-picks", type=_positive, default=10, help="approval: most picks per ballot (10)")
    tally.add_argument("--min-picks", type=_positive, default=0, help="approval: fewest picks per ballot (0)")
    tally.add_argument("--max-ranks", type=_positive, help="ranking: most candidates ranked per ballot")
    tally.add_argument("--scale", type=_scale, default=(Fraction(0), Fraction(10)), help="score: scale LO-HI (0-10)")
    tally.add_argument("--tie-break", type=_chain, metavar="RULE,...", help="tie-break chain, e.g. pairwise,lot")
    tally.add_argument("--seed", metavar="TEXT", help="public seed text for a lot draw")
    tally.add_argument(
        "--unordered",
        action="store_true",
        help="the top is published unordered (排名不分先后): ties inside it do not matter",
    )
    tally.add_argument("--json", action="store_true", help="print the result as one JSON object")
    return parser


def _rules(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from top10_panel.domain.rules import Mode, Rules

    mode = args.mode or (METHOD_MODES[args.method] if args.method else None)
    if mode is None:
        raise UsageError("give the vote mode: --mode approval, ranking or score")
    return Rules(
        mode=Mode(mode),
        method=args.method or "",
        seats=args.seats,
        max_picks=args.max_picks,
        min_picks=args.min_picks,
        max_ranks=args.max_ranks,
        scale=args.scale,
        tie_break=args.tie_break,
        ordered_top=not args.unordered,
    )


def _tally(args: argparse.Namespace) -> int:
    from top10_panel.services.tally import tally_matrix

    if args.source.suffix.lower() == ".t10":
        raise UsageError("this version counts ballot matrices (.csv, .xlsx); selection files (.t10) come later")
    tallied = tally_matrix(args.source, _rules(args), args.seed)
    if args.json:
        from top10_panel.exchange.result_json import to_json

        sys.stdout.write(to_json(tallied.result, tallied.source))
    else:
        from top10_panel.exchange.result_text import render

        sys.stdout.write(render(tallied.result, tallied.source["file"]))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return EXIT_OK
        return _tally(args)
    except UsageError as error:
        print(f"top10-panel: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as error:  # noqa: BLE001 - the edge where errors become messages
        from top10_panel.domain.errors import InputError

        if isinstance(error, InputError):
            print(f"top10-panel: {error.message}", file=sys.stderr)
            return EXIT_BAD_INPUT
        return _internal_error(error)


def _internal_error(error: Exception) -> int:
    """Log the trace to a file the user can send; show one line, never the trace."""
    import tempfile
    import traceback

    log = Path(tempfile.gettempdir()) / "top10-panel-error.log"
    try:
        log.write_text("".join(traceback.format_exception(error)), encoding="utf-8")
        where = f"; details in {log}"
    except OSError:
        where = ""
    print(f"top10-panel: internal error ({type(error).__name__}: {error}){where} — please report it", file=sys.stderr)
    return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
