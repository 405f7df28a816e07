"""The public lot draw (SPEC §3), in two steps so that no seed can be tried before it counts: the seed's source
is recorded first, then the seed is entered once and the draw recorded at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from top10_panel.services.results_view import ResultsView, lot_draw
from top10_panel.services.settle import LotSource, pending_lot_source, record_lot_source, settle_by_lot

from ..times import moment_text
from .collect_jobs import Runner, guarded, problem
from .results_dialogs import note
from .results_models import COL_LOT_HASH, LotModel


class LotDialog(QDialog):
    """A lot in two steps (SPEC §3): first the seed's source is recorded (where it will come from, when it is
    known), before anyone knows the seed; then the seed is entered once and the draw recorded at once. Nothing
    shows which candidate a seed favours before it is recorded: the order appears only after recording."""

    settled = Signal(object)
    """The TallyResult after the draw."""

    def __init__(
        self, selection: Path, view: ResultsView, runner: Runner, parent: QWidget | None = None, override: str = ""
    ) -> None:
        super().__init__(parent)
        self.selection = selection
        self.view = view
        self.runner = runner
        self.override = override
        self.pending: LotSource | None = pending_lot_source(selection)
        self.recorded = False
        self.note = note()
        self.fingerprint_label = QLabel()
        self.fingerprint = QLineEdit(view.fingerprint)
        self.fingerprint.setReadOnly(True)
        self.step1, self.step2 = QGroupBox(), QGroupBox()
        self.source, self.known_at, self.source_by = QLineEdit(), QLineEdit(), QLineEdit()
        self.source_label, self.known_label, self.source_by_label = QLabel(), QLabel(), QLabel()
        self.source_state = note()
        self.record_source = QPushButton()
        self.record_source.clicked.connect(self._record_source)
        self.source.textChanged.connect(self.check)
        first = QFormLayout(self.step1)
        first.addRow(self.source_label, self.source)
        first.addRow(self.known_label, self.known_at)
        first.addRow(self.source_by_label, self.source_by)
        first.addRow(self.source_state)
        first.addRow(self.record_source)
        self.seed, self.seed_label = QLineEdit(), QLabel()
        self.by, self.reason = QLineEdit(), QLineEdit()
        self.by_label, self.reason_label = QLabel(), QLabel()
        for label, field in ((self.seed_label, self.seed), (self.by_label, self.by), (self.reason_label, self.reason)):
            label.setBuddy(field)
            field.textChanged.connect(self.check)
        second = QFormLayout(self.step2)
        second.addRow(self.seed_label, self.seed)
        second.addRow(self.by_label, self.by)
        second.addRow(self.reason_label, self.reason)
        self.model = LotModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COL_LOT_HASH, QHeaderView.ResizeMode.Stretch)
        self.table.hide()
        self.outcome = note()
        self.recompute = note()
        self.recompute.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._record)
        self.buttons.rejected.connect(self._close)
        fingerprint = QFormLayout()
        fingerprint.addRow(self.fingerprint_label, self.fingerprint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(fingerprint)
        layout.addWidget(self.step1)
        layout.addWidget(self.step2)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.recompute)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self.retranslate()

    def ok(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def close_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Draw lots with a public seed"))
        self.note.setText(
            self.tr(
                "A lot is drawn in two steps. First record where the seed will come from (e.g. a named public "
                "lottery's draw) before anyone knows it; then, once it is announced, enter the seed and record the "
                "draw at once. The tied candidates are ordered by the SHA-256 of fingerprint:seed:code, smallest "
                "first; the order is shown only after it is recorded, and anyone can recompute it."
            )
        )
        self.fingerprint_label.setText(self.tr("Selection fingerprint:"))
        self.step1.setTitle(self.tr("Step 1: the seed's source"))
        self.step2.setTitle(self.tr("Step 2: the seed and the draw"))
        self.source_label.setText(self.tr("Source of the seed:"))
        self.known_label.setText(self.tr("Known at:"))
        self.source_by_label.setText(self.tr("Recorded by:"))
        self.source.setPlaceholderText(self.tr("e.g. 福彩3D, 2020-12-31 开奖号码"))
        self.known_at.setPlaceholderText(self.tr("e.g. 2020-12-31 21:15"))
        self.record_source.setText(self.tr("Record the source"))
        self.seed_label.setText(self.tr("Public seed:"))
        self.by_label.setText(self.tr("Drawn by:"))
        self.reason_label.setText(self.tr("Note (optional):"))
        self.seed.setPlaceholderText(self.tr("the announced number, as published"))
        self.by.setPlaceholderText(self.tr("who carries out the draw"))
        self.reason.setPlaceholderText(self.tr("e.g. tie at the cut line, the chain has no further rule"))
        self.ok().setText(self.tr("Record the lot draw"))
        self.close_button().setText(self.tr("Close") if self.recorded else self.tr("Cancel"))
        self._show_state()

    def _show_state(self) -> None:
        pending = self.pending
        if pending is None:
            self.source_state.setText(self.tr("No source is recorded yet: the draw cannot be made before it is."))
        else:
            when = self.tr(", known at {0}").format(pending.known_at) if pending.known_at else ""
            by = self.tr(", by {0}").format(pending.by) if pending.by else ""
            self.source_state.setText(
                self.tr("Recorded at {0}: {1}{2}{3}.").format(
                    moment_text(pending.at, utc=True), pending.source, when, by
                )
            )
        for field in (self.source, self.known_at, self.source_by, self.record_source):
            field.setEnabled(pending is None and not self.recorded)
        self.step2.setEnabled(pending is not None and not self.recorded)
        self.check()

    def check(self) -> None:
        self.record_source.setEnabled(self.pending is None and not self.recorded and bool(self.source.text().strip()))
        ready = self.pending is not None and bool(self.seed.text().strip()) and bool(self.by.text().strip())
        self.ok().setEnabled(ready and not self.recorded)

    def _record_source(self) -> None:
        path, source = self.selection, self.source.text().strip()
        by, known = self.source_by.text().strip(), self.known_at.text().strip()
        if not source:
            return
        self.record_source.setEnabled(False)
        job = lambda: record_lot_source(path, source, by, known)  # noqa: E731
        self.runner.run(job, *guarded(self, self._source_done, self._failed))

    def _source_done(self, source: object) -> None:
        self.pending = source if isinstance(source, LotSource) else pending_lot_source(self.selection)
        self._show_state()

    def _record(self) -> None:
        if not self.ok().isEnabled():
            return
        path, seed, by, reason = self.selection, self.seed.text().strip(), self.by.text().strip(), self.reason.text()
        override = self.override
        self.buttons.setEnabled(False)
        job = lambda: settle_by_lot(path, seed, by, reason.strip(), override)  # noqa: E731
        self.runner.run(job, *guarded(self, self._done, self._failed))

    def _done(self, result: object) -> None:
        """The draw is recorded: only now is its order shown, from the recorded seed."""
        self.recorded = True
        seed = self.seed.text().strip()
        lines, winners = [], []
        for tie in self.view.open_ties:
            drawn = lot_draw(self.view.fingerprint, seed, tie.among)
            lines += [(k, line) for k, line in enumerate(drawn, start=1)]
            winners += [line.code for line in drawn[: tie.seats]]
        self.model.set_lines(lines)
        self.table.show()
        self.outcome.setText(self.tr("Recorded. The seats go to: {0}").format(", ".join(winners)))
        if lines:
            self.recompute.setText(self.tr("Recompute, e.g.: printf '%s' '{0}' | sha256sum").format(lines[0][1].text))
        self.buttons.setEnabled(True)
        self.retranslate()
        self.settled.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._show_state()
        problem(self, error)

    def _close(self) -> None:
        if self.recorded:
            self.accept()
        else:
            self.reject()
