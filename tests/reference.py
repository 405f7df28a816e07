"""Brute-force reference implementations of SPEC §3, written straight from its definitions.

Nothing here imports the engine's counting code: every figure is recomputed ballot by ballot in plain Python with
exact fractions, slowly and obviously, so that the tests can compare the engine against it. The last part builds
engine ``Profile`` objects and holds the hypothesis strategies shared by the unit tests.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import permutations

import numpy as np
from hypothesis import strategies as st

from top10_panel.domain.profile import Candidate, Profile
from top10_panel.domain.rules import Mode, Rules

# ---------------------------------------------------------------------------------------------------------------
# A profile as plain lists
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Case:
    """Ballots as plain lists: one row per expert, one column per candidate (the engine's cell conventions)."""

    mode: Mode
    codes: list[str]
    cells: list[list[int]]
    eligible: list[list[bool]] | None = None
    """False where the expert is recused from the candidate; None: no recusals."""
    scored: list[list[bool]] | None = None
    """Score mode: which cells hold a score."""
    unit: int = 1
    experts: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.experts:
            self.experts = [f"E{i:02d}" for i in range(len(self.cells))]

    @property
    def n(self) -> int:
        return len(self.cells)

    @property
    def m(self) -> int:
        return len(self.codes)

    def has_vote(self, i: int, j: int) -> bool:
        """Whether ballot i carries a vote on candidate j (approved, ranked or scored, and not recused)."""
        if self.eligible is not None and not self.eligible[i][j]:
            return False
        if self.mode is Mode.SCORE:
            assert self.scored is not None
            return self.scored[i][j]
        return self.cells[i][j] > 0

    def votes(self, i: int) -> dict[int, int]:
        """Ballot i as {candidate index: cell} over the candidates it votes on."""
        return {j: self.cells[i][j] for j in range(self.m) if self.has_vote(i, j)}

    def recused(self, i: int) -> set[int]:
        """The candidates expert i is recused from: the ballot has no vote on them at all (SPEC §3, recusal)."""
        if self.eligible is None:
            return set()
        return {j for j in range(self.m) if not self.eligible[i][j]}

    def ballot(self, i: int) -> Ranked:
        return Ranked(self.votes(i), frozenset(self.recused(i)))


@dataclass(frozen=True)
class Ranked:
    """A ranking ballot: {candidate: rank} over the candidates it ranks, and those its expert is recused from."""

    ranks: dict[int, int]
    recused: frozenset[int] = frozenset()


def to_profile(case: Case) -> Profile:
    """The engine's Profile of a case."""
    n, m = case.n, case.m
    cells = np.array(case.cells, dtype=np.int64).reshape(n, m)
    scored = np.array(case.scored, dtype=bool).reshape(n, m) if case.scored is not None else None
    eligible = np.array(case.eligible, dtype=bool).reshape(n, m) if case.eligible is not None else None
    return Profile(
        mode=case.mode,
        candidates=tuple(Candidate(code, f"Title {code}") for code in case.codes),
        experts=tuple(case.experts),
        cells=cells,
        scored=scored,
        unit=case.unit,
        eligible=eligible,
    )


# ---------------------------------------------------------------------------------------------------------------
# Validity (SPEC §3 "Rules fixed before voting": an over-vote voids the whole ballot)
# ---------------------------------------------------------------------------------------------------------------


def counted_rows(case: Case, rules: Rules) -> list[int]:
    """Rows of the ballots that count: every ballot except over-votes (and under-votes below min_picks)."""
    rows = []
    for i in range(case.n):
        picks = len(case.votes(i))
        if case.mode is Mode.APPROVAL:
            if rules.max_picks is not None and picks > rules.max_picks:
                continue
            if rules.min_picks > 0 and 0 < picks < rules.min_picks:
                continue
        if case.mode is Mode.RANKING and rules.max_ranks is not None and picks > rules.max_ranks:
            continue
        rows.append(i)
    return rows


def ballot_summary(case: Case, rules: Rules) -> dict[str, int]:
    rows = counted_rows(case, rules)
    abstain = sum(1 for i in rows if not case.votes(i))
    return {"valid": len(rows), "abstain": abstain, "invalid": case.n - len(rows), "returned": case.n}


# ---------------------------------------------------------------------------------------------------------------
# Ranking mode
# ---------------------------------------------------------------------------------------------------------------


Ballot = dict[int, int] | Ranked


def _ranked(ballot: Ballot) -> Ranked:
    return ballot if isinstance(ballot, Ranked) else Ranked(ballot)


def above(ballot: Ballot, a: int, b: int) -> bool:
    """Whether the ballot ranks a strictly above b: a ranked and b unranked, or both ranked and a's number smaller.

    A recused expert's ballot has no vote on the candidate (SPEC §3), so it says nothing about a pair holding one.
    """
    bal = _ranked(ballot)
    if a in bal.recused or b in bal.recused:
        return False
    if a not in bal.ranks:
        return False
    if b not in bal.ranks:
        return True
    return bal.ranks[a] < bal.ranks[b]


def ref_pairwise(ballots: list[Ballot], m: int) -> list[list[int]]:
    """N[a][b] = ballots ranking a strictly above b."""
    return [[sum(1 for bal in ballots if a != b and above(bal, a, b)) for b in range(m)] for a in range(m)]


def ref_borda(ballots: list[Ballot], m: int) -> list[int]:
    """On each ballot a candidate scores the number of candidates it is ranked strictly above."""
    return [sum(sum(1 for b in range(m) if b != a and above(bal, a, b)) for bal in ballots) for a in range(m)]


def ref_copeland(n_ab: list[list[int]], among: list[int] | None = None) -> dict[int, Fraction]:
    """Pairwise wins + ½ × pairwise ties, counted among ``among`` (default: everyone)."""
    group = list(range(len(n_ab))) if among is None else among
    out = {}
    for a in group:
        score = Fraction(0)
        for b in group:
            if b == a:
                continue
            if n_ab[a][b] > n_ab[b][a]:
                score += 1
            elif n_ab[a][b] == n_ab[b][a]:
                score += Fraction(1, 2)
        out[a] = score
    return out


def ref_schulze_d(n_ab: list[list[int]]) -> list[list[int]]:
    """Winning-votes link strength: d[a][b] = N[a][b] if N[a][b] > N[b][a] else 0."""
    m = len(n_ab)
    return [[n_ab[a][b] if a != b and n_ab[a][b] > n_ab[b][a] else 0 for b in range(m)] for a in range(m)]


def _reachable(start: int, edge: list[list[bool]]) -> set[int]:
    seen = {start}
    todo = [start]
    while todo:
        x = todo.pop()
        for y, ok in enumerate(edge[x]):
            if ok and y not in seen:
                seen.add(y)
                todo.append(y)
    return seen


def ref_schulze_p(d: list[list[int]]) -> list[list[int]]:
    """Strongest path p[a][b]: the largest t such that a path a → b uses only links of strength ≥ t (0: no path).

    Computed by graph search for every threshold, not by Floyd–Warshall, so it is an independent algorithm.
    """
    m = len(d)
    p = [[0] * m for _ in range(m)]
    for t in sorted({d[a][b] for a in range(m) for b in range(m) if d[a][b] > 0}):
        edge = [[d[x][y] >= t and d[x][y] > 0 for y in range(m)] for x in range(m)]
        for a in range(m):
            for b in _reachable(a, edge):
                if b != a:
                    p[a][b] = t
    return p


def ref_schulze_p_by_paths(d: list[list[int]]) -> list[list[int]]:
    """The same as ref_schulze_p by enumerating every simple path (only for a handful of candidates)."""
    m = len(d)
    p = [[0] * m for _ in range(m)]
    for a in range(m):
        for b in range(m):
            if a == b:
                continue
            others = [c for c in range(m) if c not in (a, b)]
            best = 0
            for k in range(len(others) + 1):
                for middle in permutations(others, k):
                    path = (a, *middle, b)
                    strength = min(d[x][y] for x, y in zip(path, path[1:], strict=False))
                    best = max(best, strength)
            p[a][b] = best
    return p


def ref_schulze_groups(p: list[list[int]]) -> list[list[int]]:
    """First group: the candidates nobody beats (p[b][a] > p[a][b]); remove them and repeat."""
    remaining = list(range(len(p)))
    groups = []
    while remaining:
        group = [a for a in remaining if not any(p[b][a] > p[a][b] for b in remaining if b != a)]
        assert group, "the Schulze relation has a cycle"
        groups.append(group)
        remaining = [a for a in remaining if a not in group]
    return groups


def ref_first_places(ballots: list[Ballot], m: int) -> list[int]:
    """Ballots on which a candidate is ranked first (nobody ranked strictly above it; a recused candidate is not
    on the ballot at all)."""
    ranked = [_ranked(bal).ranks for bal in ballots]
    return [sum(1 for bal in ranked if a in bal and bal[a] == min(bal.values())) for a in range(m)]


# ---------------------------------------------------------------------------------------------------------------
# Approval and score modes
# ---------------------------------------------------------------------------------------------------------------


def ref_approvals(case: Case, rows: list[int]) -> tuple[list[int], list[int]]:
    """Approvals of each candidate and the number of counted experts eligible to vote on it."""
    counts = [sum(1 for i in rows if case.has_vote(i, j)) for j in range(case.m)]
    if case.eligible is None:
        electorate = [len(rows)] * case.m
    else:
        electorate = [sum(1 for i in rows if case.eligible[i][j]) for j in range(case.m)]
    return counts, electorate


def ref_mean(scores: list[Fraction]) -> Fraction:
    return sum(scores, Fraction(0)) / len(scores) if scores else Fraction(0)


def ref_median(scores: list[Fraction]) -> Fraction:
    """The middle score; for an even count the mean of the two middle ones."""
    s = sorted(scores)
    k = len(s)
    if k == 0:
        return Fraction(0)
    if k % 2 == 1:
        return s[k // 2]
    return (s[k // 2 - 1] + s[k // 2]) / 2


def ref_trimmed_mean(scores: list[Fraction]) -> Fraction:
    """Drop one highest and one lowest score when at least 5 scores exist, then take the mean."""
    s = sorted(scores)
    if len(s) >= 5:
        s = s[1:-1]
    return ref_mean(s)


SCORE_FUNCTIONS = {"mean": ref_mean, "median": ref_median, "trimmed_mean": ref_trimmed_mean}


def ref_scores(case: Case, rows: list[int]) -> list[list[Fraction]]:
    """Each candidate's scores as exact fractions, from the counted experts who scored it and are not recused."""
    return [[Fraction(case.cells[i][j], case.unit) for i in rows if case.has_vote(i, j)] for j in range(case.m)]


# ---------------------------------------------------------------------------------------------------------------
# Order, cut line and tie-break chain
# ---------------------------------------------------------------------------------------------------------------


def groups_by_value(indices: list[int], values: dict[int, object], descending: bool = True) -> list[list[int]]:
    """Tie groups of equal values, best first; members in ascending index order."""
    distinct = sorted({values[i] for i in indices}, reverse=descending)  # type: ignore[type-var]
    return [sorted(i for i in indices if values[i] == v) for v in distinct]


def competition_ranks(groups: list[list[int]]) -> dict[int, int]:
    """1 + the number of candidates in the groups strictly ahead (1, 2, 2, 4 …)."""
    out = {}
    ahead = 0
    for g in groups:
        for i in g:
            out[i] = ahead + 1
        ahead += len(g)
    return out


def lot_hash(fingerprint: str, seed: str, code: str) -> str:
    """SPEC §3: hex SHA-256 of the UTF-8 text ``fingerprint:seed:code``; tied candidates ascend by it."""
    return hashlib.sha256(f"{fingerprint}:{seed}:{code}".encode()).hexdigest()


@dataclass
class RefStep:
    rule: str
    among: set[str]
    values: dict[str, object]
    order: list[set[str]]


@dataclass
class RefResult:
    values: dict[int, Fraction]
    """The method's score of each candidate (as the engine reports it)."""
    groups: list[list[int]]
    """The method's tie groups, best first."""
    rank: dict[int, int]
    final: list[list[int]]
    place: dict[int, int]
    status: dict[int, str]
    top: set[int]
    open: set[int]
    open_seats: int
    waiting_for: str
    steps: list[RefStep]
    ties: list[tuple[set[str], int, int, bool, bool]]
    """Every method tie group of two or more: (among, first, last, matters, settled); settled here means that no
    part of it that matters is left tied (for a tie below the line that is vacuously true)."""
    ballots: dict[str, int]
    n_ab: list[list[int]] | None = None


def ref_tally(case: Case, rules: Rules, fingerprint: str = "", seed: str | None = None) -> RefResult:
    """The whole tally of SPEC §3 by brute force."""
    m = case.m
    rows = counted_rows(case, rules)
    everyone = list(range(m))
    n_ab = None
    ballots = [case.ballot(i) for i in rows]

    def first_choices() -> list[int]:
        if case.mode is Mode.SCORE:
            top = rules.scale[1]
            return [
                sum(1 for i in rows if case.has_vote(i, j) and Fraction(case.cells[i][j], case.unit) == top)
                for j in everyone
            ]
        return ref_first_places(ballots, m)

    method = rules.method
    if case.mode is Mode.RANKING:
        n_ab = ref_pairwise(ballots, m)
        if method == "borda":
            values = {a: Fraction(v) for a, v in enumerate(ref_borda(ballots, m))}
            groups = groups_by_value(everyone, values)
        elif method == "copeland":
            values = ref_copeland(n_ab)
            groups = groups_by_value(everyone, values)
        else:
            p = ref_schulze_p(ref_schulze_d(n_ab))
            groups = ref_schulze_groups(p)
            # The engine shows a Schulze candidate's score as how many candidates it beats.
            values = {a: Fraction(sum(1 for b in everyone if p[a][b] > p[b][a])) for a in everyone}
    elif case.mode is Mode.APPROVAL:
        counts, electorate = ref_approvals(case, rows)
        if case.eligible is None:
            values = {j: Fraction(counts[j]) for j in everyone}
        else:
            values = {j: Fraction(counts[j], electorate[j]) if electorate[j] else Fraction(0) for j in everyone}
        groups = groups_by_value(everyone, values)
    else:
        scores = ref_scores(case, rows)
        values = {j: SCORE_FUNCTIONS[method](scores[j]) for j in everyone}
        groups = groups_by_value(everyone, values)

    seats = rules.seats

    def matters(start: int, size: int) -> bool:
        crosses = start < seats < start + size
        inside = rules.ordered_top and size > 1 and start + size <= seats
        return crosses or inside

    steps: list[RefStep] = []
    waiting: dict[frozenset[int], str] = {}
    chain = list(rules.chain)

    def rule_values(rule: str, group: list[int]) -> dict[int, object]:
        if rule == "pairwise":
            assert n_ab is not None
            return dict(ref_copeland(n_ab, group))
        if rule == "first_choices":
            fc = first_choices()
            return {i: fc[i] for i in group}
        if rule == "borda":
            bo = ref_borda(ballots, m)
            return {i: bo[i] for i in group}
        if rule in ("mean", "median"):
            sc = ref_scores(case, rows)
            return {i: SCORE_FUNCTIONS[rule](sc[i]) for i in group}
        assert rule == "lot" and seed is not None
        return {i: lot_hash(fingerprint, seed, case.codes[i]) for i in group}

    def refine(group: list[int], start: int, step: int) -> list[list[int]]:
        if len(group) < 2 or not matters(start, len(group)):
            return [group]
        if step == len(chain):
            waiting[frozenset(group)] = ""
            return [group]
        rule = chain[step]
        if rule in ("runoff", "chair") or (rule == "lot" and seed is None):
            waiting[frozenset(group)] = rule
            return [group]
        vals = rule_values(rule, group)
        order = groups_by_value(group, vals, descending=rule != "lot")
        steps.append(
            RefStep(
                rule=rule,
                among={case.codes[i] for i in group},
                values={case.codes[i]: vals[i] for i in group},
                order=[{case.codes[i] for i in g} for g in order],
            )
        )
        out: list[list[int]] = []
        offset = start
        for sub in order:
            out.extend(refine(sub, offset, step + 1))
            offset += len(sub)
        return out

    final: list[list[int]] = []
    ties = []
    start = 0
    for g in groups:
        refined = refine(g, start, 0)
        if len(g) > 1:
            offsets = []
            o = start
            for sub in refined:
                offsets.append(o)
                o += len(sub)
            settled = not any(len(sub) > 1 and matters(o, len(sub)) for o, sub in zip(offsets, refined, strict=True))
            ties.append(({case.codes[i] for i in g}, start + 1, start + len(g), matters(start, len(g)), settled))
        final.extend(refined)
        start += len(g)

    place: dict[int, int] = {}
    status: dict[int, str] = {}
    top: set[int] = set()
    open_group: list[int] = []
    start = 0
    for g in final:
        for i in g:
            place[i] = start + 1
        if start + len(g) <= seats:
            top.update(g)
            status.update({i: "seat" for i in g})
        elif start < seats:
            open_group = g
            status.update({i: "open" for i in g})
        else:
            status.update({i: "out" for i in g})
        start += len(g)

    return RefResult(
        values=values,
        groups=groups,
        rank=competition_ranks(groups),
        final=final,
        place=place,
        status=status,
        top=top,
        open=set(open_group),
        open_seats=seats - len(top) if open_group else 0,
        waiting_for=waiting.get(frozenset(open_group), "") if open_group else "",
        steps=steps,
        ties=ties,
        ballots=ballot_summary(case, rules),
        n_ab=n_ab,
    )


# ---------------------------------------------------------------------------------------------------------------
# Hypothesis strategies
# ---------------------------------------------------------------------------------------------------------------


def codes_for(m: int) -> list[str]:
    return [f"C{j + 1:02d}" for j in range(m)]


@st.composite
def ranking_rows(draw: st.DrawFn, m: int, style: str) -> list[int]:
    """One ranking ballot: a complete strict order, a truncated strict order, or free rank numbers (ties, gaps)."""
    if style == "strict":
        return list(draw(st.permutations(range(1, m + 1))))
    if style == "truncated":
        order = draw(st.permutations(range(1, m + 1)))
        k = draw(st.integers(0, m))
        return [r if r <= k else 0 for r in order]
    if style == "huge":  # rank numbers around the engine's narrow-integer switch and far beyond
        numbers = st.sampled_from([0, 1, 2, 7, 65534, 65535, 65536, 2**31, 10**15])
        return draw(st.lists(numbers, min_size=m, max_size=m))
    # Free rank numbers: 0 = unranked, equal numbers tie, gaps are ignored.
    return draw(st.lists(st.integers(0, min(m, 4) if style == "ties" else 2 * m), min_size=m, max_size=m))


@st.composite
def ranking_cases(
    draw: st.DrawFn,
    min_n: int = 1,
    max_n: int = 40,
    min_m: int = 2,
    max_m: int = 8,
    styles: tuple[str, ...] = ("strict", "truncated", "ties", "free", "huge"),
    recusals: bool = False,
) -> Case:
    """Ranking profiles; half the time built from a few repeated ballot types, which makes ties common. With
    ``recusals`` some experts are recused from some candidates (their cells there are cleared, as collecting
    refuses a vote for a recused candidate, or left as written: the count must ignore them either way)."""
    m = draw(st.integers(min_m, max_m))
    n = draw(st.integers(min_n, max_n))
    style = draw(st.sampled_from(styles))
    if draw(st.booleans()):
        types = draw(st.lists(ranking_rows(m, style), min_size=1, max_size=4))
        picks = draw(st.lists(st.integers(0, len(types) - 1), min_size=n, max_size=n))
        cells = [list(types[k]) for k in picks]
    else:
        cells = [draw(ranking_rows(m, style)) for _ in range(n)]
    eligible = draw(eligibility(n, m)) if recusals else None
    if eligible is not None and draw(st.booleans()):
        cells = [
            [cell if ok else 0 for cell, ok in zip(row, oks, strict=True)]
            for row, oks in zip(cells, eligible, strict=True)
        ]
    return Case(Mode.RANKING, codes_for(m), cells, eligible=eligible)


@st.composite
def eligibility(draw: st.DrawFn, n: int, m: int) -> list[list[bool]] | None:
    """No recusals, or a few: each cell recused with probability about 1/6."""
    if not draw(st.booleans()):
        return None
    flat = draw(st.lists(st.integers(0, 5).map(bool), min_size=n * m, max_size=n * m))
    return [flat[i * m : (i + 1) * m] for i in range(n)]


@st.composite
def approval_cases(
    draw: st.DrawFn, min_n: int = 1, max_n: int = 40, min_m: int = 2, max_m: int = 8, recusals: bool = False
) -> Case:
    m = draw(st.integers(min_m, max_m))
    n = draw(st.integers(min_n, max_n))
    row = st.lists(st.integers(0, 1), min_size=m, max_size=m)
    if draw(st.booleans()):
        types = draw(st.lists(row, min_size=1, max_size=4))
        picks = draw(st.lists(st.integers(0, len(types) - 1), min_size=n, max_size=n))
        cells = [list(types[k]) for k in picks]
    else:
        cells = draw(st.lists(row, min_size=n, max_size=n))
    eligible = draw(eligibility(n, m)) if recusals else None
    return Case(Mode.APPROVAL, codes_for(m), cells, eligible=eligible)


@st.composite
def score_cases(
    draw: st.DrawFn, min_n: int = 1, max_n: int = 40, min_m: int = 2, max_m: int = 8, recusals: bool = True
) -> Case:
    """Scores on the 0–10 scale in whole (unit 1) or half points (unit 2); a few cells left unscored."""
    m = draw(st.integers(min_m, max_m))
    n = draw(st.integers(min_n, max_n))
    unit = draw(st.sampled_from([1, 2]))
    top = draw(st.sampled_from([3, 10 * unit]))  # a narrow range of values makes exact ties common
    cells = [draw(st.lists(st.integers(0, top), min_size=m, max_size=m)) for _ in range(n)]
    flat = draw(st.lists(st.integers(0, 7).map(bool), min_size=n * m, max_size=n * m))
    scored = [flat[i * m : (i + 1) * m] for i in range(n)]
    eligible = draw(eligibility(n, m)) if recusals else None
    return Case(Mode.SCORE, codes_for(m), cells, eligible=eligible, scored=scored, unit=unit)


@st.composite
def chains(draw: st.DrawFn, mode: Mode) -> tuple[str, ...]:
    """A tie-break chain of the mode: distinct rules, a lot draw only last."""
    rules = {
        Mode.RANKING: ["pairwise", "first_choices", "borda", "runoff", "chair"],
        Mode.APPROVAL: ["runoff", "chair"],
        Mode.SCORE: ["first_choices", "mean", "median", "runoff", "chair"],
    }[mode]
    chosen = draw(st.lists(st.sampled_from(rules), unique=True, max_size=3))
    if draw(st.booleans()):
        chosen.append("lot")
    return tuple(chosen)


@st.composite
def rules_for(draw: st.DrawFn, case: Case, limits: bool = False) -> Rules:
    """Rules fitting the case: any method of its mode, any seats up to m + 1, any chain; optional ballot limits."""
    methods = {
        Mode.RANKING: ["schulze", "borda", "copeland"],
        Mode.APPROVAL: ["approval"],
        Mode.SCORE: ["mean", "median", "trimmed_mean"],
    }[case.mode]
    limit = draw(st.one_of(st.none(), st.integers(1, case.m))) if limits else None
    return Rules(
        mode=case.mode,
        method=draw(st.sampled_from(methods)),
        seats=draw(st.integers(1, case.m + 1)),
        max_picks=limit if case.mode is Mode.APPROVAL else None,
        max_ranks=limit if case.mode is Mode.RANKING else None,
        tie_break=draw(st.one_of(st.none(), chains(case.mode))),
        ordered_top=draw(st.booleans()),
    )
