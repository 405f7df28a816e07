"""The Help menu's guides: one for editors, one for experts, in Chinese and English (resources/help/*.md, the same
text as docs/guide-*.md), shown in a dialog that follows the app's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QMenuBar, QTextBrowser, QVBoxLayout, QWidget

from top10_panel.resources import resource

GUIDES = ("editors", "experts")


def guide_text(guide: str, language: str) -> str:
    """The Markdown of ``guide`` in ``language`` (zh_CN or en); English when that language has none."""
    for code in (language, "en"):
        try:
            return resource("help", f"guide-{guide}.{code}.md").read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
    return ""


def current_language() -> str:
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


class GuideDialog(QDialog):
    """A guide, readable and sized for reading (about 80 characters wide); links open in the browser."""

    def __init__(self, guide: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * 34)
        self.retranslate()

    def retranslate(self) -> None:
        titles = {
            "editors": QCoreApplication.translate("Help", "Guide for editors"),
            "experts": QCoreApplication.translate("Help", "Guide for experts"),
        }
        self.setWindowTitle(titles[self.guide])
        self.browser.setMarkdown(guide_text(self.guide, current_language()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class HelpMenu(QMenu):
    """Help → the guide for editors, the guide for experts; ``first`` is the window's own reader's guide."""

    def __init__(self, bar: QMenuBar, first: str) -> None:
        super().__init__(bar)
        bar.addMenu(self)
        self.dialog: GuideDialog | None = None
        self.guide_actions: dict[str, QAction] = {}
        for guide in (first, *(g for g in GUIDES if g != first)):
            action = self.addAction("")
            action.triggered.connect(lambda _=False, g=guide: self.show_guide(g))
            self.guide_actions[guide] = action
        self.guide_actions[first].setShortcut("F1")
        self.retranslate()

    def show_guide(self, guide: str) -> GuideDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = GuideDialog(guide, self.parentWidget())
        self.dialog.show()
        return self.dialog

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("Help", "&Help"))
        self.guide_actions["editors"].setText(QCoreApplication.translate("Help", "Guide for &editors"))
        self.guide_actions["experts"].setText(QCoreApplication.translate("Help", "Guide for e&xperts"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
