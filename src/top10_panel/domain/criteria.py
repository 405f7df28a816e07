"""Score criteria with weights, and the z normalisation of harsh and lenient experts (SPEC §3, score mode)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation, localcontext
from fractions import Fraction
from typing import Any

import numpy as np
import numpy.typing as npt

from .errors import InputError

Array = npt.NDArray[Any]
Mask = npt.NDArray[np.bool_]

Criteria = tuple[tuple[str, Fraction], ...]
"""(name, weight) of each criterion, in the order the ballots show them; the weights add up to 1."""

NORMALISATIONS = ("z",)
SIGNIFICANT = 12
"""Normalised values are irrational in general: they are compared after rounding to 12 significant digits."""
_WORKING = 60
"""Digits the normalisation is computed with before that rounding: far more than the rounding needs."""
NORMALISATION_NOTE = (
    "each expert's scores are standardised to mean 0 and population standard deviation 1 over the candidates that "
    "expert scored (one score, or all equal: 0); a candidate's value is the mean of its standardised scores, mapped "
    "linearly onto the range between the lowest and the highest raw mean; the values are irrational in general "
    "and are compared after rounding to 12 significant digits"
)
NORMALISATION_NOTE_ZH = (
    "每位专家的评分在其所评候选中标准化为均值 0、总体标准差 1（只评一项或各项同分者记 0）；候选的值为其标准化评分的"
    "均值，再线性映射到原始均分的最低与最高值之间；此类数值一般为无理数，比较时先四舍五入到 12 位有效数字"
)
_EQUAL = Decimal(10) ** -40
"""Normalised means closer than this are equal: the working digits' rounding, not the ballots, tells them apart."""
SEPARATOR = ":"
"""A ballot matrix heads a criterion's column CODE:CRITERION (E01:创新性)."""
_FORBIDDEN = (SEPARATOR, ",", "，", "=", "\n", "\r", "\t")


def parse_criteria(text: str) -> Criteria:
    """'创新性=40%,影响力=40%,代表性=20%' as criteria; a weight is a percentage or a share (0.4, 2/5)."""
    out = []
    for part in text.replace("，", ",").split(","):
        name, sep, weight = part.partition("=")
        if not sep or not name.strip() or not weight.strip():
            raise InputError(
                f"'{part.strip()}' is not NAME=WEIGHT", fix="give the criteria as e.g. 创新性=40%,影响力=40%,代表性=20%"
            )
        out.append((name.strip(), _weight(weight.strip())))
    return tuple(out)


def _weight(text: str) -> Fraction:
    percent = text.endswith("%")
    body = text.rstrip("%").strip()
    try:
        value = Fraction(body) if "/" in body else Fraction(Decimal(body))
    except (ValueError, ZeroDivisionError, InvalidOperation):
        raise InputError(
            f"the weight '{text}' is not a percentage", fix="write each weight as a percentage, e.g. 40%"
        ) from None
    return value / 100 if percent else value


def check_criteria(criteria: Criteria) -> None:
    """Raise InputError unless each criterion has its own name and a positive weight, the weights adding to 100 %."""
    if not criteria:
        return
    names = [name for name, _ in criteria]
    if any(not name.strip() for name in names):
        raise InputError("a criterion has no name", fix="name every criterion, e.g. 创新性=40%")
    bad = [name for name in names if any(mark in name for mark in _FORBIDDEN)]
    if bad:
        raise InputError(
            f"the criterion name '{bad[0]}' holds ':', ',' or '='", fix="name the criterion without those marks"
        )
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise InputError(f"the criterion '{twice[0]}' is named twice", fix="name each criterion once")
    if len(criteria) < 2:
        raise InputError(
            "a single criterion is the score itself", fix="give at least two criteria, or none to score each candidate"
        )
    if any(weight <= 0 for _, weight in criteria):
        raise InputError("every criterion needs a weight above 0%", fix="give each criterion a positive weight")
    total = sum((weight for _, weight in criteria), Fraction(0))
    if total != 1:
        raise InputError(
            f"the criteria weights add up to {percent_text(total)}, not 100%",
            fix="make the weights add up to 100%, e.g. 创新性=40%,影响力=40%,代表性=20%",
        )


