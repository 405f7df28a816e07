"""Tally use case: count a ballot matrix under given rules."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from top10_panel.domain.errors import InputError
from top10_panel.domain.result import TallyResult
from top10_panel.domain.rules import Rules
from top10_panel.domain.tally import tally
from top10_panel.exchange.matrix import read_matrix


@dataclass(frozen=True)
class Tallied:
    result: TallyResult
    source: dict[str, str]
    """What was counted: the file's name and its SHA-256."""


def check_seed(rules: Rules, seed: str | None) -> None:
    """A chain may end in a lot draw only with the public seed text given (SPEC §3)."""
    if seed is not None and not seed.strip():
        raise InputError("the seed text is empty", fix="give the public seed text, e.g. the announced lottery number")
    if "lot" in rules.chain and seed is None:
        raise InputError(
            "the tie-break chain ends in a lot draw, which needs the public seed text",
            fix="give --seed TEXT (e.g. the announced lottery number), or drop lot from --tie-break",
        )
    if seed is not None and "lot" not in rules.chain:
        raise InputError(
            "--seed is only used by the lot rule, which is not in the tie-break chain",
            fix="add lot at the end of --tie-break, or drop --seed",
        )


def tally_matrix(path: Path, rules: Rules, seed: str | None = None) -> Tallied:
    """Read a ballot matrix (.csv or .xlsx) and count it; its SHA-256 is the fingerprint a lot draw uses."""
    check_seed(rules, seed)
    matrix = read_matrix(path, rules.mode, rules.scale, rules.criteria)
    result = tally(matrix.profile, rules, fingerprint=matrix.sha256, seed=seed)
    return Tallied(result, {"file": path.name, "sha256": matrix.sha256})
