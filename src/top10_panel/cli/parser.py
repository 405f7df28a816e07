"""The command line's words (SPEC §7): commands, options, and the rules they describe. No heavy imports here."""

from __future__ import annotations

import argparse
from fractions import Fraction
from pathlib import Path

from top10_panel import __version__

from . import rounds

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


def _count(text: str) -> int:
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


def _share(text: str) -> Fraction:
    try:
        return Fraction(text.strip().rstrip("%")) / (100 if text.strip().endswith("%") else 1)
    except (ValueError, ZeroDivisionError):
        raise argparse.ArgumentTypeError(f"'{text}' is not a share like 2/3 or 66%") from None


def _chain(text: str) -> tuple[str, ...]:
    return tuple(rule.strip() for rule in text.split(",") if rule.strip())


def _quotas(text: str) -> tuple[tuple[str, int], ...]:
    quotas = []
    for part in text.replace("，", ",").split(","):
        name, sep, seats = part.partition("=")
        if not sep or not name.strip():
            raise argparse.ArgumentTypeError(f"'{part}' is not CATEGORY=SEATS")
        quotas.append((name.strip(), _count(seats.strip())))
    return tuple(quotas)


def _weights(text: str) -> tuple[tuple[str, Fraction], ...]:
    weights = []
    for part in text.replace("，", ",").split(","):
        name, sep, weight = part.partition("=")
        if not sep or not name.strip():
            raise argparse.ArgumentTypeError(f"'{part}' is not PANEL=WEIGHT")
        weights.append((name.strip(), _share(weight)))
    return tuple(weights)


def _scores(text: str) -> dict[str, str]:
    scores = {}
    for part in text.replace("，", ",").split(","):
        code, sep, value = part.partition("=")
        if not sep or not code.strip() or not value.strip():
            raise argparse.ArgumentTypeError(f"'{part}' is not CODE=SCORE")
        scores[code.strip()] = value.strip()
    return scores


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for part in text.replace("，", ",").split(","):
        expert, sep, code = part.partition(":")
        if not sep or not expert.strip() or not code.strip():
            raise argparse.ArgumentTypeError(f"'{part}' is not EXPERT:CODE")
        pairs.append((expert.strip(), code.strip()))
    return tuple(pairs)


def _rule_options(command: argparse.ArgumentParser) -> None:
    """Options that describe the rules; None means 'not given', so that defaults stay in one place."""
    command.add_argument("--mode", choices=MODES, help="vote mode (implied by --method)")
    command.add_argument("--method", choices=sorted(METHOD_MODES), help="counting method (default: the mode's)")
    command.add_argument("--seats", type=_count, help="number of seats (default 10)")
    command.add_argument("--max-picks", type=_count, help="approval: most picks per ballot (default 10)")
    command.add_argument("--min-picks", type=_count, help="approval: fewest picks per ballot (default 0)")
    command.add_argument("--max-ranks", type=_count, help="ranking: most candidates ranked per ballot")
    command.add_argument("--scale", type=_scale, help="score: the scale LO-HI (default 0-10)")
    command.add_argument("--tie-break", type=_chain, metavar="RULE,...", help="tie-break chain, e.g. pairwise,lot")
    command.add_argument(
        "--criteria",
        metavar="NAME=W%,...",
        help="score: criteria with weights adding up to 100%%, e.g. 创新性=40%%,影响力=40%%,代表性=20%% "
        "('none' clears)",
    )
    command.add_argument(
        "--normalise",
        choices=("z", "none"),
        help="score: z — standardise each expert's scores (harsh and lenient experts) before the mean",
    )
    command.add_argument(
        "--unordered",
        action="store_true",
        help="the top is published unordered (排名不分先后): ties inside it do not matter",
    )


def _notice_options(command: argparse.ArgumentParser) -> None:
    """The 公示 notice's rules (printed by export --docx --notice); an empty text clears one."""
    command.add_argument("--notice-until", metavar="DATE", help="the objection period's last day, e.g. 2021-01-11")
    command.add_argument("--notice-contact", metavar="TEXT", help="where objections go: office, telephone, e-mail")


