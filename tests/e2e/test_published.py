"""The tally command against published elections it has never seen: it must agree on every published figure.

Each election is a ballot matrix in tests/data/published/ (one row per voter, the published ballot groups expanded)
with a JSON file of the figures its source publishes; tests/data/published/README.md names the sources. The real
console script runs as a subprocess with --json, and every published figure is checked: pairwise counts N[a][b]
(the `pairwise` object is {a: {b: N[a][b]}}), scores, ranks, order, winner, and the top k with --seats k.

Every figure below is recomputed by hand from the ballots (SPEC §3 conventions):

1. Wikipedia, "Schulze method", section "Example": 45 voters, candidates A-E.
   Ballot groups: 5 ACBED, 5 ADECB, 8 BEDAC, 3 CABED, 7 CAEBD, 2 CBADE, 7 DCEBA, 8 EBADC (5+5+8+3+7+2+7+8 = 45).
   Published pairwise table d[X,Y] = voters preferring X to Y (= SPEC's N[X][Y]), each pair by group:
     AB: A>B 5+5+3+7 = 20 (ACBED ADECB CABED CAEBD); B>A 8+2+7+8 = 25
     AC: A>C 5+5+8+8 = 26 (ACBED ADECB BEDAC EBADC); C>A 3+7+2+7 = 19
     AD: A>D 5+5+3+7+2+8 = 30 (ACBED ADECB CABED CAEBD CBADE EBADC); D>A 8+7 = 15
     AE: A>E 5+5+3+7+2 = 22 (ACBED ADECB CABED CAEBD CBADE); E>A 8+7+8 = 23
     BC: B>C 8+8 = 16 (BEDAC EBADC); C>B 5+5+3+7+2+7 = 29
     BD: B>D 5+8+3+7+2+8 = 33 (ACBED BEDAC CABED CAEBD CBADE EBADC); D>B 5+7 = 12
     BE: B>E 5+8+3+2 = 18 (ACBED BEDAC CABED CBADE); E>B 5+7+7+8 = 27
     CD: C>D 5+3+7+2 = 17 (ACBED CABED CAEBD CBADE); D>C 5+8+7+8 = 28
     CE: C>E 5+3+7+2+7 = 24 (ACBED CABED CAEBD CBADE DCEBA); E>C 5+8+8 = 21
     DE: D>E 5+2+7 = 14 (ADECB CBADE DCEBA); E>D 5+8+3+7+8 = 31
   Winning links: A>C 26, A>D 30, B>A 25, B>D 33, C>B 29, C>E 24, D>C 28, E>A 23, E>B 27, E>D 31.
   Published strongest paths p[X,Y] (weakest link of the widest path):
     from A: to B A-30-D-28-C-29-B = 28; to C A-30-D-28-C = 28; to D 30; to E A-30-D-28-C-24-E = 24
     from B: to A 25; to C B-33-D-28-C = 28; to D 33; to E B-33-D-28-C-24-E = 24
     from C: to A C-29-B-25-A = 25; to B 29; to D C-29-B-33-D = 29; to E 24
     from D: to A D-28-C-29-B-25-A = 25; to B D-28-C-29-B = 28; to C 28; to E D-28-C-24-E = 24
     from E: to A E-31-D-28-C-29-B-25-A = 25; to B E-31-D-28-C-29-B = 28; to C E-31-D-28-C = 28; to D 31
   Hence E beats A (25 > 24), B, C, D (28, 28, 31 > 24); A beats B (28 > 25), C (28 > 25), D (30 > 25);
   C beats B (29 > 28), D (29 > 28); B beats D (33 > 28). Published ranking E > A > C > B > D, winner E;
   so the top k is E; E, A; E, A, C.

2. The Tennessee capital (Wikipedia, "Borda count", section "Example"; Wikipedia, "Condorcet method", section
   "Example: voting on the location of Tennessee's capital"). Shares in percent, one voter per percent (100 voters):
   42 MEM>NAS>CHA>KNO, 26 NAS>CHA>KNO>MEM, 15 CHA>KNO>NAS>MEM, 17 KNO>CHA>NAS>MEM.
   Published Borda (n - i points for i-th place of n = 4, i.e. 3/2/1/0, which is SPEC's "candidates ranked below"):
     NAS 26*3 + 42*2 + (15+17)*1 = 78 + 84 + 32 = 194
     CHA 15*3 + (26+17)*2 + 42*1 = 45 + 86 + 42 = 173
     MEM 42*3                      = 126
     KNO 17*3 + 15*2 + 26*1        = 51 + 30 + 26 = 107      (total 600 = 100 ballots * 6 points)
   Borda order NAS, CHA, MEM, KNO; the top 2 is NAS, CHA; the winner NAS.
   Published pairwise contests (percent = voters):
     MEM vs NAS 42:58 (only the 42 Memphis voters put MEM first, everyone else has MEM last), same for MEM vs CHA
     and MEM vs KNO: 42:58 each.
     NAS vs CHA 68:32 (42 + 26 put NAS above CHA; 15 + 17 put CHA above NAS).
     NAS vs KNO 68:32 (42 + 26 vs 15 + 17).
     CHA vs KNO 83:17 (42 + 26 + 15 vs 17).
   Published winners: NAS wins 3 contests, CHA 2 (MEM, KNO), KNO 1 (MEM), MEM 0; no ties, so the Copeland scores
   (wins + 1/2 ties) are NAS 3, CHA 2, KNO 1, MEM 0, and the published ranking is NAS 1st, CHA 2nd, KNO 3rd, MEM 4th.
   The majority relation is transitive (NAS > CHA > KNO > MEM, every pair won in that direction), so Schulze's
   order is the same: every strongest path follows a direct win and no reverse path exists.

3. The Condorcet paradox (Wikipedia, "Condorcet paradox", opening example): 3 voters A>B>C, B>C>A, C>A>B.
     A over B: voters 1 and 3 = 2, B over A: voter 2 = 1; B over C: voters 1, 2 = 2 : 1; C over A: voters 2, 3 = 2 : 1.
   A cycle: no Condorcet winner. Each candidate wins one contest and loses one: Copeland 1 each, one three-way tie
   (Wikipedia, "Copeland's method": in a three-candidate cycle each has one loss and the three stay tied). Schulze:
   every link is 2, every strongest path 2, nobody beats anybody: one tie group of all three. With one seat the tie
   crosses the cut line; head-to-head within the group is again 1 each, and each candidate has one first place
   (1 each), so no rule of the default chain (pairwise, first_choices) settles it: the seat stays open.

Not included (the figures could not be verified here): Condorcet's own 1785 60-voter example and a published
approval-count example.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "published"
SCRIPT = Path(sys.executable).parent / "top10-panel"


def _command() -> list[str]:
    """The installed console script; the module as a fallback where the venv has no script."""
    return [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "top10_panel.cli"]


@cache
def run(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`top10-panel tally DATA/name.csv --mode ranking ARGS...` (each distinct command runs once per session)."""
    command = [*_command(), "tally", str(DATA / f"{name}.csv"), "--mode", "ranking", *args]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=60, check=False)


