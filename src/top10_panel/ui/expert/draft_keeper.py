"""The draft of one ballot: restored when the package opens, saved on the writer thread after every change, and
what the vote bar says about it (SPEC §8 Safe: kill the app at any moment, no draft edit older than a second lost)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTime, Signal

from top10_panel.domain.errors import InputError
from top10_panel.services import drafts
from top10_panel.services.drafts import Package, Submitted

from ..errors import log
from ..i18n import join_sentences
from ..tasks import Tasks
from ..times import moment_text

DAMAGED, MISFIT = "damaged", "misfit"


class DraftKeeper(QObject):
    saved = Signal(object)
    """The path of the draft file, once a save has returned."""
    failed = Signal()

    def __init__(self, folder: Path, package: Package, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.package = package
        self.submitted: Submitted | None = None
        """The last ballot file written from this draft (kept in the draft, so revising suggests the same file)."""
        self.tasks = Tasks(self)
        self._saved_at = ""
        self._restored = False
        self._failed = False

    def restore(self) -> tuple[dict[str, Any] | None, str, str]:
        """(the saved vote or None, why not — '' / DAMAGED / MISFIT, when it was saved in local time)."""
        try:
            draft = drafts.load_draft(self.folder, self.package.fingerprint, self.package.expert)
        except InputError as error:
            log.warning("draft not restored: %s", error.message)
            return None, DAMAGED, ""
        if draft is None:
            return None, "", ""
        self.submitted = draft.submitted
        problem = drafts.problem(self.package, draft.vote)
        if problem:
            log.warning("draft not restored: %s", problem)
            return None, MISFIT, ""
        self._restored = True
        return draft.vote, "", _local_time(draft.saved)

    def save(self, vote: dict[str, Any]) -> None:
        """Write ``vote`` as the draft on the writer thread; ``saved`` says when it is on disk."""
        job = partial(
            drafts.save_draft, self.folder, self.package.fingerprint, self.package.expert, vote, self.submitted
        )
        self.tasks.run(job, self._saved, self._failed_saving)

    def _saved(self, path: Path) -> None:
        self._saved_at = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self._failed = False
        self.saved.emit(path)

    def _failed_saving(self, error: BaseException) -> None:
        self._failed = True
        log.error("the draft could not be saved", exc_info=(type(error), error, error.__traceback__))
        self.failed.emit()

    def state(self, vote: dict[str, Any]) -> tuple[str, bool]:
        """What the vote bar says about the draft and the submission of ``vote``, and whether it is a failure."""
        if self._failed:
            text = self.tr("The draft could not be saved! Submit the ballot, or check the disk: {0}")
            return text.format(self.folder), True
        parts = []
        if self._saved_at:
            parts.append(self.tr("Draft saved automatically at {0}.").format(self._saved_at))
        elif self._restored:
            parts.append(self.tr("Draft restored."))
        else:
            parts.append(self.tr("Every change is saved as a draft."))
        if self.submitted is None:
            parts.append(self.tr("Not submitted yet."))
        elif self.submitted.vote == vote:
            parts.append(self.tr("Submitted as revision {0}.").format(self.submitted.revision))
        else:
            text = self.tr("Changed since revision {0} was submitted: submit again to replace it.")
            parts.append(text.format(self.submitted.revision))
        return join_sentences(parts), False

    def shutdown(self) -> None:
        """Finish the save under way (never cut a draft short), then stop the writer thread."""
        self.tasks.shutdown()


def _local_time(iso: str) -> str:
    return moment_text(iso)
