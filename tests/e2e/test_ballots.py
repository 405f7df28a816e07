"""Ballot packages and signed ballot files end to end (SPEC §2 steps 2–4, §3 rules fixed before voting, §5.2–5.3,
§6, §7 issue/vote/collect/tally): every altered or forged file refused and kept on record, no genuine one refused,
the register's counts adding up, and the expert's side refusing what the rules do not allow."""

from __future__ import annotations

import hashlib
import json
import random
import re
import secrets
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.samples import reject_suggested
from top10_panel.cli import main
from top10_panel.domain.errors import InputError
from top10_panel.domain.rules import Mode, Rules
from top10_panel.exchange.ballot_files import Ballot, ballot_bytes, read_ballot, read_package, sign, tracker
from top10_panel.services.ballots import issue, vote
from top10_panel.services.inbox import collect_ballot_files, unreadable
from top10_panel.services.selection import import_candidates, import_experts, new_selection, tally_selection
from top10_panel.store import repository

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
SCRIPT = Path(sys.executable).parent / "top10-panel"

REFUSED = re.compile(
    "|".join(
        (
            r"altered after it was signed",
            r"not a readable ballot file \(damaged or cut short\)",
            r"ballot file is incomplete or damaged",
            r"this is not a ballot file",
            r"ballot file is of format version",
            r"a ballot for another selection",
            r"who is not an expert of this selection",
        )
    )
)
"""The precise reasons a file that was not signed as it is may be refused with."""

GENUINE_VOTES: dict[str, dict[str, Any]] = {
    "专家01": {"approve": ["E01", "E02", "E03"]},
    "专家02": {"approve": ["S11"]},
    "专家03": {},
    "专家18": {"approve": ["E01", "S25"]},
    "专家24": {"approve": ["E10"]},
    "专家27": {"approve": ["E05", "E06"]},
}


# --- helpers -------------------------------------------------------------------------------------------------------


def run(*args: str | Path, ok: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(SCRIPT), *map(str, args)], capture_output=True, text=True, encoding="utf-8")
    if ok:
        assert done.returncode == 0, done.stderr
    return done


def make_selection(folder: Path, rules: Rules, title: str = "2020年度十大事件") -> tuple[Path, dict[str, Path], str]:
    """A selection over the demo candidates and experts, its packages issued: (file, packages by expert, fp)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "selection.t10"
    new_selection(path, title, rules, year=2020)
    import_candidates(path, DEMO / "candidates-2020.csv")
    import_experts(path, DEMO / "experts.csv")
    reject_suggested(path)
    issued = issue(path, folder / "packages")
    packages = {read_package(p).expert: p for p in issued.packages}
    return path, packages, issued.fingerprint


def copy(path: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target)
    return target


def register(path: Path) -> list[dict[str, Any]]:
    """The ballot register as stored, read with plain sqlite3."""
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        rows = connection.execute(
            "SELECT ballot.*, expert.name AS expert FROM ballot LEFT JOIN expert ON expert.id = ballot.expert_id "
            "ORDER BY ballot.id"
        ).fetchall()
    finally:
        connection.close()
    return [dict(row) for row in rows]


def statuses(path: Path) -> Counter[str]:
    return Counter(row["status"] for row in register(path))


def tally_json(path: Path) -> dict[str, Any]:
    return json.loads(run("tally", path, "--json").stdout)


def canonical_text(data: bytes) -> str | None:
    """The JSON content of a file in one spelling (None when it is not JSON, or repeats a key): two files with the
    same text say the same thing. Types are kept apart (true is not 1), unlike comparing parsed values."""

    def no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in pairs]
        if len(set(keys)) != len(keys):
            raise ValueError("a repeated key")
        return dict(pairs)

    try:
        value = json.loads(data.decode("utf-8"), object_pairs_hook=no_repeats)
    except (UnicodeDecodeError, ValueError):
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def dumps(data: dict[str, Any]) -> bytes:
    """A ballot file's layout (as ballot_bytes writes it) for edited content."""
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def byte_flips(genuine: list[bytes], count: int, rng: random.Random) -> list[bytes]:
    """``count`` distinct files, each a genuine one with one byte changed to another value."""
    out: dict[bytes, None] = {}
    while len(out) < count:
        data = bytearray(rng.choice(genuine))
        at = rng.randrange(len(data))
        data[at] = (data[at] + rng.randrange(1, 256)) % 256
        out[bytes(data)] = None
    return list(out)