def percent_text(weight: Fraction) -> str:
    """A weight as a percentage: 2/5 → '40%', 3/8 → '37.5%', 1/3 → '100/3%'."""
    value = weight * 100
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    if Fraction(exact) == value:
        return f"{format(exact.normalize(), 'f')}%"
    return f"{value}%"


def criteria_text(criteria: Criteria) -> str:
    """'创新性=40%,影响力=40%,代表性=20%': what --criteria takes, and what the audit prints."""
    return ",".join(f"{name}={percent_text(weight)}" for name, weight in criteria)


def weighted_score(marks: object, criteria: Criteria) -> Fraction | None:
    """The weighted sum of one candidate's criterion scores, exact; None when a criterion is left unscored
    (a partly scored candidate counts as not scored on that ballot)."""
    if not isinstance(marks, Mapping):
        return None
    total = Fraction(0)
    for name, weight in criteria:
        value = marks.get(name)
        if value is None or str(value).strip() == "":
            return None
        total += weight * Fraction(Decimal(str(value)))
    return total


def criterion_means(
    ballots: Sequence[Mapping[str, object]], codes: Sequence[str], criteria: Criteria
) -> dict[str, tuple[int, tuple[Fraction, ...]]]:
    """Each candidate's mean on each criterion, exact, over the ballots that scored it on every criterion (the
    ones its weighted score counts), with how many those are; ``ballots`` are the valid ballots' score marks.

    The weighted sum of a candidate's criterion means is its raw mean: the breakdown adds up to the count."""
    out: dict[str, tuple[int, tuple[Fraction, ...]]] = {}
    for code in codes:
        columns: list[list[Fraction]] = [[] for _ in criteria]
        for marks in ballots:
            mark = marks.get(code)
            if weighted_score(mark, criteria) is None:
                continue
            assert isinstance(mark, Mapping)
            for k, (name, _) in enumerate(criteria):
                columns[k].append(Fraction(Decimal(str(mark[name]))))
        n = len(columns[0]) if criteria else 0
        out[code] = (n, tuple(sum(c, Fraction(0)) / n if n else Fraction(0) for c in columns))
    return out


def partly_scored(marks: Mapping[str, object], criteria: Criteria) -> list[str]:
    """Codes whose criteria are scored only in part: scored on some criteria, not all."""
    out = []
    for code, value in marks.items():
        given = [name for name, _ in criteria if isinstance(value, Mapping) and str(value.get(name, "")).strip()]
        if given and len(given) < len(criteria):
            out.append(str(code))
    return out


def column_header(code: str, criterion: str) -> str:
    return f"{code}{SEPARATOR}{criterion}"


def split_header(header: str) -> tuple[str, str]:
    """'E01:创新性' as ('E01', '创新性'); a header without the separator as (header, '')."""
    code, sep, criterion = header.rpartition(SEPARATOR)
    return (code.strip(), criterion.strip()) if sep else (header.strip(), "")


