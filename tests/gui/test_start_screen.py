"""The start screen for a newcomer: a new selection (which opens on Candidates), the demo built in the user's data
folder, a hint while there are no recent files, and Help with the guides for editors and experts in both languages."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from top10_panel.resources import resource
from top10_panel.ui.app import App
from top10_panel.ui.editor import editor_settings
from top10_panel.ui.editor.new_wizard import NewSelectionWizard
from top10_panel.ui.editor.opening import open_windows
from top10_panel.ui.editor.window import SelectionWindow
from top10_panel.ui.help import GUIDES, HelpMenu
from top10_panel.ui.i18n import CHINESE, ENGLISH, Translations
from top10_panel.ui.settings import Context
from top10_panel.ui.start import StartWindow

DOCS = Path(__file__).resolve().parents[2] / "docs"


def start(qtbot: QtBot, context: Context) -> tuple[App, StartWindow]:
    app = App(context, Translations())
    app.start(None)
    window = app.start_window
    assert window is not None
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return app, window


def editor_of(qtbot: QtBot, app: App) -> SelectionWindow:
    window = app.selection_windows[-1]
    assert isinstance(window, SelectionWindow)
    qtbot.addWidget(window)
    return window


def test_an_empty_recent_list_says_what_to_do_first(qtbot: QtBot, context: Context, tmp_path: Path) -> None:
    _, window = start(qtbot, context)
    assert window.empty_hint.isVisible() and not window.recent.isVisible()
    assert "demo" in window.empty_hint.text() and window.new_selection.isVisible() and window.open_demo.isVisible()
    window.set_recent([tmp_path / "a.t10"])
    assert not window.empty_hint.isVisible() and window.recent.isVisible()


def test_a_new_selection_from_the_start_screen_opens_on_candidates(
    qtbot: QtBot, context: Context, tmp_path: Path
) -> None:
    editor_settings.set_last_page(context.settings, "publish")  # the page another selection was left on
    app, window = start(qtbot, context)
    window.new_selection.click()
    wizard = app.wizard
    assert isinstance(wizard, NewSelectionWizard) and wizard.isVisible()
    wizard.intro.title_edit.setText("2021年度十大事件")
    wizard.intro.file.setText(str(tmp_path / "2021.t10"))
    wizard.make_selection()
    wizard.close()
    editor = editor_of(qtbot, app)
    assert editor.current_key() == "candidates"
    assert (tmp_path / "2021.t10").exists()


def test_the_editors_own_new_selection_opens_on_candidates(qtbot: QtBot, context: Context, tmp_path: Path) -> None:
    app, window = start(qtbot, context)
    window.new_selection.click()
    assert isinstance(app.wizard, NewSelectionWizard)
    app.wizard.intro.title_edit.setText("第一")
    app.wizard.intro.file.setText(str(tmp_path / "first.t10"))
    app.wizard.make_selection()
    app.wizard.close()
    first = editor_of(qtbot, app)
    first.show_page("publish")
    first.new_action.trigger()
    wizard = first.wizard
    assert isinstance(wizard, NewSelectionWizard)
    wizard.intro.title_edit.setText("第二")
    wizard.intro.file.setText(str(tmp_path / "second.t10"))
    wizard.make_selection()
    wizard.close()

    second = [w for w in open_windows() if w.selection.name == "second.t10"][0]
    qtbot.addWidget(second)
    assert second.current_key() == "candidates"


def test_open_the_demo_builds_it_in_the_data_folder_once(qtbot: QtBot, context: Context) -> None:
    app, window = start(qtbot, context)
    window.open_demo.click()
    demo = context.data / "demo" / "demo-2020.t10"
    assert demo.exists()
    # an expert's side of the demo beside it: the packages it issued, the ballots voted from them
    assert len(list((demo.parent / "packages").glob("*.t10pkg"))) == 27
    assert len(list((demo.parent / "packages").glob("*.t10vote"))) == 26
    editor = editor_of(qtbot, app)
    assert editor.selection == demo
    editor.close()
    before = demo.read_bytes()
    app.open_demo()  # a second time opens the same demo, not a new one
    editor_of(qtbot, app)
    assert demo.read_bytes() == before


def test_a_closed_editor_window_is_forgotten_and_opening_it_again_gives_one_window(
    qtbot: QtBot, context: Context
) -> None:
    app, window = start(qtbot, context)
    window.open_demo.click()
    first = app.selection_windows[-1]
    app.open_demo()  # open already: brought to the front, not kept twice
    assert app.selection_windows == [first]
    first.close()
    qtbot.waitUntil(lambda: not app.selection_windows)
    app.open_demo()
    editor = editor_of(qtbot, app)
    assert len(app.selection_windows) == 1 and isinstance(editor, SelectionWindow)


def test_help_shows_each_guide_in_the_language_in_use(qtbot: QtBot, context: Context) -> None:
    translations = Translations()
    _, window = start(qtbot, context)
    try:
        languages = ((CHINESE, "编辑指南", "专家指南"), (ENGLISH, "Guide for editors", "Guide for experts"))
        for language, editors, experts in languages:
            translations.apply(language)
            menu = window.help_menu
            assert isinstance(menu, HelpMenu)
            dialog = menu.show_guide("experts")
            qtbot.addWidget(dialog)
            assert experts in dialog.browser.toPlainText() and dialog.windowTitle() == experts
            dialog = menu.show_guide("editors")
            qtbot.addWidget(dialog)
            assert editors in dialog.browser.toPlainText() and dialog.windowTitle() == editors
            title = "帮助(&H)" if language == CHINESE else "&Help"
            qtbot.waitUntil(lambda m=menu, t=title: m.title() == t)  # type: ignore[misc]
    finally:
        translations.apply(ENGLISH)


def test_the_guides_in_docs_are_the_apps() -> None:
    for guide in GUIDES:
        for language in (CHINESE, "en"):
            name = f"guide-{guide}.{language}.md"
            assert (DOCS / name).read_text(encoding="utf-8") == resource("help", name).read_text(encoding="utf-8")