def field_edits(raw: bytes, others: list[str]) -> list[tuple[str, bytes]]:
    """A genuine file with one field edited and its MAC kept, in the file's own layout."""
    data = json.loads(raw)
    approve = list(data["vote"].get("approve", []))
    edits: list[tuple[str, dict[str, Any]]] = [
        ("vote: a code changed", {"vote": {"approve": [*approve[:-1], "E09"] if approve else ["E09"]}}),
        ("vote: a code added", {"vote": {"approve": [*approve, "S12"]}}),
        ("vote: a code removed", {"vote": {"approve": approve[1:]}} if approve else {"vote": {"approve": ["E01"]}}),
        ("vote: made blank", {"vote": {} if approve else {"approve": ["E02"]}}),
        ("vote: made a ranking", {"vote": {"rank": {code: k for k, code in enumerate(approve or ["E01"], 1)}}}),
        ("vote: a key added", {"vote": {**data["vote"], "note": "x"}}),
        ("expert: another expert", {"expert": others[0]}),
        ("expert: another expert (2)", {"expert": others[1]}),
        ("expert: unknown", {"expert": "专家99"}),
        ("expert: empty", {"expert": ""}),
        ("revision: +1", {"revision": data["revision"] + 1}),
        ("revision: 99", {"revision": 99}),
        ("revision: 0", {"revision": 0}),
        ("revision: -1", {"revision": -1}),
        ("rules_version: 2", {"rules_version": 2}),
        ("rules_version: 0", {"rules_version": 0}),
        (
            "fingerprint: last digit",
            {"fingerprint": data["fingerprint"][:-1] + ("0" if data["fingerprint"][-1] != "0" else "1")},
        ),
        ("fingerprint: empty", {"fingerprint": ""}),
        ("time: earlier", {"time": "2020-12-01T08:00:00+00:00"}),
        ("time: later", {"time": "2099-01-01T00:00:00+00:00"}),
        ("a field added", {"note": "改过"}),
        ("a field added (null)", {"signature": None}),
        ("mac: empty", {"mac": ""}),
        ("mac: upper case", {"mac": data["mac"].upper()}),
        ("mac: zeros", {"mac": "0" * 64}),
        ("mac: cut", {"mac": data["mac"][:32]}),
        ("format: a package", {"format": "top10-panel ballot package"}),
        ("version: 2", {"version": 2}),
    ]
    out = [(label, dumps({**data, **change})) for label, change in edits]
    for key in data:  # each field removed in turn, the MAC among them
        out.append((f"{key} removed", dumps({k: v for k, v in data.items() if k != key})))
    out.append(("compact JSON, a code added", json.dumps({**data, "vote": {"approve": [*approve, "S13"]}}).encode()))
    out += [(f"cut at {k}", raw[:k]) for k in (0, 1, len(raw) // 2, len(raw) - 1)]
    out.append(("not UTF-8", raw.replace(b"\xe4", b"\xff", 1)))
    out.append(("a JSON list", b"[" + raw + b"]"))
    return out


# --- fixtures ------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def issued(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path], str]:
    """Approval, at most 3 picks, demo candidates and experts (专家18 recused from E10, 专家24 from S11)."""
    return make_selection(tmp_path_factory.mktemp("approval"), Rules(mode=Mode.APPROVAL, max_picks=3))


@pytest.fixture(scope="module")
def genuine(issued: tuple[Path, dict[str, Path], str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One genuine ballot file per expert of GENUINE_VOTES, cast through the expert's side."""
    _, packages, _ = issued
    folder = tmp_path_factory.mktemp("genuine")
    return {
        expert: vote(packages[expert], choice, folder / f"{expert}.t10vote").path
        for expert, choice in GENUINE_VOTES.items()
    }


@pytest.fixture
def selection(issued: tuple[Path, dict[str, Path], str], tmp_path: Path) -> Path:
    return copy(issued[0], tmp_path / "copy.t10")


# --- altered files ---------------------------------------------------------------------------------------------


def test_every_altered_ballot_file_is_refused_and_no_genuine_one(
    issued: tuple[Path, dict[str, Path], str], genuine: dict[str, Path], tmp_path: Path
) -> None:
    """Over 1,000 single-byte changes and every kind of field edit: each refused with a precise reason and kept with
    its bytes; a change that leaves the same JSON content (whitespace) is the same signed ballot and is accepted."""
    originals = {path.read_bytes(): expert for expert, path in genuine.items()}
    texts = {canonical_text(raw): raw for raw in originals}
    experts = sorted(GENUINE_VOTES)
    candidates: list[tuple[str, bytes]] = [
        (f"byte flip {k}", data) for k, data in enumerate(byte_flips(list(originals), 1_200, random.Random(2020)))
    ]
    for raw, expert in originals.items():
        others = [e for e in experts if e != expert]
        candidates += [(f"{expert}: {label}", data) for label, data in field_edits(raw, others)]

    altered: dict[str, tuple[str, bytes]] = {}
    equivalent: list[tuple[bytes, bytes]] = []  # (file, the genuine file it says the same as)
    seen: set[bytes] = set(originals)
    for label, data in candidates:
        if data in seen:
            continue
        seen.add(data)
        same_as = texts.get(canonical_text(data))
        if same_as is not None:
            equivalent.append((data, same_as))
        else:
            altered[f"altered-{len(altered):05d}.t10vote"] = (label, data)
    assert len(altered) > 1_000

    folder = tmp_path / "altered"
    folder.mkdir()
    for name, (_, data) in altered.items():
        (folder / name).write_bytes(data)
    path = copy(issued[0], tmp_path / "altered.t10")
    done = collect_ballot_files(path, sorted(folder.iterdir()))
    assert (done.accepted, done.late, done.superseded, done.unchanged) == (0, 0, 0, 0), done
    assert done.rejected == len(altered)

    rows = register(path)
    assert len(rows) == len(altered)
    vague = []
    for row in rows:
        label, data = altered[row["origin"]]
        assert row["status"] == "rejected", (label, row["reason"])
        # An empty file's fingerprint names the file where it lies: two empty files are two entries, never one.
        expected = hashlib.sha256(data).hexdigest() if data else unreadable(folder / row["origin"], "empty")
        assert row["raw"] == data and row["fingerprint"] == expected, label
        if not REFUSED.search(row["reason"]):
            vague.append((label, row["reason"]))
    assert not vague, f"refused without a precise reason: {vague[:10]}"
    print(f"\n{len(altered)} altered files refused:", dict(Counter(r["reason"].split(" (")[0][:60] for r in rows)))

    # The refusals block nothing: every genuine ballot is accepted afterwards, into the same selection ...
    done = collect_ballot_files(path, list(genuine.values()))
    assert (done.accepted, done.rejected) == (len(genuine), 0), done
    assert statuses(path) == {"rejected": len(altered), "accepted": len(genuine)}
    # ... and into a fresh one.
    fresh = copy(issued[0], tmp_path / "fresh.t10")
    assert collect_ballot_files(fresh, list(genuine.values())).accepted == len(genuine)

    # A byte change inside the JSON whitespace leaves the signed content as it was: the MAC covers the canonical
    # JSON, so it is the same ballot and is accepted, never refused as altered. Add CR LF line ends (a mail
    # client's doing), tabs and a compact layout, so that the case is always covered.
    random_equivalents = len(equivalent)
    for raw in originals:
        equivalent += [
            (raw.replace(b"\n", b"\r\n"), raw),
            (raw.replace(b"\n ", b"\n\t"), raw),
            (raw + b"\n", raw),
            (json.dumps(json.loads(raw), ensure_ascii=False).encode("utf-8"), raw),
        ]
    for k, (data, raw) in enumerate(equivalent):
        alone = copy(issued[0], tmp_path / "equivalent" / f"{k}.t10")
        file = tmp_path / "equivalent" / f"{originals[raw]}-{k}.t10vote"
        file.write_bytes(data)
        done = collect_ballot_files(alone, [file])
        assert done.accepted == 1, (data, register(alone)[0]["reason"])
        assert json.loads(register(alone)[0]["vote"]) == json.loads(raw)["vote"]
    print(f"{len(equivalent)} whitespace-only variants ({random_equivalents} of them random byte changes) accepted")


def test_a_whitespace_variant_of_a_ballot_on_record_is_not_refused_as_altered(
    selection: Path, genuine: dict[str, Path], tmp_path: Path
) -> None:
    raw = genuine["专家01"].read_bytes()
    assert collect_ballot_files(selection, [genuine["专家01"]]).accepted == 1
    variant = tmp_path / "专家01-crlf.t10vote"
    variant.write_bytes(raw.replace(b"\n", b"\r\n"))
    collect_ballot_files(selection, [variant])
    rows = register(selection)
    assert rows[0]["status"] == "accepted", "the ballot on record still counts"
    assert all("altered" not in row["reason"] for row in rows)


def test_a_whitespace_variant_of_a_ballot_on_record_counts_as_that_ballot(
    selection: Path, genuine: dict[str, Path], tmp_path: Path
) -> None:
    raw = genuine["专家01"].read_bytes()
    collect_ballot_files(selection, [genuine["专家01"]])
    variant = tmp_path / "专家01-crlf.t10vote"
    variant.write_bytes(raw.replace(b"\n", b"\r\n"))
    done = collect_ballot_files(selection, [variant])
    rows = register(selection)
    duplicate = done.unchanged == 1 or all(
        re.search(r"duplicate|same ballot|already on record", row["reason"]) for row in rows[1:]
    )
    assert duplicate, [(row["status"], row["reason"]) for row in rows]


def _retyped(raw: bytes, case: str) -> bytes:
    data = json.loads(raw)
    if case == "repeated key":  # a reader that keeps the first of two keys sees another vote
        body = dumps(data).decode("utf-8")
        return body.replace('{\n "format"', '{\n "vote": {"approve": ["S25"]},\n "format"', 1).encode("utf-8")
    key, value = {
        "revision as text": ("revision", "1"),
        "revision true": ("revision", True),
        "revision 1.9": ("revision", 1.9),
        "rules_version as text": ("rules_version", "1"),
        "vote as a list of pairs": ("vote", [[k, v] for k, v in data["vote"].items()]),
    }[case]
    return dumps({**data, key: value})


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case,
        )
        for case in (
            "revision as text",
            "revision true",
            "revision 1.9",
            "rules_version as text",
            "vote as a list of pairs",
            "repeated key",
        )
    ],
)
def test_a_field_edited_to_another_type_is_refused(
    selection: Path, genuine: dict[str, Path], tmp_path: Path, case: str
) -> None:
    raw = genuine["专家01"].read_bytes()
    edited = _retyped(raw, case)
    assert edited != raw and canonical_text(edited) != canonical_text(raw)
    file = tmp_path / "edited.t10vote"
    file.write_bytes(edited)
    done = collect_ballot_files(selection, [file])
    assert done.rejected == 1, register(selection)[0]
    assert REFUSED.search(register(selection)[0]["reason"])


# --- forged, replayed, unknown, stale --------------------------------------------------------------------------


def test_forged_replayed_and_unknown_ballots_are_refused_and_kept(
    issued: tuple[Path, dict[str, Path], str], selection: Path, tmp_path: Path
) -> None:
    _, packages, fp = issued
    folder = tmp_path / "in"
    folder.mkdir()

    def forged(expert: str, name: str, fingerprint: str = fp) -> Path:
        ballot = Ballot(fingerprint, 1, expert, 1, "2020-12-18T10:00:00+00:00", {"approve": ["E01", "E02"]})
        file = folder / name
        file.write_bytes(ballot_bytes(sign(ballot, secrets.token_hex(32))))
        return file

    # another selection: other rules (so another fingerprint), and a twin with the same rules and candidates
    _, other_packages, other_fp = make_selection(tmp_path / "b", Rules(mode=Mode.APPROVAL, max_picks=5))
    _, twin_packages, twin_fp = make_selection(tmp_path / "twin", Rules(mode=Mode.APPROVAL, max_picks=3), "另一评选")
    # The fingerprint covers the rules, the candidates and the selection's random nonce: a twin has its own.
    assert other_fp != fp and twin_fp != fp
    files = {
        "forged": forged("专家05", "forged.t10vote"),
        "unknown expert": forged("专家99", "unknown.t10vote"),
        "replayed": vote(other_packages["专家06"], {"approve": ["E03"]}, folder / "replayed.t10vote").path,
        "replayed from a twin": vote(twin_packages["专家07"], {"approve": ["E04"]}, folder / "twin.t10vote").path,
    }
    reasons = {
        "forged": r"altered after it was signed",
        "unknown expert": r"'专家99', who is not an expert of this selection",
        "replayed": r"a ballot for another selection",
        "replayed from a twin": r"a ballot for another selection",  # its nonce, not only its secrets, differ
    }
    done = collect_ballot_files(selection, sorted(files.values()))
    assert (done.accepted, done.rejected) == (0, 4), done
    rows = {row["origin"]: row for row in register(selection)}
    for what, file in files.items():
        row = rows[file.name]
        assert row["status"] == "rejected" and re.search(reasons[what], row["reason"]), (what, row["reason"])
        assert row["raw"] == file.read_bytes() and row["fingerprint"] == hashlib.sha256(row["raw"]).hexdigest()
    assert rows["forged.t10vote"]["expert"] == "专家05" and rows["unknown.t10vote"]["expert"] is None

    # The genuine ballot of 专家05 still counts; the refused ones are reported, never counted.
    assert (
        collect_ballot_files(
            selection, [vote(packages["专家05"], {"approve": ["E01"]}, tmp_path / "ok.t10vote").path]
        ).accepted
        == 1
    )
    tallied = tally_selection(selection)
    assert tallied.reconciliation["rejected"] == 4 and tallied.reconciliation["received"] == 5
    assert tallied.result.ballots["returned"] == 1


def test_ballots_of_replaced_rules_are_refused_as_stale(
    issued: tuple[Path, dict[str, Path], str], tmp_path: Path
) -> None:
    """Rules changed after issue are a new, logged version: ballots from the old packages are refused; the packages
    issued again are accepted (SPEC §3 'Rules fixed before voting')."""
    _, packages, fp = issued
    path = copy(issued[0], tmp_path / "s.t10")
    old = vote(packages["专家01"], {"approve": ["E01", "E02"]}, tmp_path / "old" / "专家01.t10vote")
    assert "rules version 2 (a new version)" in run("rules", path, "--seats", "9", "--reason", "x").stdout
    done = run("collect", path, old.path)
    assert "0 accepted, 1 rejected" in done.stdout
    (row,) = register(path)
    assert row["status"] == "rejected" and row["expert"] == "专家01" and row["raw"] == old.path.read_bytes()
    assert "rules version 1, replaced by version 2: a new package is needed" in row["reason"]

    reissued = run("issue", path, "--out", tmp_path / "new-packages").stdout
    assert "(rules version 2)" in reissued and fp not in reissued
    new = vote(tmp_path / "new-packages" / "专家01.t10pkg", {"approve": ["E01", "E02"]}, tmp_path / "new" / "a.t10vote")
    assert new.selection_fingerprint in reissued
    assert "1 accepted, 0 rejected" in run("collect", path, new.path).stdout
    assert "1 already on record" in run("collect", path, old.path).stdout
    assert [r["status"] for r in register(path)] == ["rejected", "accepted"]
    result = tally_json(path)
    assert result["seats"] == 9 and result["ballots"]["returned"] == 1
    assert result["reconciliation"]["rejected"] == 1 and result["reconciliation"]["received"] == 2


# --- a folder of every kind ------------------------------------------------------------------------------------


BEFORE_DEADLINE = datetime(2020, 12, 1, 8, 0)


def test_collecting_a_folder_adds_up_and_collecting_it_again_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Valid, blank, over-vote (signed by hand with the package's secret), duplicate, revisions 1 and 2, forged and
    late ballots in one folder: received = returned + superseded + late + rejected, returned = valid + invalid, the
    same in the register and in the tally; collecting the folder again changes no ballot and no result."""
    path = tmp_path / "s.t10"
    run(
        "new",
        path,
        "--title",
        "2020年度十大事件",
        "--mode",
        "approval",
        "--max-picks",
        "3",
        "--deadline",
        "2020-12-20T18:00",
    )
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    reject_suggested(path)
    run("issue", path, "--out", tmp_path / "packages")
    package = {p.stem: p for p in (tmp_path / "packages").iterdir()}
    folder = tmp_path / "ballots"
    on_time, late = folder / "on-time", folder / "late"

    for k, picks in enumerate((["E01"], ["E01", "E02"], ["E01", "E02", "E03"], ["S11", "S12"], ["E05"]), start=1):
        vote(package[f"专家{k:02d}"], {"approve": picks}, on_time / f"专家{k:02d}.t10vote")
    vote(package["专家06"], {}, on_time / "专家06.t10vote")  # blank: an abstention, returned and valid
    secret_of_07 = read_package(package["专家07"]).secret
    fp = read_package(package["专家07"]).fingerprint
    over = Ballot(fp, 1, "专家07", 1, "2020-12-10T09:00:00+00:00", {"approve": ["E01", "E02", "E03", "E04", "E05"]})
    (on_time / "专家07.t10vote").write_bytes(ballot_bytes(sign(over, secret_of_07)))  # over-vote: invalid, kept
    shutil.copyfile(on_time / "专家01.t10vote", on_time / "duplicate-of-01.t10vote")
    first = vote(package["专家08"], {"approve": ["E07"]}, on_time / "专家08-b.t10vote")
    shutil.copyfile(first.path, on_time / "专家08-a.t10vote")
    second = vote(package["专家08"], {"approve": ["E08"]}, on_time / "专家08-b.t10vote")
    assert (first.revision, second.revision) == (1, 2) and first.tracker == second.tracker
    forged = Ballot(fp, 1, "专家09", 1, "2020-12-10T09:00:00+00:00", {"approve": ["E01"]})
    (on_time / "专家09-forged.t10vote").write_bytes(ballot_bytes(sign(forged, secrets.token_hex(32))))
    for name in ("专家10", "专家11"):
        vote(package[name], {"approve": ["E09"]}, late / f"{name}.t10vote")

    monkeypatch.setattr(repository, "now", lambda: BEFORE_DEADLINE)
    assert main(["collect", str(path), str(on_time)]) == 0
    assert capsys.readouterr().out.strip() == (
        "ballot files: 9 accepted, 1 rejected, 0 late, 1 earlier revisions superseded, 1 already on record"
    )
    monkeypatch.undo()
    assert main(["collect", str(path), str(folder)]) == 0  # the deadline has passed now
    assert capsys.readouterr().out.strip() == (
        "ballot files: 0 accepted, 0 rejected, 2 late, 0 earlier revisions superseded, 11 already on record"
    )

    rows = register(path)
    by_status = Counter(row["status"] for row in rows)
    assert by_status == {"accepted": 8, "superseded": 1, "rejected": 1, "late": 2}
    assert {row["expert"]: row["revision"] for row in rows if row["status"] == "superseded"} == {"专家08": 1}
    assert [row["expert"] for row in rows if row["status"] == "late"] == ["专家10", "专家11"]
    assert all("deadline" in row["reason"] for row in rows if row["status"] == "late")
    assert all(row["raw"] and row["fingerprint"] == hashlib.sha256(row["raw"]).hexdigest() for row in rows)

    result = tally_json(path)
    rec = result["reconciliation"]
    assert rec == {
        "invited": 27,
        "issued": 27,
        "received": 12,
        "returned": 8,
        "valid": 7,
        "invalid": 1,
        "abstaining": 1,
        "superseded": 1,
        "late": 2,
        "rejected": 1,
        "held": 0,
    }
    sums = rec["returned"] + rec["superseded"] + rec["late"] + rec["rejected"] + rec["held"]
    assert rec["received"] == len(rows) == sums
    assert rec["returned"] == rec["valid"] + rec["invalid"] == by_status["accepted"]
    assert result["ballots"] == {"valid": 7, "abstain": 1, "invalid": 1, "returned": 8}
    assert [b["expert"] for b in result["invalid_ballots"]] == ["专家07"]
    assert result["quorum"]["valid"] == 7 and result["quorum"]["met"] is False and result["provisional"] is True
    approvals = {r["code"]: r["approvals"] for r in result["ranking"]}
    assert approvals["E08"] == 1 and approvals["E07"] == 0 and approvals["E09"] == 0  # revision 2 counts; late not

    again = run("collect", path, folder)  # a second time, as a user would: nothing changes
    assert again.stdout.strip() == (
        "ballot files: 0 accepted, 0 rejected, 0 late, 0 earlier revisions superseded, 13 already on record"
    )
    assert register(path) == rows
    assert tally_json(path) == result


def test_revision_2_first_then_revision_1_is_refused_as_not_newer(
    issued: tuple[Path, dict[str, Path], str], selection: Path, tmp_path: Path
) -> None:
    _, packages, _ = issued
    one = vote(packages["专家04"], {"approve": ["E01"]}, tmp_path / "a" / "b.t10vote")
    kept = copy(one.path, tmp_path / "a" / "b-revision-1.t10vote")
    two = vote(packages["专家04"], {"approve": ["E02"]}, one.path)
    assert collect_ballot_files(selection, [two.path]).accepted == 1
    assert collect_ballot_files(selection, [kept]).rejected == 1
    rows = register(selection)
    assert [(r["status"], r["revision"]) for r in rows] == [("accepted", 2), ("rejected", 1)]
    assert "revision 1 is not newer than revision 2 on record" in rows[1]["reason"]


def test_a_late_revision_does_not_unseat_the_on_time_ballot(
    issued: tuple[Path, dict[str, Path], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "late"
    rules = Rules(mode=Mode.APPROVAL, max_picks=3, deadline="2020-12-20T18:00")
    path, packages, _ = make_selection(folder, rules)
    one = vote(packages["专家01"], {"approve": ["E01"]}, tmp_path / "v" / "1.t10vote")
    monkeypatch.setattr(repository, "now", lambda: BEFORE_DEADLINE)
    assert collect_ballot_files(path, [one.path]).accepted == 1
    monkeypatch.undo()
    two = vote(packages["专家01"], {"approve": ["E02"]}, one.path)  # over the first: revision 2
    assert collect_ballot_files(path, [two.path]).late == 1
    result = tally_selection(path).result
    assert result.ballots["returned"] == 1, [(r["status"], r["revision"]) for r in register(path)]


def test_a_deadline_with_a_utc_offset_flags_late_ballots(tmp_path: Path) -> None:
    rules = Rules(mode=Mode.APPROVAL, deadline="2020-12-20T18:00+08:00")
    path, packages, _ = make_selection(tmp_path / "tz", rules)
    ballot = vote(packages["专家01"], {"approve": ["E01"]}, tmp_path / "v.t10vote")
    done = run("collect", path, ballot.path, ok=False)
    assert done.returncode == 0, done.stderr
    assert "1 late" in done.stdout


# --- the expert's side -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ranking(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_selection(tmp_path_factory.mktemp("ranking"), Rules(mode=Mode.RANKING, max_ranks=3))[1]


@pytest.fixture(scope="module")
def strict_ranking(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    rules = Rules(mode=Mode.RANKING, allow_rank_ties=False, allow_rank_gaps=False)
    return make_selection(tmp_path_factory.mktemp("strict"), rules)[1]


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_selection(tmp_path_factory.mktemp("score"), Rules(mode=Mode.SCORE))[1]


VOTE_REFUSALS = [
    ("approval", "专家01", ["--approve", "E01,E02,E03,E04"], "over-vote: 4 picks, at most 3 allowed"),
    ("approval", "专家18", ["--approve", "E01,E10"], "a vote for E10, from which the expert is recused"),
    ("approval", "专家01", ["--approve", "E01,X99"], "a vote for X99, which is not a candidate"),
    ("ranking", "专家02", ["--rank", "E01,E02,E03,E04"], "over-vote: 4 candidates ranked, at most 3 allowed"),
    ("ranking", "专家24", ["--rank", "E01,S11"], "a vote for S11, from which the expert is recused"),
    ("ranking", "专家02", ["--rank", "E01,e02"], "a vote for e02, which is not a candidate"),
    ("score", "专家03", ["--score", "E01=11"], "score 11 for E01 is outside the scale 0–10"),
    ("score", "专家03", ["--score", "E01=很好"], "'很好' for E01 is not a score"),
    ("score", "专家18", ["--score", "E10=5"], "a vote for E10, from which the expert is recused"),
]


@pytest.mark.parametrize(("mode", "expert", "choice", "message"), VOTE_REFUSALS)
def test_vote_refuses_what_the_rules_do_not_allow(
    issued: tuple[Path, dict[str, Path], str],
    ranking: dict[str, Path],
    scored: dict[str, Path],
    tmp_path: Path,
    mode: str,
    expert: str,
    choice: list[str],
    message: str,
) -> None:
    package = {"approval": issued[1], "ranking": ranking, "score": scored}[mode][expert]
    out = tmp_path / "out" / "ballot.t10vote"
    done = run("vote", package, *choice, "--out", out, ok=False)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("top10-panel: "), done.stderr
    assert str(out) in done.stderr and message in done.stderr
    assert not out.exists() and not (out.parent.exists() and any(out.parent.iterdir()))


def test_a_refused_vote_leaves_the_earlier_ballot_as_it_was(
    issued: tuple[Path, dict[str, Path], str], tmp_path: Path
) -> None:
    out = tmp_path / "专家01.t10vote"
    run("vote", issued[1]["专家01"], "--approve", "E01", "--out", out)
    before = out.read_bytes()
    done = run("vote", issued[1]["专家01"], "--approve", "E01,E02,E03,E04", "--out", out, ok=False)
    assert done.returncode == 2 and str(out) in done.stderr
    assert out.read_bytes() == before and sorted(tmp_path.iterdir()) == [out]


def test_the_receipt_lets_the_expert_check_the_ballot(
    issued: tuple[Path, dict[str, Path], str], tmp_path: Path
) -> None:
    _, packages, fp = issued
    package = read_package(packages["专家18"])
    out = tmp_path / "ballot.t10vote"
    lines = run("vote", packages["专家18"], "--approve", "E01,S25", "--out", out).stdout.splitlines()
    receipt = dict(line.split(": ", 1) for line in lines[1:])
    assert lines[0] == f"ballot written: {out} (revision 1, expert 专家18)"
    assert receipt["ballot fingerprint (SHA-256)"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert receipt["your tracker (find it on the published tally sheet)"] == tracker(package.secret, fp)
    assert receipt["selection fingerprint"] == fp == package.fingerprint
    ballot, raw = read_ballot(out)
    assert (ballot.expert, ballot.revision, ballot.vote, ballot.rules_version) == (
        "专家18",
        1,
        {"approve": ["E01", "S25"]},
        1,
    )

    lines = run("vote", packages["专家18"], "--blank", "--out", out).stdout.splitlines()
    assert lines[0] == f"ballot written: {out} (revision 2, expert 专家18)"
    assert (
        dict(line.split(": ", 1) for line in lines[1:])["ballot fingerprint (SHA-256)"]
        == hashlib.sha256(out.read_bytes()).hexdigest()
    )
    assert read_ballot(out)[0].revision == 2 and read_ballot(out)[0].vote == {}
    assert raw != out.read_bytes()


def test_vote_refuses_repeated_and_skipped_ranks_when_the_rules_forbid_them(
    strict_ranking: dict[str, Path], tmp_path: Path
) -> None:
    package = strict_ranking["专家02"]
    for ranks, message in (
        ({"E01": 1, "E02": 1}, "repeated rank"),
        ({"E01": 1, "E02": 3}, "skipped rank"),
        ({"E01": 0}, "not a whole number from 1"),
    ):
        with pytest.raises(InputError, match=message):
            vote(package, {"rank": ranks}, tmp_path / "x.t10vote")
    assert not (tmp_path / "x.t10vote").exists()
    assert vote(package, {"rank": {"E01": 1, "E02": 2}}, tmp_path / "x.t10vote").revision == 1


def test_vote_refuses_a_code_listed_twice_in_a_ranking(ranking: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "ballot.t10vote"
    done = run("vote", ranking["专家02"], "--rank", "E01,E02,E01", "--out", out, ok=False)
    assert done.returncode == 2 and "E01" in done.stderr, done.stdout
    assert not out.exists()


def test_vote_refuses_a_code_listed_twice_in_an_approval(
    issued: tuple[Path, dict[str, Path], str], tmp_path: Path
) -> None:
    out = tmp_path / "ballot.t10vote"
    done = run("vote", issued[1]["专家01"], "--approve", "E01,E01,E02", "--out", out, ok=False)
    assert done.returncode == 2 or read_ballot(out)[0].vote == {"approve": ["E01", "E02"]}


@pytest.mark.parametrize(
    ("mode", "choice"),
    [("approval", ["--rank", "E01,E02"]), ("approval", ["--score", "E01=8"]), ("ranking", ["--approve", "E01,E02"])],
)
def test_vote_refuses_a_vote_of_another_mode(
    issued: tuple[Path, dict[str, Path], str], ranking: dict[str, Path], tmp_path: Path, mode: str, choice: list[str]
) -> None:
    package = {"approval": issued[1], "ranking": ranking}[mode]["专家05"]
    out = tmp_path / "b.t10vote"
    done = run("vote", package, *choice, "--out", out, ok=False)
    assert done.returncode == 2 and str(out) in done.stderr, done.stdout
    assert not out.exists()
