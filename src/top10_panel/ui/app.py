"""The app: one QApplication set up once (names for QSettings, high-DPI, a font with Chinese glyphs, the
translation), and the controller that moves between the start screen and the windows it opens."""

from __future__ import annotations

import importlib
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from top10_panel.domain.errors import InputError, Location
from top10_panel.resources import resource
from top10_panel.services import drafts
from top10_panel.services.demo import DEMO_FILE, build_demo

from .errors import install_excepthook, log, setup_logging, show_error
from .expert.window import BallotWindow
from .files import PACKAGE_SUFFIX, SELECTION_SUFFIX, DialogChooser, FileChooser, documents
from .i18n import Translations
from .recovery_notice import RecoveryNotice
from .settings import APPLICATION, ORGANIZATION, Context, Settings, data_folder
from .start import StartWindow

CJK_FONTS = ("Noto Sans CJK SC", "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei")
"""The first of these the system has becomes the app's font, so Chinese never falls back to boxes."""

LOADED = time.time()
STARTUP_PROBE = "TOP10_PANEL_STARTUP_PROBE"
"""When set, print the seconds from TOP10_PANEL_T0 (a time.time() the launcher took) to the ballot or selection
window shown, then quit: bench/bench_app_start.py and the bundle check read it."""


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        configure(existing)
        return existing
    # Fractional scale factors (150 %) are used as they are, not rounded to 200 %: text stays crisp and sized.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv)
    configure(app)
    return app


def configure(app: QApplication) -> None:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setApplicationDisplayName("Top10 Panel")
    try:
        QGuiApplication.setWindowIcon(QIcon(str(resource("icons", "top10-panel.png"))))
    except FileNotFoundError:
        log.warning("the app's icon is missing from this installation")
    choose_font(app)


def choose_font(app: QApplication) -> str:
    families = set(QFontDatabase.families())
    for name in CJK_FONTS:
        if name in families:
            font = app.font()
            font.setFamilies([name])
            app.setFont(font)
            return name
    log.warning("no font with Chinese glyphs among %s", ", ".join(CJK_FONTS))
    return ""