def build_parser() -> Parser:
    parser = Parser(
        prog="top10-panel",
        description="Runs an expert panel's ten-events-of-the-year selection: ballots, tally, ties, audit trail.",
    )
    parser.add_argument("--version", action="version", version=f"top10-panel {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")

    new = commands.add_parser("new", help="create a selection file (.t10) with its rules")
    new.add_argument("file", type=Path, metavar="FILE.t10")
    new.add_argument("--title", required=True, help="the selection's title")
    new.add_argument("--year", type=_count, help="the year it selects for")
    new.add_argument("--description", default="", help="a sentence or two about the selection")
    _rule_options(new)
    new.add_argument("--over-vote", choices=("void", "excess"), help="void the whole ballot (default) or the excess")
    new.add_argument("--deadline", help="ballots received later are flagged, e.g. '2020-12-20 18:00'")
    new.add_argument("--quorum", type=_share, help="share of invited experts needed, exceeded (default 2/3)")
    new.add_argument(
        "--quota", type=_quotas, metavar="CAT=N,...", help="seats per category, e.g. 知识创新=7,技术创新=3"
    )
    new.add_argument(
        "--weights", type=_weights, metavar="PANEL=W,...", help="weighted sources, e.g. experts=70%%,public=30%%"
    )
    new.add_argument("--secret", action="store_true", help="secret ballot (无记名): only aggregates are shown")
    new.add_argument(
        "--publish-order", choices=("result", "category", "date", "pinyin", "stroke"), help="order of the chosen"
    )
    new.add_argument("--screening", type=_count, metavar="N", help="first a screening stage (初评) choosing N")
    _notice_options(new)

    for name, what in (("import-candidates", "candidates"), ("import-experts", "experts")):
        command = commands.add_parser(name, help=f"add {what} to a selection from a .xlsx or .csv list")
        command.add_argument("file", type=Path, metavar="FILE.t10")
        command.add_argument("list", type=Path, metavar="LIST")

    tally = commands.add_parser(
        "tally",
        help="count a selection or a ballot matrix and print the ranked result",
        description="Count a selection file (.t10) under its own rules, or a ballot matrix (.csv, .xlsx): first "
        "column 'expert' (or 专家), one column per candidate code; an optional second row headed 'title' "
        "(or 标题) gives the titles.",
    )
    tally.add_argument("source", type=Path, metavar="SOURCE", help="selection file or ballot matrix")
    _rule_options(tally)
    tally.add_argument("--seed", metavar="TEXT", help="public seed text for a lot draw")
    tally.add_argument("--json", action="store_true", help="print the result as one JSON object")
    tally.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="also write the results workbook")
    tally.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="also write the PDF report")
    tally.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of a matrix's workbook and report")

    issue = commands.add_parser("issue", help="one ballot package per expert (locks the rules)")
    issue.add_argument("file", type=Path, metavar="FILE.t10")
    issue.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the packages")
    issue.add_argument("--forms", action="store_true", help="also an Excel ballot form per expert")
    issue.add_argument(
        "--paper",
        action="store_true",
        help="also a printable ballot sheet per expert (PDF) and a blank double-entry workbook",
    )

    vote = commands.add_parser("vote", help="the expert's side: cast a ballot from a package")
    vote.add_argument("package", type=Path, metavar="PACKAGE.t10pkg")
    choice = vote.add_mutually_exclusive_group(required=True)
    choice.add_argument("--approve", type=_chain, metavar="C1,C2,...", help="approval: the chosen candidates")
    choice.add_argument("--rank", type=_chain, metavar="C1,C2,...", help="ranking: best first")
    choice.add_argument(
        "--score",
        type=_scores,
        metavar="C1=8,C2=6,...",
        help="score: a score per candidate; with criteria one per candidate and criterion: "
        "E01:创新性=8,E01:影响力=7,...",
    )
    choice.add_argument("--blank", action="store_true", help="a blank ballot (弃权, an abstention)")
    vote.add_argument("--out", type=Path, required=True, metavar="BALLOT.t10vote")
    vote.add_argument(
        "--revision",
        type=_count,
        metavar="N",
        help="the ballot's revision (default: one more than the highest of this expert's ballot files beside --out)",
    )

    recusals = commands.add_parser("recusals", help="list recusals; accept or reject the suggested ones")
    recusals.add_argument("file", type=Path, metavar="FILE.t10")
    recusals.add_argument("--accept", type=_pairs, default=(), metavar="EXPERT:CODE,...", help="confirm these")
    recusals.add_argument("--reject", type=_pairs, default=(), metavar="EXPERT:CODE,...", help="reject these")
    recusals.add_argument("--accept-suggested", action="store_true", help="confirm every suggested recusal")

    collect = commands.add_parser(
        "collect", help="check and store ballot files (.t10vote), ballot matrices (.csv, .xlsx), or folders of them"
    )
    collect.add_argument("file", type=Path, metavar="FILE.t10")
    collect.add_argument("paths", type=Path, nargs="*", metavar="PATH")
    collect.add_argument(
        "--double-entry",
        type=Path,
        nargs=2,
        metavar=("FIRST", "SECOND"),
        help="paper ballots typed in twice: stored only when both typings agree",
    )
    collect.add_argument("--panel", default="experts", help="whose ballots: experts (default) or e.g. public")

    settle = commands.add_parser("settle", help="settle an open tie: lot draw, chair's decision or runoff")
    settle.add_argument("file", type=Path, metavar="FILE.t10")
    how = settle.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--lot-source",
        metavar="TEXT",
        help="step 1 of a lot: record where the seed will come from, before it is known (e.g. 福彩3D 2020-12-31)",
    )
    how.add_argument("--lot", metavar="SEED_TEXT", help="step 2 of a lot: draw at once with the public seed text")
    how.add_argument("--chair", type=_chain, metavar="C1,C2,...", help="the chair's order of the tied candidates")
    how.add_argument("--runoff", type=Path, metavar="DIR", help="a runoff among the tied, its ballot matrices in DIR")
    settle.add_argument("--by", default="", help="who decided or drew (required with --chair and --lot)")
    settle.add_argument("--reason", default="", help="why (required with --chair, and for a second lot draw)")
    settle.add_argument("--known-at", default="", metavar="WHEN", help="with --lot-source: when the seed is known")
    settle.add_argument(
        "--override",
        default="",
        metavar="REASON",
        help="settle although the quorum is unmet or experts may still vote (the audit shows the reason)",
    )

    late = commands.add_parser("admit-late", help="count an expert's ballot received after the deadline")
    late.add_argument("file", type=Path, metavar="FILE.t10")
    late.add_argument("expert", metavar="EXPERT")
    late.add_argument("--by", required=True, help="who decided")
    late.add_argument("--reason", required=True, help="why")

    decide = commands.add_parser(
        "decide",
        help="decide an expert's ballot held for a decision: keep the one on record, or replace it",
        description="A ballot from another source (an Excel form, a matrix row, paper) for an expert who already "
        "has one on record is held, not counted, until this decision: --keep leaves the ballot on record counted, "
        "--replace counts the held one instead. Who and why are recorded in the register and the audit.",
    )
    decide.add_argument("file", type=Path, metavar="FILE.t10")
    decide.add_argument("expert", metavar="EXPERT")
    keep_or_replace = decide.add_mutually_exclusive_group(required=True)
    keep_or_replace.add_argument(
        "--keep", action="store_true", help="keep the ballot on record; the held one is not counted"
    )
    keep_or_replace.add_argument(
        "--replace", action="store_true", help="count the held ballot instead of the one on record"
    )
    decide.add_argument(
        "--ballot", type=_count, metavar="N", help="which held ballot (its register number), if several"
    )
    decide.add_argument("--by", required=True, help="who decided")
    decide.add_argument("--reason", required=True, help="why")

    rules = commands.add_parser("rules", help="show or change the current stage's rules")
    rules.add_argument("file", type=Path, metavar="FILE.t10")
    _rule_options(rules)
    rules.add_argument(
        "--reason", default="", help="why the rules change once locked (packages issued or a ballot counted)"
    )
    rules.add_argument("--by", default="", help="who decided the change (recorded with the new version)")
    _notice_options(rules)

    advance = commands.add_parser("advance", help="close the screening stage: its winners go to the final stage")
    advance.add_argument("file", type=Path, metavar="FILE.t10")

    export = commands.add_parser(
        "export",
        help="write the results workbook, the PDF report or the announcement, each with a .sha256 sidecar",
        description="Without --xlsx, --pdf or --docx, the workbook and the report are written beside the selection "
        "file. The selection records what it published, for verify.",
    )
    export.add_argument("file", type=Path, metavar="FILE.t10")
    export.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="the results workbook")
    export.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="the PDF report")
    export.add_argument("--anonymise", action="store_true", help="experts as anonymous ids (E01 …), no file names")
    export.add_argument("--docx", type=Path, metavar="OUT.docx", help="the announcement the journal prints (Word)")
    export.add_argument(
        "--notice", action="store_true", help="with --docx: also the 公示 notice, as OUT-notice.docx beside it"
    )
    export.add_argument(
        "--override",
        default="",
        metavar="REASON",
        help="publish although the quorum is unmet or experts may still vote (the audit shows the reason)",
    )

    verify = commands.add_parser(
        "verify",
        help="recompute a published result from the ballots and the rules; exit 3 on any mismatch",
        description="A selection file is checked against its last export; a results workbook against its own "
        "ballots sheet. Ballot files (or folders of them) given after it are looked up on record.",
    )
    verify.add_argument("source", type=Path, metavar="FILE.t10|RESULTS.xlsx")
    verify.add_argument("ballots", type=Path, nargs="*", metavar="BALLOT_PATH")

    open_ = commands.add_parser("open", help="open a selection (.t10) or a ballot package (.t10pkg) in the app")
    open_.add_argument("file", type=Path, metavar="FILE")

    demo = commands.add_parser("demo", help="build a complete demo selection from the 2020 edition's events")
    demo.add_argument("folder", type=Path, metavar="DIR")
    rounds.add_parsers(commands)
    return parser
