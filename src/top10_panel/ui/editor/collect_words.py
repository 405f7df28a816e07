"""The collection dashboard's sentences: what a collect did, the reconciliation and the quorum in words, and the
double-entry comparison's lines in the editor's language."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from top10_panel.services.dashboard import CollectionView, Dropped, QuorumFigures, RegisterEntry

CONTEXT = "CollectWords"


def _t(text: object) -> str:
    """``text`` translated; it is typed ``object`` because QT_TRANSLATE_NOOP is."""
    return QCoreApplication.translate(CONTEXT, str(text))


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{\d\}", template)
    return re.compile("(.+?)".join(re.escape(p) for p in parts) + r"\Z", re.DOTALL)


def match(template: str, text: str) -> list[str] | None:
    """The values in ``text`` where ``template`` has {0}, {1} …; None when the text is not of that template."""
    found = _pattern(template).match(text)
    return list(found.groups()) if found else None


def outcome_text(dropped: Dropped) -> str:
    """What a collect did, in one sentence."""
    if dropped.cancelled and not dropped.matrices:
        return QCoreApplication.translate("CollectWords", "Collecting was cancelled: nothing was stored.")
    b = dropped.ballots
    parts = []
    if b.accepted or b.rejected or b.late or b.unchanged or b.superseded or b.held:
        parts.append(
            QCoreApplication.translate(
                "CollectWords",
                "ballot files: {0} accepted, {1} rejected, {2} late, {3} earlier revisions superseded, "
                "{4} already on record",
            ).format(b.accepted, b.rejected, b.late, b.superseded, b.unchanged)
            + held_text(b.held)
        )
    for name, rows in dropped.matrices:
        parts.append(
            QCoreApplication.translate(
                "CollectWords", "{0}: {1} ballots accepted, {2} rejected, {3} already on record"
            ).format(name, rows.accepted, rows.rejected, rows.unchanged)
            + held_text(rows.held)
        )
    if dropped.ignored:
        parts.append(
            QCoreApplication.translate("CollectWords", "{0} files ignored (not ballots): {1}").format(
                len(dropped.ignored), ", ".join(dropped.ignored)
            )
        )
    text = "; ".join(parts) or QCoreApplication.translate(
        "CollectWords", "no ballot files or ballot matrices were found"
    )
    if dropped.cancelled:
        text = QCoreApplication.translate(
            "CollectWords", "Cancelled after the ballot matrices collected so far: {0}"
        ).format(text)
    return text


def held_text(held: int) -> str:
    """', 2 held for a decision', or '' when none was held."""
    if not held:
        return ""
    return QCoreApplication.translate("CollectWords", ", {0} held for a decision (see the register)").format(held)


LABELS = {
    "invited": QT_TRANSLATE_NOOP("CollectWords", "invited"),
    "issued": QT_TRANSLATE_NOOP("CollectWords", "packages issued"),
    "received": QT_TRANSLATE_NOOP("CollectWords", "received"),
    "returned": QT_TRANSLATE_NOOP("CollectWords", "returned"),
    "valid": QT_TRANSLATE_NOOP("CollectWords", "valid"),
    "invalid": QT_TRANSLATE_NOOP("CollectWords", "invalid"),
    "abstaining": QT_TRANSLATE_NOOP("CollectWords", "abstaining"),
    "superseded": QT_TRANSLATE_NOOP("CollectWords", "superseded"),
    "late": QT_TRANSLATE_NOOP("CollectWords", "late"),
    "rejected": QT_TRANSLATE_NOOP("CollectWords", "rejected"),
    "held": QT_TRANSLATE_NOOP("CollectWords", "needing a decision"),
}


def reconciliation_lines(view: CollectionView) -> list[str]:
    """The reconciliation as three sums that add up (SPEC §3): received, returned, and who was asked."""
    f = dict(view.reconciliation)

    def w(key: str) -> str:
        return _t(LABELS[key])

    return [
        QCoreApplication.translate(
            "CollectWords", "{0} {1} = {2} {3} + {4} {5} + {6} {7} + {8} {9} + {10} {11}"
        ).format(
            w("received"),
            f["received"],
            w("returned"),
            f["returned"],
            w("superseded"),
            f["superseded"],
            w("late"),
            f["late"],
            w("rejected"),
            f["rejected"],
            w("held"),
            f["held"],
        ),
        QCoreApplication.translate(
            "CollectWords", "{0} {1} = {2} {3} + {4} {5}; {6} of the valid abstain (blank ballots)"
        ).format(w("returned"), f["returned"], w("valid"), f["valid"], w("invalid"), f["invalid"], f["abstaining"]),
        QCoreApplication.translate("CollectWords", "{0} experts invited, {1} ballot packages issued").format(
            f["invited"], f["issued"]
        ),
    ]


def quorum_text(quorum: QuorumFigures | None) -> str:
    if quorum is None:
        return QCoreApplication.translate("CollectWords", "Quorum: not counted yet (the selection has no candidates).")
    share = f"{quorum.share.numerator}/{quorum.share.denominator}"
    if quorum.met:
        return QCoreApplication.translate(
            "CollectWords",
            "Quorum met: {0} valid ballots of {1} experts invited; more than {2} needed, i.e. at least {3}.",
        ).format(quorum.valid, quorum.invited, share, quorum.needed)
    return QCoreApplication.translate(
        "CollectWords",
        "Quorum not met yet: {0} valid ballots of {1} experts invited; more than {2} needed, i.e. at least {3}. "
        "The result is provisional.",
    ).format(quorum.valid, quorum.invited, share, quorum.needed)


DIFFERENCES = (
    (
        "{0}, {1}: {2} ≠ {3}",
        QT_TRANSLATE_NOOP("CollectWords", "{0}, candidate {1}: first typing {2}, second typing {3}"),
    ),
    ("{0}: only in {1}", QT_TRANSLATE_NOOP("CollectWords", "{0}: only in {1}")),
    (
        "the candidate columns differ: {0} ≠ {1}",
        QT_TRANSLATE_NOOP("CollectWords", "the candidate columns differ: {0} ≠ {1}"),
    ),
)


def difference_text(line: str) -> str:
    """One disagreement of the two typings in the editor's language."""
    for source, shown in DIFFERENCES:
        values = match(source, line)
        if values is not None:
            return _t(shown).format(
                *(QCoreApplication.translate("CollectWords", "(empty)") if v == "(empty)" else v for v in values)
            )
    return line


