"""Driving the ballot window as a user does: click a check box, drag between the lists, find a dialog."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QStyleOptionViewItem, QWidget

from top10_panel.ui.expert.candidate_filter import CandidateFilter
from top10_panel.ui.expert.candidates import COL_CODE, COL_MARK, CandidateModel
from top10_panel.ui.expert.window import BallotWindow


def proxy_index(window: BallotWindow, code: str, column: int = COL_CODE) -> QModelIndex:
    """The candidate's cell in the list as shown (through the filter); invalid when it is filtered out."""
    model: CandidateModel = window.candidates
    proxy: CandidateFilter = window.list_panel.proxy
    return proxy.mapFromSource(model.index(model.row_of(code), column))


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text``: ASCII as key presses; Chinese as an input method commits it (QTest has no keys for it)."""
    for part in _runs(text):
        if part.isascii():
            qtbot.keyClicks(widget, part)
        else:
            event = QInputMethodEvent()
            event.setCommitString(part)
            QApplication.sendEvent(widget, event)


def _runs(text: str) -> list[str]:
    runs: list[str] = []
    for ch in text:
        if runs and runs[-1][-1].isascii() == ch.isascii():
            runs[-1] += ch
        else:
            runs.append(ch)
    return runs


def check_box_center(view: QAbstractItemView, index: QModelIndex) -> QPoint:
    """Where the check box of ``index`` is drawn, as the delegate and the style place it."""
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.state = QStyle.StateFlag.State_Enabled
    delegate = view.itemDelegateForIndex(index)
    delegate.initStyleOption(option, index)
    rect = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    return rect.center()


def click_check(qtbot: QtBot, window: BallotWindow, code: str) -> None:
    view = window.list_panel.table
    index = proxy_index(window, code, COL_MARK)
    assert index.isValid(), f"{code} is not shown"
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=check_box_center(view, index))


def click_row(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def drop(target: QAbstractItemView, data: QMimeData, at: QPoint) -> Qt.DropAction:
    """The view's own drop path, as the system's drag and drop calls it: enter, move over ``at``, drop there.

    Returns the action the drop reported back to the view the drag came from."""
    viewport = target.viewport()
    point = QPointF(at)
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), actions, data, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted(), "the view refused the drag"
    move = QDragMoveEvent(point.toPoint(), actions, data, buttons, keys)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted(), "the view refused the drag over that place"
    event = QDropEvent(point, actions, data, buttons, keys)
    QApplication.sendEvent(viewport, event)
    assert event.isAccepted(), "the view refused the drop"
    return event.dropAction()


def above(view: QAbstractItemView, row: int) -> QPoint:
    """A point in the upper half of ``row``: a drop there goes before it."""
    rect = view.visualRect(view.model().index(row, 0))
    return QPoint(rect.center().x(), rect.top() + max(1, rect.height() // 4))


def below_all(view: QAbstractItemView) -> QPoint:
    """A point in the empty part of the view, under the last row: a drop there goes to the end."""
    return QPoint(view.viewport().width() // 2, view.viewport().height() - 2)


def drag(qtbot: QtBot, source: QAbstractItemView, index: QModelIndex, target: QAbstractItemView, at: QPoint) -> None:
    """Drag ``index`` from ``source`` and drop it on ``target`` at ``at`` (viewport coordinates).

    The mouse press and moves are real: they make the view start its drag, whose payload (the model's mimeData of
    the dragged rows, as QAbstractItemView.startDrag takes it) is captured. The platform's drag loop cannot run
    offscreen, so the payload is then dropped through the target view's own drop path (enter, move, drop events).
    """
    payload: list[QMimeData] = []

    def start_drag(actions: Qt.DropAction) -> None:
        assert actions & Qt.DropAction.MoveAction
        payload.append(source.model().mimeData(source.selectionModel().selectedIndexes()))

    source.startDrag = start_drag  # type: ignore[method-assign]  # the view calls it from its mouseMoveEvent
    try:
        source.scrollTo(index)
        start = source.visualRect(index).center()
        qtbot.mousePress(source.viewport(), Qt.MouseButton.LeftButton, pos=start)
        step = QApplication.startDragDistance() + 2
        for n in range(1, 4):
            qtbot.mouseMove(source.viewport(), start + QPoint(step * n, step * n // 2))
        qtbot.mouseRelease(source.viewport(), Qt.MouseButton.LeftButton, pos=start)
    finally:
        del source.startDrag
    assert payload, "the mouse gesture did not start a drag"
    action = drop(target, payload[0], at)
    assert action == Qt.DropAction.CopyAction  # so the view the drag came from removes nothing itself