def combine_columns(
    headers: Sequence[str], cells: Array, scored: Mask, unit: int, criteria: Criteria
) -> tuple[list[str], Array, Mask, int]:
    """A matrix of criterion columns (CODE:CRITERION) as one weighted-score column per candidate, exact.

    Raises InputError when a candidate lacks a criterion's column, a column names an unknown criterion, or a
    column holds no criterion at all. A row scores a candidate only where every criterion of it is scored.
    """
    names = [name for name, _ in criteria]
    columns: dict[str, dict[str, int]] = {}
    for j, header in enumerate(headers):
        code, criterion = split_header(header)
        if not criterion:
            raise InputError(
                f"the column '{header}' names no criterion",
                fix=f"head each column CODE{SEPARATOR}CRITERION, e.g. {column_header(code, names[0])}",
            )
        if criterion not in names:
            raise InputError(
                f"the column '{header}' names the criterion '{criterion}', which the rules do not have",
                fix=f"use the criteria of the rules: {', '.join(names)}",
            )
        columns.setdefault(code, {})[criterion] = j
    for code, found in columns.items():
        missing = [name for name in names if name not in found]
        if missing:
            raise InputError(
                f"candidate '{code}' has no column for {', '.join(missing)}",
                fix=f"add the column {column_header(code, missing[0])}",
            )
    scale = int(np.lcm.reduce([weight.denominator for _, weight in criteria]))
    codes = list(columns)
    n = cells.shape[0]
    out = np.zeros((n, len(codes)), dtype=np.int64)
    marked = np.ones((n, len(codes)), dtype=bool)
    for k, code in enumerate(codes):
        for name, weight in criteria:
            j = columns[code][name]
            out[:, k] += cells[:, j].astype(np.int64) * int(weight * scale)
            marked[:, k] &= scored[:, j]
    out[~marked] = 0
    return codes, out, marked, unit * scale


def z_normalised(
    cells: Array, marked: Mask, counted: Mask, unit: int
) -> tuple[list[Fraction], list[Fraction], list[int]]:
    """SPEC §3: each expert's scores standardised to mean 0 and population standard deviation 1 over the
    candidates that expert scored (one score, or all equal: 0), each candidate's mean standardised score, mapped
    linearly onto the range between the lowest and the highest raw mean.

    Returns the normalised values rounded to 12 significant digits (as exact fractions of those decimals), the
    raw means, and how many scores each candidate had. A candidate nobody scored gets 0 on both, as the raw mean
    does; when every normalised mean is equal, each scored candidate reads the middle of the raw range.
    """
    n, m = cells.shape
    with localcontext() as context:
        context.prec = _WORKING
        sums = [Decimal(0)] * m
        counts = [0] * m
        for i in np.flatnonzero(counted):
            row = np.flatnonzero(marked[i])
            if not len(row):
                continue
            values = [Fraction(int(cells[i, j]), unit) for j in row]
            mean = sum(values, Fraction(0)) / len(values)
            variance = sum(((v - mean) ** 2 for v in values), Fraction(0)) / len(values)
            sd = _decimal(variance).sqrt() if variance else Decimal(0)
            for j, value in zip(row, values, strict=True):
                counts[j] += 1
                if sd:
                    sums[j] += _decimal(value - mean) / sd
        raw = [Fraction(0)] * m
        for j in range(m):
            column = [Fraction(int(cells[i, j]), unit) for i in np.flatnonzero(counted & marked[:, j])]
            raw[j] = sum(column, Fraction(0)) / len(column) if column else Fraction(0)
        scored = [j for j in range(m) if counts[j]]
        if not scored:
            return [Fraction(0)] * m, raw, counts
        z = {j: sums[j] / counts[j] for j in scored}
        low, high = min(raw[j] for j in scored), max(raw[j] for j in scored)
        z_low, z_high = min(z.values()), max(z.values())
        out = [Fraction(0)] * m
        for j in scored:
            if z_high - z_low < _EQUAL:
                mapped = _decimal((low + high) / 2)
            else:
                mapped = _decimal(low) + (z[j] - z_low) / (z_high - z_low) * _decimal(high - low)
            out[j] = round_significant(mapped)
    return out, raw, counts


def _decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)


def round_significant(value: Decimal, digits: int = SIGNIFICANT) -> Fraction:
    """The value rounded half-even to ``digits`` significant digits, as an exact fraction."""
    if not value:
        return Fraction(0)
    with localcontext() as context:
        context.prec = digits
        return Fraction(+value)
