"""The publishing commands: export, verify, and the workbook and report of `tally`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .parser import UsageError

EXIT_OK, EXIT_MISMATCH = 0, 3


def export(args: argparse.Namespace) -> int:
    from top10_panel.services.publish import export_selection

    if args.notice and args.docx is None:
        raise UsageError("--notice goes with --docx OUT.docx: the notice is written beside the announcement")
    done = export_selection(
        args.file, args.xlsx, args.pdf, args.anonymise, args.docx, args.notice, override=args.override
    )
    _print_files(done.files)
    print(f"publication order: {' '.join(done.order) or '—'}")
    if done.result.open:
        print(f"provisional: the tie among {', '.join(done.result.open)} is open (settle it, then export again)")
    return EXIT_OK


def tally_files(args: argparse.Namespace, rules: Any, selection: Path | None) -> None:
    """`tally SOURCE --xlsx/--pdf`: a selection is exported as `export` does; a matrix under the given rules."""
    from top10_panel.services.publish import export_selection, matrix_publication, write_outputs

    if args.xlsx is None and args.pdf is None:
        return
    if selection is not None:
        _print_files(export_selection(selection, args.xlsx, args.pdf).files, args.json)
        return
    publication = matrix_publication(args.source, rules, args.seed, args.lang)
    _print_files(write_outputs(publication, args.xlsx, args.pdf), args.json)


def verify(args: argparse.Namespace) -> int:
    from top10_panel.services.verify import verify as run

    verified = run(args.source, args.ballots)
    for check in verified.checks:
        print(f"{'✓' if check.ok else '✗'} {check.item}: {check.detail}")
    if verified.ok:
        print("verified: the published result follows from the ballots and the rules")
        return EXIT_OK
    print("MISMATCH: what was published does not follow from the ballots and the rules")
    return EXIT_MISMATCH


def _print_files(files: Any, quiet: bool = False) -> None:
    """Each written file and its digest; on stderr when stdout carries JSON."""
    for path, digest in files:
        print(f"wrote {path}  (SHA-256 {digest}, in {path.name}.sha256)", file=sys.stderr if quiet else sys.stdout)
