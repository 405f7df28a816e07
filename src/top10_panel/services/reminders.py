"""Reminding the experts who have not voted yet (SPEC §2.4): who they are and what is missing, their e-mail
addresses, a reminder text in Chinese or English with the selection's title, the deadline in local time and the
fingerprint filled in, a ``mailto:`` link, a reminder list (CSV), and the time left to the deadline."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from top10_panel.domain.votes import fingerprint
from top10_panel.exchange.reason_words import reason_text
from top10_panel.store import received, repository
from top10_panel.store.database import open_selection

LANGUAGES = ("zh", "en")

MISSING_WORDS = {
    "zh": {
        "none": "尚未收到选票",
        "late": "选票在截止时间之后收到，尚待决定是否计入",
        "rejected": "选票被拒收：{0}",
    },
    "en": {
        "none": "no ballot received yet",
        "late": "ballot received after the deadline, not counted yet",
        "rejected": "ballot rejected: {0}",
    },
}
LIST_HEADER = {"zh": ("姓名", "单位", "邮箱", "缺少"), "en": ("name", "affiliation", "email", "missing")}

SUBJECT = {
    "zh": "提醒：请于{deadline}前提交“{title}”的选票",
    "en": 'Reminder: your ballot for "{title}" is due {deadline}',
}
SUBJECT_NO_DEADLINE = {"zh": "提醒：请提交“{title}”的选票", "en": 'Reminder: your ballot for "{title}"'}
BODY = {
    "zh": (
        "尊敬的专家：\n\n"
        "“{title}”（{stage}）的投票{deadline_line}我们尚未收到您的有效选票。"
        "请用评选程序打开我们发给您的选票包（.t10pkg）投票，并将生成的选票文件（.t10vote）发回；"
        "也可填写 Excel 选票表后发回。\n\n"
        "请核对选票包上的评选指纹：\n{fingerprint}\n\n"
        "如已投票，请忽略本提醒；如需重新发送选票包，请回复本邮件。\n\n"
        "编辑部"
    ),
    "en": (
        "Dear expert,\n\n"
        'The vote on "{title}" ({stage}) {deadline_line}we have not received a valid ballot from you yet. '
        "Please open the ballot package (.t10pkg) we sent you in the Top10 Panel app, vote, and send back the "
        "ballot file (.t10vote) it writes; or fill in the Excel ballot form and send it back.\n\n"
        "Please check the selection fingerprint shown with your package:\n{fingerprint}\n\n"
        "If you have voted already, please ignore this reminder; reply to this message if you need the package "
        "again.\n\n"
        "The editors"
    ),
}
DEADLINE_LINE = {"zh": "截止时间为 {0}（本地时间），", "en": "closes on {0} (local time); "}
NO_DEADLINE_LINE = {"zh": "仍在进行，", "en": "is still open, and "}


@dataclass(frozen=True)
class Missing:
    """An expert without a counted ballot in the current stage, and what is missing."""

    name: str
    affiliation: str
    email: str
    why: str
    """none (no ballot), late (waits for a decision) or rejected."""
    reason: str = ""
    """The register's reason for a rejected ballot."""

    def missing(self, language: str = "zh") -> str:
        said = _language(language)
        return MISSING_WORDS[said][self.why].format(reason_text(self.reason, said))


@dataclass(frozen=True)
class Reminder:
    title: str
    stage: str
    deadline: str
    """The deadline in local time, 'YYYY-MM-DD HH:MM' ('' when the rules set none)."""
    fingerprint: str
    missing: tuple[Missing, ...]

    @property
    def emails(self) -> tuple[str, ...]:
        """The addresses of the missing experts who have one, in list order."""
        return tuple(m.email for m in self.missing if m.email)

    @property
    def without_email(self) -> tuple[str, ...]:
        return tuple(m.name for m in self.missing if not m.email)

    def subject(self, language: str = "zh") -> str:
        lang = _language(language)
        template = SUBJECT[lang] if self.deadline else SUBJECT_NO_DEADLINE[lang]
        return template.format(title=self.title, deadline=self.deadline)

    def body(self, language: str = "zh") -> str:
        lang = _language(language)
        line = DEADLINE_LINE[lang].format(self.deadline) if self.deadline else NO_DEADLINE_LINE[lang]
        return BODY[lang].format(title=self.title, stage=self.stage, deadline_line=line, fingerprint=self.fingerprint)

    def mailto(self, language: str = "zh") -> str:
        """A mailto: link to every missing expert who has an address, in Bcc (the experts do not see each other:
        the panel may be secret), with the reminder's subject and text."""
        bcc = ",".join(quote(address, safe="@.+-_") for address in self.emails)
        query = f"bcc={bcc}&subject={quote(self.subject(language))}&body={quote(self.body(language))}"
        return f"mailto:?{query}"

    def list_csv(self, language: str = "zh") -> str:
        """The reminder list: one row per missing expert (name, affiliation, e-mail, what is missing)."""
        lang = _language(language)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(LIST_HEADER[lang])
        for m in self.missing:
            writer.writerow([_as_text(m.name), _as_text(m.affiliation), _as_text(m.email), m.missing(lang)])
        return out.getvalue()


def reminder(path: Path) -> Reminder:
    """Who has not voted in the current stage and what the reminder says (read only)."""
    with open_selection(path, write=False) as selection, selection.read() as session:
        stage = repository.current_stage(session)
        rules = repository.rules(session, stage)
        candidates = repository.candidates(session, stage)
        fp = fingerprint(rules, candidates, repository.nonce(session)) if candidates else ""
        lines = received.register(session, stage)
        experts = repository.experts(session)
        title = repository.selection(session).title
        stage_name = stage.name
    counted = {line.expert for line in lines if line.status in ("accepted", "held")}
    late = {line.expert for line in lines if line.status == "late"}
    rejected = {line.expert: line.reason for line in lines if line.status == "rejected" and line.expert}
    missing = []
    for expert in experts:
        if expert.name in counted:
            continue
        why = "late" if expert.name in late else "rejected" if expert.name in rejected else "none"
        missing.append(Missing(expert.name, expert.affiliation, expert.email, why, rejected.get(expert.name, "")))
    return Reminder(title, stage_name, local_deadline(rules.deadline), fp, tuple(missing))


def save_list(path: Path, out: Path, language: str = "zh") -> Reminder:
    """Write the reminder list as CSV (UTF-8 with a BOM, which Excel and WPS open as Chinese)."""
    found = reminder(path)
    out.write_text(found.list_csv(language), encoding="utf-8-sig", newline="")
    return found


def local_deadline(text: str) -> str:
    """A deadline as the rules store it, in this machine's local time ('' for none): written without an offset it
    is local time already (domain.rules.deadline_passed)."""
    moment = _moment(text)
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else ""


def time_left(deadline: str, now: datetime) -> timedelta | None:
    """How long until the deadline (negative once it has passed); None when the rules set none. ``now`` carries
    its UTC offset."""
    moment = _moment(deadline)
    return None if moment is None else moment - now


def _moment(text: str) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.astimezone()  # a naive time is taken as local time, an offset is converted to it


def _language(language: str) -> str:
    return "en" if language.lower().startswith("en") else "zh"


def _as_text(value: str) -> str:
    """A cell a spreadsheet will not run as a formula (names and addresses come from users)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