def tally(name: str, *args: str) -> dict[str, Any]:
    done = run(name, *args, "--json")
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr}"
    assert done.stderr == ""
    return json.loads(done.stdout)


@cache
def published(name: str) -> dict[str, Any]:
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


def order(result: dict[str, Any]) -> list[str]:
    return [row["code"] for row in result["ranking"]]


def by_code(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {row["code"]: row for row in result["ranking"]}


def competition_ranks(values: dict[str, int | float]) -> dict[str, int]:
    """1 + the number of candidates with a strictly higher value (SPEC §3: 1, 2, 2, 4 ...)."""
    return {c: 1 + sum(1 for v in values.values() if v > values[c]) for c in values}


def expand(groups: list[list[Any]]) -> list[list[str]]:
    return [list(ballot) for count, ballot in groups for _ in range(count)]


# --- The data files hold the published ballots, and the published figures fit those ballots -------------------------


@pytest.mark.parametrize("name", ["schulze_wikipedia", "tennessee_capital", "condorcet_paradox"])
def test_matrix_is_the_published_ballots_one_row_per_voter(name: str) -> None:
    fig = published(name)
    with (DATA / f"{name}.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    assert header == ["expert", *fig["candidates"]]
    if body and body[0][0] == "title":
        assert body[0][1:] == [fig["titles"][c] for c in fig["candidates"]]
        body = body[1:]
    assert len(body) == fig["voters"]
    assert [row[0] for row in body] == [f"V{n:03d}" for n in range(1, fig["voters"] + 1)]
    codes = fig["candidates"]
    ballots = [sorted(codes, key=lambda c, row=row: int(row[1 + codes.index(c)])) for row in body]
    assert ballots == expand(fig["ballot_groups"])


@pytest.mark.parametrize("name", ["schulze_wikipedia", "tennessee_capital", "condorcet_paradox"])
def test_published_pairwise_table_fits_the_ballots(name: str) -> None:
    """A check of the data, not of the engine: the published table is recounted here from the ballot groups."""
    fig = published(name)
    ballots = expand(fig["ballot_groups"])
    for a, row in fig["pairwise"].items():
        for b, n_ab in row.items():
            assert n_ab == sum(1 for ballot in ballots if ballot.index(a) < ballot.index(b)), (a, b)


def test_published_strongest_paths_fit_the_published_pairwise_table() -> None:
    """The published p table is the widest-path closure of the published d table under winning votes."""
    fig = published("schulze_wikipedia")
    codes, d = fig["candidates"], fig["pairwise"]
    p = {a: {b: d[a][b] if d[a][b] > d[b][a] else 0 for b in codes if b != a} for a in codes}
    for k in codes:
        for a in codes:
            for b in codes:
                if len({a, b, k}) == 3:
                    p[a][b] = max(p[a][b], min(p[a][k], p[k][b]))
    assert p == fig["strongest_paths"]


def test_published_borda_points_fit_the_published_positions() -> None:
    fig = published("tennessee_capital")
    ballots = expand(fig["ballot_groups"])
    for code, positions in fig["positions"].items():
        assert positions == [sum(1 for ballot in ballots if ballot.index(code) == i) for i in range(4)]
        assert fig["borda"][code] == sum(n * (3 - i) for i, n in enumerate(positions))


# --- Wikipedia "Schulze method", section "Example" --------------------------------------------------------------------


def test_schulze_example_pairwise_counts_are_the_published_table() -> None:
    result = tally("schulze_wikipedia", "--method", "schulze", "--seats", "2")
    assert result["pairwise"] == published("schulze_wikipedia")["pairwise"]
    assert result["ballots"] == {"valid": 45, "abstain": 0, "invalid": 0, "returned": 45}


def test_schulze_example_ranking_is_e_a_c_b_d() -> None:
    result = tally("schulze_wikipedia", "--method", "schulze", "--seats", "2")
    assert result["mode"] == "ranking" and result["method"] == "schulze"
    assert order(result) == published("schulze_wikipedia")["schulze"]["order"] == ["E", "A", "C", "B", "D"]
    assert [row["rank"] for row in result["ranking"]] == [1, 2, 3, 4, 5]
    assert result["final_order"] == [["E"], ["A"], ["C"], ["B"], ["D"]]
    assert result["ties"] == [] and result["tie_breaks"] == []


def test_schulze_example_order_follows_the_published_strongest_paths() -> None:
    """x is ahead of y exactly when the published p[x][y] > p[y][x]."""
    p = published("schulze_wikipedia")["strongest_paths"]
    ranked = order(tally("schulze_wikipedia", "--method", "schulze", "--seats", "2"))
    for i, x in enumerate(ranked):
        for y in ranked[i + 1 :]:
            assert p[x][y] > p[y][x], (x, y)


@pytest.mark.parametrize(("seats", "top"), [(1, ["E"]), (2, ["E", "A"]), (3, ["E", "A", "C"])])
def test_schulze_example_top_k(seats: int, top: list[str]) -> None:
    result = tally("schulze_wikipedia", "--method", "schulze", "--seats", str(seats))
    assert result["seats"] == seats
    assert result["top"] == top
    assert result["open"] == []
    status = {code: row["status"] for code, row in by_code(result).items()}
    assert [c for c, s in status.items() if s == "seat"] == top
    assert top[0] == published("schulze_wikipedia")["schulze"]["winner"]


# --- The Tennessee capital: Wikipedia "Borda count" and "Condorcet method" -------------------------------------------

TENNESSEE_METHODS = ["borda", "copeland", "schulze"]


@pytest.mark.parametrize("method", TENNESSEE_METHODS)
def test_tennessee_pairwise_majorities_are_the_published_ones(method: str) -> None:
    fig = published("tennessee_capital")
    result = tally("tennessee_capital", "--method", method, "--seats", "1")
    assert result["pairwise"] == fig["pairwise"]
    n = result["pairwise"]
    assert (n["NAS"]["MEM"], n["MEM"]["NAS"]) == (58, 42)
    for pair, winner in fig["pairwise_winners"].items():
        a, b = pair.split("-")
        loser = b if winner == a else a
        assert n[winner][loser] > n[loser][winner], pair
    assert result["ballots"] == {"valid": 100, "abstain": 0, "invalid": 0, "returned": 100}


def test_tennessee_borda_points_are_the_published_ones() -> None:
    fig = published("tennessee_capital")
    result = tally("tennessee_capital", "--method", "borda", "--seats", "2")
    rows = by_code(result)
    assert {code: row["score"] for code, row in rows.items()} == fig["borda"]
    assert {code: row["rank"] for code, row in rows.items()} == competition_ranks(fig["borda"])
    assert order(result) == fig["borda_order"] == ["NAS", "CHA", "MEM", "KNO"]
    assert {code: row["title"] for code, row in rows.items()} == fig["titles"]
    assert result["top"] == ["NAS", "CHA"] and result["open"] == []


def test_tennessee_borda_winner_is_nashville() -> None:
    result = tally("tennessee_capital", "--method", "borda", "--seats", "1")
    assert result["top"] == ["NAS"] and result["open"] == []
    assert by_code(result)["NAS"]["score"] == 194


def test_tennessee_copeland_scores_count_the_published_pairwise_wins() -> None:
    fig = published("tennessee_capital")
    wins = {code: sum(1 for winner in fig["pairwise_winners"].values() if winner == code) for code in fig["candidates"]}
    assert wins == {"NAS": 3, "CHA": 2, "KNO": 1, "MEM": 0}
    result = tally("tennessee_capital", "--method", "copeland", "--seats", "1")
    assert {code: row["score"] for code, row in by_code(result).items()} == wins
    assert [row["rank"] for row in result["ranking"]] == [1, 2, 3, 4]
    assert order(result) == fig["condorcet_ranking"]
    assert result["top"] == [fig["condorcet_winner"]] == ["NAS"]


def test_tennessee_schulze_order_is_the_published_condorcet_ranking() -> None:
    fig = published("tennessee_capital")
    result = tally("tennessee_capital", "--method", "schulze", "--seats", "1")
    assert order(result) == fig["condorcet_ranking"] == ["NAS", "CHA", "KNO", "MEM"]
    assert [row["rank"] for row in result["ranking"]] == [1, 2, 3, 4]
    assert result["top"] == ["NAS"] and result["open"] == []


def test_tennessee_text_output_lists_every_city_and_draws_the_cut_line_after_two_seats() -> None:
    done = run("tennessee_capital", "--method", "borda", "--seats", "2")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    fig = published("tennessee_capital")
    rows = {}
    for code in fig["candidates"]:
        found = [i for i, line in enumerate(lines) if f" {code} " in line and fig["titles"][code] in line]
        assert len(found) == 1, code
        rows[code] = found[0]
        assert str(fig["borda"][code]) in lines[found[0]]
    cut = [i for i, line in enumerate(lines) if "cut line" in line]
    assert len(cut) == 1
    assert rows["NAS"] < rows["CHA"] < cut[0] < rows["MEM"] < rows["KNO"]
    assert "2 seats" in lines[cut[0]]


# --- Wikipedia "Condorcet paradox" -----------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["copeland", "schulze"])
def test_paradox_pairwise_is_two_to_one_around_the_cycle(method: str) -> None:
    result = tally("condorcet_paradox", "--method", method, "--seats", "1", "--tie-break", "pairwise")
    assert result["pairwise"] == published("condorcet_paradox")["pairwise"]
    assert result["ballots"] == {"valid": 3, "abstain": 0, "invalid": 0, "returned": 3}


def test_paradox_copeland_gives_each_one_point_and_no_winner() -> None:
    result = tally("condorcet_paradox", "--method", "copeland", "--seats", "1", "--tie-break", "pairwise")
    rows = by_code(result)
    assert {code: row["score"] for code, row in rows.items()} == published("condorcet_paradox")["copeland"]
    assert {row["rank"] for row in result["ranking"]} == {1}
    assert result["top"] == []
    assert sorted(result["open"]) == ["A", "B", "C"]


def test_paradox_schulze_ties_all_three_and_no_winner() -> None:
    result = tally("condorcet_paradox", "--method", "schulze", "--seats", "1", "--tie-break", "pairwise")
    assert {row["rank"] for row in result["ranking"]} == {1}
    assert [sorted(group) for group in result["final_order"]] == [["A", "B", "C"]]
    assert result["top"] == []
    assert sorted(result["open"]) == ["A", "B", "C"]
    assert result["open_seats"] == 1


def test_paradox_default_chain_leaves_the_seat_open() -> None:
    """Default chain pairwise, first_choices: Copeland within the group 1 each, first places 1 each: still open."""
    result = tally("condorcet_paradox", "--method", "copeland", "--seats", "1")
    assert result["top"] == []
    assert sorted(result["open"]) == ["A", "B", "C"]
    steps = {step["rule"]: step["values"] for step in result["tie_breaks"]}
    assert steps == {"pairwise": {"A": 1, "B": 1, "C": 1}, "first_choices": {"A": 1, "B": 1, "C": 1}}


def test_paradox_text_output_shows_the_open_tie_at_the_cut_line() -> None:
    done = run("condorcet_paradox", "--method", "schulze", "--seats", "1", "--tie-break", "pairwise")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    rows = [i for code in "ABC" for i, line in enumerate(lines) if line.split()[2:3] == [code]]
    assert len(rows) == 3
    cut = [i for i, line in enumerate(lines) if "cut line" in line]
    assert len(cut) == 1 and max(rows) < cut[0]
    assert "OPEN TIE" in done.stdout and "A, B, C" in done.stdout