def stage_text(name: str, kind: str) -> str:
    """The stage as the editor calls it: 终评 / the final stage, 初评 / the screening, or the runoff by its name."""
    if kind == "final":
        return QCoreApplication.translate("CollectWords", "final stage")
    if kind == "screening":
        return QCoreApplication.translate("CollectWords", "screening stage")
    return QCoreApplication.translate("CollectWords", "runoff stage {0}").format(name)


REJECTED_SHOWN = 5


class CollectWordsCounted(QObject):
    """The counted sentences of the collect's outcome (lupdate reads a count only from a tr() of a class)."""

    def more(self, count: int) -> str:
        return self.tr("and %n more (see the register)", "", count)


def rejected_text(rejected: Sequence[RegisterEntry]) -> str:
    """Each ballot a collect rejected, with its reason, one a line (the first few, then how many more)."""
    from .collect_models import file_text, reason_text  # collect_models reads this module's templates

    lines = [
        _t(QT_TRANSLATE_NOOP("CollectWords", "{0}: {1}")).format(
            entry.expert or file_text(entry.file), reason_text(entry.reason)
        )
        for entry in rejected[:REJECTED_SHOWN]
    ]
    if len(rejected) > REJECTED_SHOWN:
        lines.append(CollectWordsCounted().more(len(rejected) - REJECTED_SHOWN))
    return _t(QT_TRANSLATE_NOOP("CollectWords", "Rejected:")) + "\n" + "\n".join("• " + line for line in lines)
