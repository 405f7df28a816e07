"""The scores as a horizontal bar chart (QtCharts), best at the top, with the cut line drawn across under the last
seat: seats, candidates tied at the line and the rest in three colours. It shows the seats and the few candidates
below the line (every candidate is in the table): with 25 bars a code no longer fits beside each."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from top10_panel.services.results_view import ResultRow

from .results_models import CUT_COLOUR, rows_above_cut

SEAT_COLOUR = "#2e7d32"
OUT_COLOUR = "#b0bec5"
OPEN_BAR = "#f9a825"
BELOW = 5
"""Candidates shown below the seats (and below any tie at the line)."""


def shown_rows(rows: Sequence[ResultRow], seats: int) -> list[ResultRow]:
    """The seats, the candidates tied at the line, and BELOW more."""
    last = max((k for k, r in enumerate(rows) if r.status != "out"), default=-1)
    return list(rows[: max(seats, last + 1) + BELOW])


class ScoreChart(QChartView):
    """One bar per candidate; the categories run from the last candidate at the bottom to the first at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumWidth(280)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        self._rows: tuple[ResultRow, ...] = ()
        self._seats = 0
        self._line = True

    def set_rows(self, rows: Sequence[ResultRow], seats: int, line: bool = True) -> None:
        self._rows, self._seats, self._line = tuple(rows), seats, line
        self._build()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._build()
        super().changeEvent(event)

    def _build(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        every = self._rows
        rows = list(reversed(shown_rows(every, self._seats)))  # a horizontal bar chart draws its first category low
        if not rows:
            return
        sets = {
            "seat": QBarSet(self.tr("Seat")),
            "open": QBarSet(self.tr("Tied at the line")),
            "out": QBarSet(self.tr("Below the line")),
        }
        for status, colour in (("seat", SEAT_COLOUR), ("open", OPEN_BAR), ("out", OUT_COLOUR)):
            sets[status].setColor(QColor(colour))
            sets[status].setBorderColor(QColor(colour))
        for row in rows:
            for status, bar in sets.items():
                bar.append(float(row.score) if row.status == status else 0.0)
        bars = QHorizontalStackedBarSeries()
        bars.setBarWidth(0.75)
        for status in ("seat", "open", "out"):
            if any(r.status == status for r in rows):
                bars.append(sets[status])
        chart.addSeries(bars)
        categories = QBarCategoryAxis()
        categories.append([row.code for row in rows])
        categories.setTruncateLabels(False)  # else Qt Charts shows '…' for codes that would fit
        top = max((float(r.score) for r in rows), default=1.0) or 1.0
        values = QValueAxis()
        values.setRange(0, top * 1.05)
        values.setTickCount(5)
        values.applyNiceNumbers()
        values.setLabelFormat("%g")
        top = values.max() / 1.05
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(categories)
        bars.attachAxis(values)
        above = rows_above_cut(list(reversed(rows)), self._seats)
        if self._line and 0 < above < len(rows):
            # The cut line on a hidden value axis laid over the categories: category k sits at k, so the line under
            # the last seat (after the whole tie group crossing it) runs at (candidates − rows above it) − ½.
            at = len(rows) - above - 0.5
            cut = QLineSeries()
            cut.setName(self.tr("Cut line"))
            pen = QPen(QColor(CUT_COLOUR))
            pen.setWidth(3)
            pen.setStyle(Qt.PenStyle.DashLine)
            cut.setPen(pen)
            cut.append(QPointF(0, at))
            cut.append(QPointF(top * 1.05, at))
            chart.addSeries(cut)
            across = QValueAxis()
            across.setRange(-0.5, len(rows) - 0.5)
            across.setVisible(False)
            chart.addAxis(across, Qt.AlignmentFlag.AlignRight)
            cut.attachAxis(values)
            cut.attachAxis(across)
        chart.setBackgroundRoundness(0)
        if len(rows) < len(every):
            chart.setTitle(self.tr("The first {0} of {1} candidates").format(len(rows), len(every)))
        else:
            chart.setTitle("")

    def categories(self) -> list[str]:
        """The candidate codes as the chart shows them, top to bottom (for tests)."""
        for axis in self.chart().axes(Qt.Orientation.Vertical):
            if isinstance(axis, QBarCategoryAxis):
                return list(reversed(axis.categories()))
        return []

    def cut_at(self) -> float | None:
        """Where the cut line runs, in category units from the bottom (None: not drawn)."""
        for series in self.chart().series():
            if isinstance(series, QLineSeries):
                return series.at(0).y()
        return None
