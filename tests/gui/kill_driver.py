"""The real app (``top10_panel.ui.app.run``) on a package, driven from inside: ``edit CODE...`` ticks each code as a
user would and prints ``saved <vote>`` each time the autosave has returned, then keeps running until killed;
``churn`` ticks and unticks without pause, printing each saved vote; ``report`` prints what the reopened window shows
and quits. Run as ``python -m tests.gui.kill_driver PACKAGE MODE [CODE...]`` by test_kill.py."""

from __future__ import annotations

import json
import sys
from itertools import cycle
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from top10_panel.ui.app import create_application, run
from top10_panel.ui.expert.candidates import COL_MARK
from top10_panel.ui.expert.window import BallotWindow

from .driving import check_box_center, proxy_index


def tick(window: BallotWindow, code: str) -> None:
    view = window.list_panel.table
    index = proxy_index(window, code, COL_MARK)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=check_box_center(view, index))


def drive(mode: str, codes: list[str]) -> None:
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BallotWindow))
    window.confirm_close = False
    if mode == "report":
        state = {"vote": window.vote(), "status": window.statusBar().currentMessage()}
        print(json.dumps(state, ensure_ascii=False), flush=True)
        QApplication.quit()
        return
    pending = iter(codes) if mode == "edit" else cycle(codes)

    def saved(_: object) -> None:
        print("saved " + json.dumps(window.vote()), flush=True)
        following = next(pending, None)
        if following is not None:
            QTimer.singleShot(0, lambda: tick(window, following))

    window.draftSaved.connect(saved)
    tick(window, next(pending))


def main() -> int:
    package, mode, codes = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
    create_application(sys.argv[:1])
    QTimer.singleShot(0, lambda: drive(mode, codes))
    return run(package, sys.argv[:1])


if __name__ == "__main__":
    sys.exit(main())