class App(QObject):
    """Opens what the user asks for and keeps the windows; the last window closed ends the app."""

    def __init__(
        self,
        context: Context,
        translations: Translations,
        chooser: FileChooser | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.translations = translations
        self.chooser: FileChooser = chooser or DialogChooser()
        self.start_window: StartWindow | None = None
        self.ballots: list[BallotWindow] = []
        self.selection_windows: list[QWidget] = []
        self.probe = bool(os.environ.get(STARTUP_PROBE))
        self.wizard: QWidget | None = None
        """The new-selection wizard while it is open."""
        self.recovery = RecoveryNotice(self)

    def start(self, path: Path | None = None) -> None:
        if path is None:
            self.show_start()
        else:
            self.open_path(path)

    def show_start(self) -> StartWindow:
        if self.start_window is None:
            window = StartWindow(self.context.settings.recent_files(), self.translations.language)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.openPackageRequested.connect(lambda: self.ask_and_open(PACKAGE_SUFFIX))
            window.openSelectionRequested.connect(lambda: self.ask_and_open(SELECTION_SUFFIX))
            window.newSelectionRequested.connect(self.new_selection)
            window.demoRequested.connect(self.open_demo)
            window.openPathRequested.connect(self.open_path)
            window.languageRequested.connect(self.set_language)
            window.destroyed.connect(self._start_gone)
            self.start_window = window
        self.start_window.set_recent(self.context.settings.recent_files())
        self.start_window.show()
        self.start_window.raise_()
        return self.start_window

    def _start_gone(self) -> None:
        self.start_window = None

    def _close_start(self) -> None:
        """The start screen makes way for the window just opened (it comes back from File → Start screen)."""
        if self.start_window is not None:
            window, self.start_window = self.start_window, None
            window.close()

    def _front(self) -> QWidget | None:
        return QApplication.activeWindow() or self.start_window or (self.ballots[-1] if self.ballots else None)

    def ask_and_open(self, suffix: str) -> None:
        parent = self._front()
        if suffix == PACKAGE_SUFFIX:
            title, filters = self.tr("Open a ballot package"), self.tr("Ballot packages (*.t10pkg)")
        else:
            title, filters = self.tr("Open a selection"), self.tr("Selections (*.t10)")
        recent = self.context.settings.recent_files()
        folder = recent[0].parent if recent else documents()
        path = self.chooser.open_file(parent, title, folder, filters)
        if path is not None:
            self.open_path(path)

    def new_selection(self) -> QWidget:
        """The new-selection wizard over the start screen; the selection it makes opens on its Candidates page."""
        wizards = importlib.import_module("top10_panel.ui.editor.new_wizard")
        desktop = self.chooser if hasattr(self.chooser, "choose_folder") else _dialog_desktop()
        recent = self.context.settings.recent_files()
        folder = recent[0].parent if recent else documents()
        wizard: QWidget = wizards.NewSelectionWizard(desktop, folder, self.show_start())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.created.connect(lambda path: self.open_selection(path, first_page="candidates"))  # type: ignore[attr-defined]
        self.wizard = wizard
        wizard.open()  # type: ignore[attr-defined]
        return wizard

    def open_demo(self) -> QWidget | None:
        """The demo selection, built in the user's data folder the first time (demo/demo-2020.t10, its packages in
        demo/packages for an expert to open, each with its ballot beside it), then opened."""
        folder = self.context.data / "demo"
        path = folder / DEMO_FILE
        if not path.exists():
            try:
                build_demo(folder)
            except (InputError, OSError) as error:
                show_error(self.show_start(), error, self.context.log)
                return None
        return self.open_selection(path)

    def open_path(self, path: Path) -> QWidget | None:
        """A package opens the ballot window; a selection the editor's window; anything else says why not."""
        suffix = path.suffix.lower()
        if suffix == PACKAGE_SUFFIX:
            return self.open_package(path)
        if suffix == SELECTION_SUFFIX:
            return self.open_selection(path)
        error = InputError(
            self.tr("this is neither a ballot package (.t10pkg) nor a selection (.t10)"),
            fix=self.tr("open the .t10pkg file the editors sent you"),
            where=Location(file=str(path)),
        )
        show_error(self.show_start(), error, self.context.log)
        return None

    def open_package(self, path: Path) -> BallotWindow | None:
        try:
            package = drafts.open_package(path)
        except InputError as error:
            if not path.exists():
                self.context.settings.remove_recent(path)
            show_error(self.show_start(), error, self.context.log)
            return None
        window = BallotWindow(self.context, path, package, self.chooser)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.set_language_checked(self.translations.language)
        window.startRequested.connect(lambda: self._back_to_start(window))
        window.openRequested.connect(lambda: self.ask_and_open(PACKAGE_SUFFIX))
        window.languageRequested.connect(self.set_language)
        window.destroyed.connect(lambda: self.ballots.remove(window) if window in self.ballots else None)
        self.ballots.append(window)
        self.context.settings.add_recent(path)
        window.show()
        if self.probe:
            QTimer.singleShot(0, lambda: self._report_startup("ballot window"))
        self._close_start()
        return window

    def open_selection(self, path: Path, first_page: str = "") -> QWidget | None:
        """The editor's window (``top10_panel.ui.editor.open_selection_window(path, context=, translations=)``);
        ``first_page``: the page to show rather than the one looked at last (a new selection starts on Candidates)."""
        editor = importlib.import_module("top10_panel.ui.editor")  # imported on first use: the start stays quick
        opener = editor.open_selection_window
        window = opener(path, context=self.context, translations=self.translations)
        if isinstance(window, QWidget):
            if first_page and hasattr(window, "show_page"):
                window.show_page(first_page)
            if window not in self.selection_windows:  # a selection open already is brought to the front
                self.selection_windows.append(window)
                window.destroyed.connect(lambda: self._forget(window))
            self.context.settings.add_recent(path)
            if self.probe:
                QTimer.singleShot(0, lambda: self._report_startup("selection window"))
            self._close_start()
        return window if isinstance(window, QWidget) else None

    def _forget(self, window: QWidget) -> None:
        """A closed editor window (deleted on close) is no longer the app's to keep."""
        if window in self.selection_windows:
            self.selection_windows.remove(window)

    def _back_to_start(self, window: BallotWindow) -> None:
        window.closed.connect(self.show_start)  # only once the ballot really closed (it may ask first)
        window.close()

    def set_language(self, code: str) -> None:
        language = self.translations.apply(code)
        self.context.settings.set_language(code)
        for ballot in self.ballots:
            ballot.set_language_checked(language)
        if self.start_window is not None:
            self.start_window.set_language(language)

    def _report_startup(self, what: str) -> None:
        started = float(os.environ.get("TOP10_PANEL_T0", "0") or 0)
        elapsed = time.time() - (started or LOADED)  # without the launcher's time: since this module was loaded
        print(f"{what} shown after {elapsed:.3f} s", flush=True)
        QCoreApplication.quit()


def _dialog_desktop() -> object:
    """The editor's file dialogs (folders too), which the wizard asks for its file."""
    return importlib.import_module("top10_panel.ui.editor.tools").DialogDesktop()


def run(path: Path | None = None, argv: list[str] | None = None) -> int:
    """Start the app: the start screen, or ``path`` (a .t10pkg goes straight to the ballot window)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)  # the data folder and the log, before anything logs
    QCoreApplication.setApplicationName(APPLICATION)
    context = Context(Settings(), data_folder())
    setup_logging(context.log)
    app = create_application(argv if argv is not None else sys.argv[:1])
    install_excepthook(context.log)
    translations = Translations()
    translations.apply(context.settings.language())
    controller = App(context, translations)
    controller.start(path)
    code = app.exec()
    context.settings.sync()
    return code
