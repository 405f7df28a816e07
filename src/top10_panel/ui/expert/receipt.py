"""The receipt after submitting: the ballot's fingerprint (SHA-256 of the file), the tracker the published tally
sheet will list, the revision, the selection's fingerprint and the file; printable to PDF."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFontDatabase, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from top10_panel.domain.errors import InputError, Location

from ..errors import show_error
from ..files import FileChooser
from ..times import datetime_text

if TYPE_CHECKING:
    from top10_panel.services.ballots import Receipt


class ReceiptDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        receipt: Receipt,
        title: str,
        chooser: FileChooser,
        log_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.receipt = receipt
        self.title = title
        self.chooser = chooser
        self.log_path = log_path
        self.pdf_path: Path | None = None
        self.time = datetime_text(datetime.now(), seconds=True)
        self.setWindowTitle(self.tr("Ballot receipt"))
        self.text = QTextBrowser()
        self.text.setHtml(self.html())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.save_pdf: QPushButton = self.buttons.addButton(
            self.tr("Save as &PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        self.save_pdf.clicked.connect(self.ask_pdf)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._fit()

    def _fit(self) -> None:
        """As large as the receipt, so that no line of it hides behind a scroll bar (at any scale): as wide as its
        widest line within 60 to 110 characters, as tall as its text at that width (at most 45 lines)."""
        metrics = self.text.fontMetrics()
        document = self.text.document()
        document.setTextWidth(-1)
        char = metrics.averageCharWidth()
        width = int(min(max(document.idealWidth(), char * 60), char * 110))
        document.setTextWidth(width)
        frame = 2 * self.text.frameWidth() + 2 * int(document.documentMargin()) + 4
        height = int(min(document.size().height(), metrics.height() * 45))
        slack = metrics.height()  # the last line's leading, and room the style keeps for a scroll bar
        self.text.setMinimumSize(width + frame + slack, height + frame + slack)
        self.adjustSize()

    def html(self) -> str:
        r = self.receipt
        revision = r.revision
        rows = [
            (self.tr("Selection"), self.title, False),
            (self.tr("Expert"), r.expert, False),
            (self.tr("Revision"), str(revision), False),
            (self.tr("Submitted"), self.time, False),
            (self.tr("Ballot file"), str(r.path), False),
            (self.tr("Ballot fingerprint (SHA-256)"), r.ballot_fingerprint, True),
            (self.tr("Tracker"), r.tracker, True),
            (self.tr("Selection fingerprint"), r.selection_fingerprint, True),
        ]
        mono = escape(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family())
        table = "".join(
            f"<tr><td valign='top'><b>{escape(name)}</b>&nbsp;&nbsp;</td>"
            + (f"<td style=\"font-family:'{mono}'\">" if fixed else "<td>")
            + f"{escape(value)}</td></tr>"
            for name, value, fixed in rows
        )
        notes = [
            self.tr("Your ballot is saved in the file above. Send that file to the editors (e-mail or USB stick)."),
            self.tr(
                "The fingerprint identifies exactly this file; the published tally sheet lists the tracker, so you "
                "can check that your ballot was counted as cast. Keep this receipt."
            ),
        ]
        if revision > 1:
            notes.insert(
                0,
                self.tr(
                    "This is revision {0}: it replaces your earlier ballot; the editors count only the latest revision."
                ).format(revision),
            )
        notes.append(
            self.tr("To change your vote, submit again to the same file: that makes revision {0}.").format(revision + 1)
        )
        paragraphs = "".join(f"<p>{escape(n)}</p>" for n in notes)
        return f"<h2>{escape(self.tr('Ballot receipt'))}</h2><table>{table}</table>{paragraphs}"

    def ask_pdf(self) -> None:
        ballot = Path(self.receipt.path)
        suggested = ballot.with_name(ballot.stem + "-receipt.pdf")
        path = self.chooser.save_file(self, self.tr("Save the receipt as PDF"), suggested, self.tr("PDF (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_pdf(path, self.html())
        except OSError as error:
            problem = self.tr("Cannot write the file ({0}).").format(error.strerror)
            show_error(self, InputError(problem, where=Location(file=str(path))), self.log_path)
            return
        self.pdf_path = path
        self.note.setText(self.tr("Receipt saved: {0}").format(path))


def write_pdf(path: Path, html: str) -> None:
    """The receipt on an A4 page; QPdfWriter embeds the fonts, so the Chinese prints anywhere."""
    if not path.parent.is_dir():
        raise FileNotFoundError(2, "No such folder", str(path.parent))
    document = QTextDocument()
    document.setHtml(html)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle(path.stem)
    document.print_(writer)
    if not path.exists():
        raise OSError(5, "the PDF was not written", str(path))
