"""The results page (SPEC §2.5, §3): the ranked list with the cut line under the last seat, the scores as a chart,
the open ties with the three ways to settle them, the tie-break audit in words, the other methods' seats side by
side, and how robust each seat is. Another method can be shown for comparison; only the official one seats."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from top10_panel.domain.errors import InputError
from top10_panel.domain.rules import Mode
from top10_panel.services.results_view import ResultsView, results
from top10_panel.services.settle import INSIDE_TOP

from . import collect_jobs
from .collect_words import stage_text
from .error_words import error_text, sentences
from .hosted import HostedPage
from .results_agreement import AgreementModel, agreement_sentence
from .results_chart import ScoreChart
from .results_dialogs import ChairDialog, OverrideDialog, RunoffDialog
from .results_lot import LotDialog
from .results_models import COL_RAW, COL_SCORE, COL_TITLE, OPEN_COLOUR, CutLineDelegate, OthersModel, RankingModel
from .results_runoff import RunoffBar, RunoffCountDialog, RunoffIssueDialog
from .results_words import method_name, open_tie_text, robustness_sentence, scoring_sentence, step_text

Dialog = TypeVar("Dialog", LotDialog, ChairDialog, RunoffDialog, RunoffIssueDialog, RunoffCountDialog)


class ResultsPage(HostedPage):
    """The result of one selection file's current stage."""

    def __init__(self, selection: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.chooser = collect_jobs.Chooser()
        self.view: ResultsView | None = None
        self.method = ""
        """The method asked for ('' = the official one)."""

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.method_label = QLabel()
        self.methods = QComboBox()
        self.methods.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # filled after it is shown
        self.method_label.setBuddy(self.methods)
        self.methods.activated.connect(self._method_chosen)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.agreement_line = QLabel()
        self.agreement_line.setWordWrap(True)
        self.agreement_line.setObjectName("agreementLine")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.method_label)
        top.addWidget(self.methods)

        self.banner = QFrame()
        self.banner.setObjectName("openTies")
        self.banner.setStyleSheet(
            f"QFrame#openTies {{ background: {OPEN_COLOUR}; border-radius: 4px; }} "
            "QFrame#openTies QLabel { color: #202020; }"
        )
        self.ties = QLabel()
        self.ties.setWordWrap(True)
        self.runoff, self.chair, self.lot = QPushButton(), QPushButton(), QPushButton()
        self.go_ahead = QPushButton()
        self.go_ahead.clicked.connect(self.open_override)
        self.override = ""
        """The reason recorded to settle although the quorum is unmet or experts may still vote ('' = none)."""
        self.runoff.clicked.connect(self.open_runoff)
        self.runoff_packages = QPushButton()
        self.runoff_packages.clicked.connect(self.open_runoff_packages)
        self.runoff_bar = RunoffBar()
        self.runoff_bar.count.clicked.connect(self.open_runoff_count)
        self.chair.clicked.connect(self.open_chair)
        self.lot.clicked.connect(self.open_lot)
        banner = QHBoxLayout(self.banner)
        banner.addWidget(self.ties, 1)
        for button in (self.go_ahead, self.runoff_packages, self.runoff, self.chair, self.lot):
            banner.addWidget(button)

        self.ranking = RankingModel(self)
        self.table = QTableView()
        self.table.setModel(self.ranking)
        self.table.setItemDelegate(CutLineDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.moveSection(header.visualIndex(COL_RAW), header.visualIndex(COL_SCORE) + 1)  # the raw beside
        self.chart = ScoreChart()
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.table)
        upper.addWidget(self.chart)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 2)
        upper.setSizes([620, 380])
        upper.setChildrenCollapsible(False)
        self.robustness = QLabel()
        self.robustness.setWordWrap(True)
        self.scoring = QLabel()
        """How a score was made: the criteria's weights, the z normalisation (hidden for plain scores)."""
        self.scoring.setWordWrap(True)

        self.audit = QStringListModel(self)
        self.audit_view = QListView()
        self.audit_view.setModel(self.audit)
        self.audit_view.setWordWrap(True)
        self.audit_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.audit_view.setAlternatingRowColors(True)
        self.others = OthersModel(self)
        self.others_view = QTableView()
        self.others_view.setModel(self.others)
        self.others_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.others_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.others_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.audit_view, "")
        self.tabs.addTab(self.others_view, "")
        self.agreement = AgreementModel(self)
        self.agreement_view = QTableView()
        self.agreement_view.setModel(self.agreement)
        self.agreement_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agreement_view.verticalHeader().hide()
        self.agreement_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.agreement_view, "")

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.scoring)
        lower_layout.addWidget(self.robustness)
        lower_layout.addWidget(self.tabs, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.agreement_line)
        layout.addWidget(self.runoff_bar)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        self.banner.hide()
        self.retranslate()

    # --- words ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Results"))
        self.method_label.setText(self.tr("Method:"))
        self.runoff.setText(self.tr("Runoff from typed matrices…"))
        self.runoff_packages.setText(self.tr("Runoff packages…"))
        self.runoff_packages.setToolTip(
            self.tr("The experts vote again among the tied only, in the ballot window, on a form or on paper (加投)")
        )
        self.chair.setText(self.tr("Chair's decision…"))
        self.lot.setText(self.tr("Draw lots…"))
        self.runoff.setToolTip(
            self.tr("Count a runoff among the tied (加投) whose ballots were typed into ballot matrices")
        )
        self.chair.setToolTip(self.tr("Record the chair's order of the tied candidates, with who and why"))
        self.lot.setToolTip(self.tr("A reproducible draw from a public seed text"))
        self.go_ahead.setText(self.tr("Go ahead anyway…"))
        self.go_ahead.setToolTip(
            self.tr("Record why the tie is settled before every ballot is in (shown in the audit)")
        )
        self.tabs.setTabText(0, self.tr("Tie-break audit"))
        self.tabs.setTabText(1, self.tr("Other methods side by side"))
        self.tabs.setTabText(2, self.tr("Panel agreement"))
        self._show()

    def has_read(self) -> bool:
        return self.view is not None

    # --- reading ------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count the selection again, under the method shown (on the writer thread)."""
        path, method = self.selection, self.method or None
        # Said until the count is back, and nothing settled on a result that may have changed meanwhile.
        self.state.setText(self.tr("Counting the ballots…"))
        for button in (self.runoff, self.chair, self.lot, self.go_ahead):
            button.setEnabled(False)
        self.runner.run(lambda: results(path, method), *collect_jobs.guarded(self, self._loaded, self._unreadable))

    def show_method(self, method: str) -> None:
        """Show the result under another method of the mode (or the official one)."""
        self.method = "" if self.view is not None and method == self.view.official else method
        self.refresh()

    def _method_chosen(self, index: int) -> None:
        self.show_method(self.methods.itemData(index))

    def _loaded(self, view: ResultsView) -> None:
        self.view = view
        self._show()
        self.loaded.emit()

    def _unreadable(self, error: BaseException) -> None:
        """Nothing to count yet (no candidates): said on the page, not in a dialog, since no one asked."""
        if not isinstance(error, InputError):
            collect_jobs.problem(self, error)
            return
        self.view = None
        self.ranking.set_rows((), 0, Mode.APPROVAL, "")
        self.chart.set_rows((), 0)
        self.others.set_methods((), "", {})
        self.audit.setStringList([])
        self.banner.hide()
        self.state.setText(error_text(error, with_place=False))
        self.loaded.emit()

    def _show(self) -> None:
        view = self.view
        if view is None:
            return
        self.heading.setText(self.tr("Results — {0}").format(stage_text(view.stage, view.stage_kind)))
        self.runoff_bar.set_view(view)
        self.methods.blockSignals(True)
        self.methods.clear()
        for name in view.methods:
            text = method_name(name)
            self.methods.addItem(self.tr("{0} (official)").format(text) if name == view.official else text, name)
        self.methods.setCurrentIndex(max(0, self.methods.findData(view.method)))
        self.methods.setEnabled(len(view.methods) > 1)
        self.methods.blockSignals(False)
        line = not view.quotas  # with category quotas each category has its own cut line: the seat column says it
        self.ranking.set_rows(view.rows, view.seats, view.mode, view.method, line=line)
        self.chart.set_rows(view.rows, view.seats, line=line)
        self.state.setText(self._state_text(view))
        self.agreement_line.setText(agreement_sentence(view.agreement))
        self.agreement.set_agreement(view.agreement)
        self.robustness.setText(robustness_sentence(view.mode, view.method, view.measure, view.normalised))
        self.scoring.setText(scoring_sentence(view.criteria, view.normalised))
        self.scoring.setVisible(bool(self.scoring.text()))
        self.table.setColumnHidden(COL_RAW, not view.normalised)
        steps = [step_text(step) for step in view.steps]
        if not steps and view.open_ties:
            steps = [
                self.tr("No tie-break rule has settled anything yet: the tie at the cut line waits for a decision.")
            ]
        self.audit.setStringList(steps or [self.tr("No tie needed breaking.")])
        titles = {r.code: r.title for r in view.rows}
        self.others.set_methods(view.others, view.official, titles)
        self._show_ties(view)

    def _state_text(self, view: ResultsView) -> str:
        ballots = dict(view.ballots)
        counted = self.tr("{0} ballots returned: {1} valid ({2} abstaining), {3} invalid.").format(
            ballots["returned"], ballots["valid"], ballots["abstain"], ballots["invalid"]
        )
        if view.method != view.official:
            return (
                counted
                + " "
                + self.tr("Shown for comparison under {0}; the seats follow the official method, {1}.").format(
                    method_name(view.method), method_name(view.official)
                )
            )
        if view.open_ties:
            return counted + " " + self.tr("Provisional: a tie at the cut line is open.")
        if view.quorum is not None and not view.quorum.met:
            return (
                counted
                + " "
                + self.tr("Provisional: the quorum is not met ({0} valid, at least {1} needed).").format(
                    view.quorum.valid, view.quorum.needed
                )
            )
        return counted + " " + self.tr("Every seat is settled.")

    def _show_ties(self, view: ResultsView) -> None:
        self.banner.setVisible(bool(view.open_ties))
        if not view.open_ties:
            return
        lines = [open_tie_text(tie) for tie in view.open_ties]
        if view.settleable:
            lines.append(
                self.tr("Settle it by a runoff vote among them, a recorded chair's decision, or a public lot draw.")
            )
        else:
            lines.append(self.tr("Ties are settled under the official method, {0}.").format(method_name(view.official)))
        waiting = bool(view.blockers) and not self.override
        if view.settleable and view.blockers:
            lines.append(
                self.tr("Settling waits: {0}.").format(sentences(view.blockers))
                + " "
                + (
                    self.tr("Going ahead by override: {0}").format(self.override)
                    if self.override
                    else self.tr("Wait for the ballots, or go ahead with a recorded reason.")
                )
            )
        self.ties.setText("\n".join(lines))
        for button in (self.runoff, self.chair, self.lot):
            button.setEnabled(view.settleable and not waiting)
            button.setToolTip(self.tr("Settling waits: {0}").format(sentences(view.blockers)) if waiting else "")
        self.runoff.setEnabled(view.settleable and not waiting and self._one_crossing())
        self.runoff_packages.setEnabled(self.runoff.isEnabled() and view.stage_kind != "runoff")
        self.go_ahead.setVisible(view.settleable and bool(view.blockers))
        self.go_ahead.setEnabled(not self.override)

    # --- settling -----------------------------------------------------------------------------------------------

    def _one_crossing(self) -> bool:
        """A runoff settles one tie across the cut line (not the order inside the top)."""
        ties = self.view.open_ties if self.view is not None else ()
        return len(ties) == 1 and ties[0].waiting_for != INSIDE_TOP

    def _waiting(self) -> bool:
        return self.view is None or not self.view.settleable or (bool(self.view.blockers) and not self.override)

    def open_override(self) -> OverrideDialog | None:
        if self.view is None or not self.view.blockers:
            return None
        dialog = OverrideDialog(self.view.blockers, self)
        dialog.given.connect(self._override_given)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _override_given(self, reason: str) -> None:
        self.override = reason
        self._show()

    def open_lot(self) -> LotDialog | None:
        if self._waiting() or self.view is None:
            return None
        dialog = LotDialog(self.selection, self.view, self.runner, self, self.override)
        return self._open(dialog)

    def open_chair(self) -> ChairDialog | None:
        if self._waiting() or self.view is None:
            return None
        titles = {r.code: r.title for r in self.view.rows}
        dialog = ChairDialog(self.selection, self.view.open_ties[0], titles, self.runner, self, self.override)
        return self._open(dialog)

    def open_runoff(self) -> RunoffDialog | None:
        if self._waiting() or self.view is None or not self._one_crossing():
            return None
        tie = self.view.open_ties[0]
        dialog = RunoffDialog(self.selection, tie, self.runner, self.chooser, self, self.override)
        return self._open(dialog)

    def open_runoff_packages(self) -> RunoffIssueDialog | None:
        if self._waiting() or self.view is None or not self._one_crossing() or self.view.stage_kind == "runoff":
            return None
        dialog = RunoffIssueDialog(
            self.selection, self.view.open_ties[0], self.runner, self.chooser, self, self.override
        )
        return self._open(dialog)

    def open_runoff_count(self) -> RunoffCountDialog | None:
        if self.view is None or self.view.stage_kind != "runoff" or self.view.open_ties:
            return None
        return self._open(RunoffCountDialog(self.selection, self.view, self.runner, self))

    def _open(self, dialog: Dialog) -> Dialog:
        dialog.settled.connect(self._settled)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _settled(self, _: object) -> None:
        self.changed.emit()
        self.refresh()
