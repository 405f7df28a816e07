"""Score criteria and the z normalisation set in the new-selection wizard as an editor would: the rows shown for score
ballots only, weights that do not add up refused on the page, the normalisation offered with the mean only, the
summary saying both, and the selection made with them."""

from __future__ import annotations

import os
from fractions import Fraction
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QWizard

from top10_panel.domain.rules import Mode
from top10_panel.services.stages import current_rules
from top10_panel.ui.editor.new_wizard import NewSelectionWizard
from top10_panel.ui.i18n import CHINESE, ENGLISH, Translations

from .test_editor_setup import Desktop


def test_the_wizard_sets_criteria_and_the_normalisation(
    qtbot: QtBot, translations: Translations, tmp_path: Path
) -> None:
    translations.apply(ENGLISH)
    wizard = NewSelectionWizard(Desktop(), tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    made = tmp_path / "criteria.t10"
    wizard.intro.title_edit.setText("2021年度十大事件（分项评分）")
    wizard.intro.file.setText(str(made))
    wizard.next()
    voting = wizard.form.voting
    assert voting.criteria_row.isHidden() and voting.normalise_row.isHidden()  # approval: no criteria
    voting.mode_buttons[Mode.SCORE].click()
    assert not voting.criteria_row.isHidden() and not voting.normalise_row.isHidden()
    assert not voting.criteria.isEnabled()  # offered, not imposed
    voting.criteria_on.setChecked(True)
    assert voting.criteria.pairs() == [("Innovation", "40"), ("Impact", "40"), ("Representativeness", "20")]
    translations.apply(CHINESE)  # the defaults, untouched, follow the language
    qtbot.waitUntil(lambda: voting.criteria.pairs() == [("创新性", "40"), ("影响力", "40"), ("代表性", "20")])
    translations.apply(ENGLISH)
    qtbot.waitUntil(lambda: voting.criteria.pairs()[0] == ("Innovation", "40"))
    voting.criteria.set_pairs((("创新性", "40"), ("影响力", "30"), ("代表性", "20")))
    wizard.next()
    assert wizard.currentPage() is wizard.voting_page
    assert "the criteria weights add up to 90%, not 100%" in wizard.voting_page.error.text()
    voting.criteria.set_pairs((("创新性", "40"), ("影响力", "四十"), ("代表性", "20")))
    wizard.next()
    assert "the weight of the criterion 影响力 is not a number (四十)" in wizard.voting_page.error.text()
    voting.criteria.set_pairs((("创新性", "40%"), ("影响力", "40"), ("代表性", "20")))

    voting.method.setCurrentIndex(voting.method.findData("median"))
    assert not voting.normalise.isEnabled()  # a mean of standardised scores: the mean only
    voting.method.setCurrentIndex(voting.method.findData("mean"))
    assert voting.normalise.isEnabled()
    voting.normalise.setChecked(True)
    for _ in range(4):
        wizard.next()
    assert wizard.currentPage() is wizard.summary
    summary = wizard.summary.text.text()
    assert "on each criterion: 创新性 40%, 影响力 40%, 代表性 20%; the weighted sum counts" in summary
    assert "normalised (z-scores)" in summary
    wizard.button(QWizard.WizardButton.FinishButton).click()

    rules = current_rules(made)
    assert rules.criteria == (("创新性", Fraction(2, 5)), ("影响力", Fraction(2, 5)), ("代表性", Fraction(1, 5)))
    assert (rules.mode, rules.method, rules.normalise) == (Mode.SCORE, "mean", "z")


def test_the_criteria_rows_read_in_chinese(qtbot: QtBot, translations: Translations, tmp_path: Path) -> None:
    translations.apply(CHINESE)
    wizard = NewSelectionWizard(Desktop(), tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.intro.title_edit.setText("十大事件")
    wizard.intro.file.setText(str(tmp_path / "zh.t10"))
    wizard.next()
    voting = wizard.form.voting
    voting.mode_buttons[Mode.SCORE].click()
    voting.criteria_on.setChecked(True)
    assert voting.criteria_label.text() == "评分指标"
    assert voting.normalise.text() == "将每位专家的分数标准化（z 分数）"
    voting.criteria.set_pairs((("创新性", "50"), ("影响力", "40")))
    wizard.next()
    assert "各指标权重之和为 90%，不是 100%" in wizard.voting_page.error.text()
    shots = Path(os.environ.get("TOP10_SCREENSHOTS") or tmp_path)  # a person looks at it
    assert wizard.grab().save(str(shots / "wizard-criteria-zh.png"))
    wizard.reject()
