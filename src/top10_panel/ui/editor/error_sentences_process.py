"""What the services say about the process — issuing, collecting, settling, publishing, the selection file, ballot
files and matrices — as templates with the interface's English of each (Qt Linguist translates that); and the words
they put inside. Data only, as error_sentences: error_words reads both."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SENTENCES: tuple[tuple[str, object], ...] = (
    ("{0} is refused for now: {1}", QT_TRANSLATE_NOOP("ErrorWords", "{0} is refused for now: {1}")),
    (
        "wait for the ballots, or go ahead with --override REASON (the audit shows it)",
        QT_TRANSLATE_NOOP("ErrorWords", "wait for the ballots, or go ahead and record the reason (the audit shows it)"),
    ),
    (
        "the quorum is not met: {0} of {1} experts returned valid ballots, {2} needed",
        QT_TRANSLATE_NOOP("ErrorWords", "the quorum is not met: {0} of {1} experts returned valid ballots, {2} needed"),
    ),
    (
        "{0} experts ({1}) may still vote before the deadline {2}",
        QT_TRANSLATE_NOOP("ErrorWords", "{0} experts ({1}) may still vote before the deadline {2}"),
    ),
    ("{0} and {1} more", QT_TRANSLATE_NOOP("ErrorWords", "{0} and {1} more")),
    (
        "the selection has no {0}, so there is nobody to send a package to or nothing to vote on",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "the selection has no {0}, so there is nobody to send a package to or nothing to vote on"
        ),
    ),
    (
        "import them first with {0}",
        QT_TRANSLATE_NOOP("ErrorWords", "import them first on the Candidates and Experts pages"),
    ),
    (
        "{0} suggested recusals are undecided ({1}{2}): an expert could vote on a candidate of their own unit",
        QT_TRANSLATE_NOOP(
            "ErrorWords",
            "{0} suggested recusals are undecided ({1}{2}): an expert could vote on a candidate of their own unit",
        ),
    ),
    (
        "decide them first: recusals FILE --accept EXPERT:CODE,... / --reject EXPERT:CODE,... (or --accept-suggested)",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "decide them first on the Experts page: accept or reject each suggested recusal"
        ),
    ),
    ("this ballot cannot be cast: {0}", QT_TRANSLATE_NOOP("ErrorWords", "this ballot cannot be cast: {0}")),
    ("change the vote", QT_TRANSLATE_NOOP("ErrorWords", "change the vote")),
    (
        "a ballot's revision is a whole number from 1",
        QT_TRANSLATE_NOOP("ErrorWords", "a ballot's revision is a whole number from 1"),
    ),
    ("give --revision 1 or more", QT_TRANSLATE_NOOP("ErrorWords", "give a revision of 1 or more")),
    (
        "counting a late ballot needs who decided and why",
        QT_TRANSLATE_NOOP("ErrorWords", "counting a late ballot needs who decided and why"),
    ),
    (
        "deciding a held ballot needs who decided and why",
        QT_TRANSLATE_NOOP("ErrorWords", "deciding a held ballot needs who decided and why"),
    ),
    ("give --by NAME and --reason TEXT", QT_TRANSLATE_NOOP("ErrorWords", "write who decided and why")),
    (
        "there is no late ballot of '{0}' in this stage",
        QT_TRANSLATE_NOOP("ErrorWords", "there is no late ballot of '{0}' in this stage"),
    ),
    ("check the name against the register", QT_TRANSLATE_NOOP("ErrorWords", "check the name against the register")),
    (
        "there is no ballot of '{0}' held for a decision in this stage",
        QT_TRANSLATE_NOOP("ErrorWords", "there is no ballot of '{0}' held for a decision in this stage"),
    ),
    (
        "check the name against the register (status: needs a decision)",
        QT_TRANSLATE_NOOP("ErrorWords", "check the name against the register (status: needs a decision)"),
    ),
    (
        "'{0}' has {1} ballots held for a decision: {2}",
        QT_TRANSLATE_NOOP("ErrorWords", "'{0}' has {1} ballots held for a decision: {2}"),
    ),
    ("name one with --ballot N", QT_TRANSLATE_NOOP("ErrorWords", "choose one of them")),
    (
        "ballot {0} is not a held ballot of '{1}' (held: {2})",
        QT_TRANSLATE_NOOP("ErrorWords", "ballot {0} is not a held ballot of '{1}' (held: {2})"),
    ),
    ("give one of those numbers with --ballot", QT_TRANSLATE_NOOP("ErrorWords", "choose one of those ballots")),
    (
        "the two typings disagree in {0} place(s): {1}",
        QT_TRANSLATE_NOOP("ErrorWords", "the two typings disagree in {0} places: {1}"),
    ),
    (
        "check those cells against the paper ballots, correct the typing, and collect again",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "check those cells against the paper ballots, correct the typing, and collect again"
        ),
    ),
    (
        "the matrix has columns for candidates that are not in this stage: {0}",
        QT_TRANSLATE_NOOP("ErrorWords", "the matrix has columns for candidates that are not in this stage: {0}"),
    ),
    (
        "remove those columns, or import the candidates first",
        QT_TRANSLATE_NOOP("ErrorWords", "remove those columns, or import the candidates first"),
    ),
    (
        "rows naming no expert of this selection: {0} of {1} (the first: '{2}'); 0 counted, {3} refused: not an "
        "expert of this selection",
        QT_TRANSLATE_NOOP(
            "ErrorWords",
            "rows naming no expert of this selection: {0} of {1} (the first: '{2}'); 0 counted, {3} refused: not an "
            "expert of this selection",
        ),
    ),
    (
        "check that this is the ballot matrix of this selection's experts, its first column naming them as the "
        "expert list does; correct or remove those rows",
        QT_TRANSLATE_NOOP(
            "ErrorWords",
            "check that this is the ballot matrix of this selection's experts, its first column naming them as the "
            "expert list does; correct or remove those rows",
        ),
    ),
    (
        "the rules weigh no panel '{0}' (they count: {1})",
        QT_TRANSLATE_NOOP("ErrorWords", "the rules weigh no panel '{0}' (they count: {1})"),
    ),
    (
        "name one of those panels, or set weighted sources with the rules command",
        QT_TRANSLATE_NOOP("ErrorWords", "choose one of those sources, or set weighted sources on the Rules page"),
    ),
    (
        "there is no open tie: every seat is settled",
        QT_TRANSLATE_NOOP("ErrorWords", "there is no open tie: every seat is settled"),
    ),
    ("nothing to settle", QT_TRANSLATE_NOOP("ErrorWords", "nothing to settle")),
    ("a runoff needs exactly one open tie", QT_TRANSLATE_NOOP("ErrorWords", "a runoff needs exactly one open tie")),
    ("settle the other ties first", QT_TRANSLATE_NOOP("ErrorWords", "settle the other ties first")),
    ("the seed's source is empty", QT_TRANSLATE_NOOP("ErrorWords", "the seed's source is empty")),
    (
        'say where the seed will come from, e.g. --lot-source "福彩3D 2020-12-31 开奖号码"',
        QT_TRANSLATE_NOOP("ErrorWords", "say where the seed will come from, e.g. 福彩3D 2020-12-31 开奖号码"),
    ),
    ("the seed text is empty", QT_TRANSLATE_NOOP("ErrorWords", "the seed text is empty")),
    (
        "give the public seed text, e.g. the announced lottery number",
        QT_TRANSLATE_NOOP("ErrorWords", "give the public seed text, e.g. the announced lottery number"),
    ),
    ("a lot draw needs who drew it", QT_TRANSLATE_NOOP("ErrorWords", "a lot draw needs who drew it")),
    ("give --by NAME", QT_TRANSLATE_NOOP("ErrorWords", "write who drew it")),
    (
        "no source of the seed is recorded for this draw",
        QT_TRANSLATE_NOOP("ErrorWords", "no source of the seed is recorded for this draw"),
    ),
    (
        "first record where the seed will come from: settle FILE --lot-source TEXT [--by NAME], "
        "then, once the seed is known, settle FILE --lot SEED --by NAME",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "first record where the seed will come from; once the seed is known, draw the lot with it"
        ),
    ),
    (
        "the tie among {0} was settled by a lot already, so a second draw needs a reason",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "the tie among {0} was settled by a lot already, so a second draw needs a reason"
        ),
    ),
    (
        "give --reason TEXT (both draws stay in the audit), after recording the new seed's source",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "write the reason (both draws stay in the audit), after recording the new seed's source"
        ),
    ),
    (
        "a chair's decision needs who decided and why",
        QT_TRANSLATE_NOOP("ErrorWords", "a chair's decision needs who decided and why"),
    ),
    ("{0} is not an open tie", QT_TRANSLATE_NOOP("ErrorWords", "{0} is not an open tie")),
    (
        "order exactly the candidates of the open tie, each once: {0}",
        QT_TRANSLATE_NOOP("ErrorWords", "order exactly the candidates of the open tie, each once: {0}"),
    ),
    (
        "give the folder of the runoff's ballot matrices",
        QT_TRANSLATE_NOOP("ErrorWords", "give the folder of the runoff's ballot matrices"),
    ),
    ("--runoff DIR", QT_TRANSLATE_NOOP("ErrorWords", "choose the folder")),
    (
        "the folder holds no ballot matrix (.csv, .xlsx)",
        QT_TRANSLATE_NOOP("ErrorWords", "the folder holds no ballot matrix (.csv, .xlsx)"),
    ),
    ("put the runoff's ballots there", QT_TRANSLATE_NOOP("ErrorWords", "put the runoff's ballots there")),
    (
        "rules version {0} is locked ({1}), so a change needs a recorded reason",
        QT_TRANSLATE_NOOP("ErrorWords", "rules version {0} is locked ({1}), so a change needs a recorded reason"),
    ),
    (
        "give the reason with --reason TEXT (and who decided with --by NAME): the change is "
        "then a new, logged version; issued packages of the old version are refused",
        QT_TRANSLATE_NOOP(
            "ErrorWords",
            "write the reason and who decided: the change is then a new, logged version; issued "
            "packages of the old version are refused",
        ),
    ),
    ("unknown over-vote rule '{0}'", QT_TRANSLATE_NOOP("ErrorWords", "unknown over-vote rule '{0}'")),
    ("unknown publication order '{0}'", QT_TRANSLATE_NOOP("ErrorWords", "unknown publication order '{0}'")),
    (
        "the notice's contact must be one line of at most {0} characters",
        QT_TRANSLATE_NOOP("ErrorWords", "the notice's contact must be one line of at most {0} characters"),
    ),
    (
        "give the office, a telephone number and an e-mail address on one line",
        QT_TRANSLATE_NOOP("ErrorWords", "give the office, a telephone number and an e-mail address on one line"),
    ),
    (
        "the objection period's end '{0}' is not a date",
        QT_TRANSLATE_NOOP("ErrorWords", "the objection period's end '{0}' is not a date"),
    ),
    ("write it as 2021-01-11", QT_TRANSLATE_NOOP("ErrorWords", "write it as 2021-01-11")),
    (
        "the {0} decision orders {1} but the tie is among {2}",
        QT_TRANSLATE_NOOP("ErrorWords", "the {0} decision orders {1} but the tie is among {2}"),
    ),
    (
        "record the decision again, ordering exactly the tied candidates, each once",
        QT_TRANSLATE_NOOP("ErrorWords", "record the decision again, ordering exactly the tied candidates, each once"),
    ),
    ("the selection has no candidates yet", QT_TRANSLATE_NOOP("ErrorWords", "the selection has no candidates yet")),
    ("import them with import-candidates", QT_TRANSLATE_NOOP("ErrorWords", "import them on the Candidates page")),
    (
        "a demo selection exists in this folder already",
        QT_TRANSLATE_NOOP("ErrorWords", "a demo selection exists in this folder already"),
    ),
    ("delete it, or choose another folder", QT_TRANSLATE_NOOP("ErrorWords", "delete it, or choose another folder")),
    ("the saved draft is damaged", QT_TRANSLATE_NOOP("ErrorWords", "the saved draft is damaged")),
    ("the saved draft cannot be read ({0})", QT_TRANSLATE_NOOP("ErrorWords", "the saved draft cannot be read ({0})")),
    ("vote again", QT_TRANSLATE_NOOP("ErrorWords", "vote again")),
    (
        "the introduction has {0} characters, more than {1}",
        QT_TRANSLATE_NOOP("ErrorWords", "the introduction has {0} characters, more than {1}"),
    ),
    (
        "shorten it: the introduction leads the article, the events follow",
        QT_TRANSLATE_NOOP("ErrorWords", "shorten it: the introduction leads the article, the events follow"),
    ),
    (
        "the introduction holds control characters",
        QT_TRANSLATE_NOOP("ErrorWords", "the introduction holds control characters"),
    ),
    ("paste it as plain text", QT_TRANSLATE_NOOP("ErrorWords", "paste it as plain text")),
    (
        "the tie among {0} is open, so the announcement would print an unsettled list",
        QT_TRANSLATE_NOOP("ErrorWords", "the tie among {0} is open, so the announcement would print an unsettled list"),
    ),
    (
        "settle it first (settle --lot, --chair or --runoff), then export the announcement",
        QT_TRANSLATE_NOOP(
            "ErrorWords",
            "settle it first on the Results page (lot draw, chair's decision or runoff), then export the announcement",
        ),
    ),
    (
        "no seat is settled yet, so there is nothing to announce",
        QT_TRANSLATE_NOOP("ErrorWords", "no seat is settled yet, so there is nothing to announce"),
    ),
    ("tally first", QT_TRANSLATE_NOOP("ErrorWords", "collect the ballots first")),
    (
        "the 公示 notice needs the objection period's end and a contact",
        QT_TRANSLATE_NOOP("ErrorWords", "the 公示 notice needs the objection period's end and a contact"),
    ),
    (
        "set them with rules --notice-until 2021-01-11 --notice-contact TEXT (or on the rules page)",
        QT_TRANSLATE_NOOP("ErrorWords", "set them on the Rules page"),
    ),
    ("the folder {0} does not exist", QT_TRANSLATE_NOOP("ErrorWords", "the folder {0} does not exist")),
    ("create it, or choose another", QT_TRANSLATE_NOOP("ErrorWords", "create it, or choose another")),
    (
        "{0} ballots do not fit in one worksheet",
        QT_TRANSLATE_NOOP("ErrorWords", "{0} ballots do not fit in one worksheet"),
    ),
    (
        "nothing has been published from this stage yet, so there is nothing to verify against",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "nothing has been published from this stage yet, so there is nothing to verify against"
        ),
    ),
    ("export the results first (top10-panel export)", QT_TRANSLATE_NOOP("ErrorWords", "export the results first")),
    ("no such file or folder", QT_TRANSLATE_NOOP("ErrorWords", "no such file or folder")),
    ("check the path", QT_TRANSLATE_NOOP("ErrorWords", "check the path")),
    (
        "this SQLite file is not a Top10 Panel selection",
        QT_TRANSLATE_NOOP("ErrorWords", "this SQLite file is not a Top10 Panel selection"),
    ),
    ("open a .t10 file made by Top10 Panel", QT_TRANSLATE_NOOP("ErrorWords", "open a .t10 file made by Top10 Panel")),
    ("the selection file is damaged ({0})", QT_TRANSLATE_NOOP("ErrorWords", "the selection file is damaged ({0})")),
    ("restore it from a backup copy", QT_TRANSLATE_NOOP("ErrorWords", "restore it from a backup copy")),
    (
        "this is not a Top10 Panel selection file",
        QT_TRANSLATE_NOOP("ErrorWords", "this is not a Top10 Panel selection file"),
    ),
    ("open a .t10 file", QT_TRANSLATE_NOOP("ErrorWords", "open a .t10 file")),
)

WORDS: dict[str, object] = {
    "publishing": QT_TRANSLATE_NOOP("ErrorWords", "publishing"),
    "settling the tie": QT_TRANSLATE_NOOP("ErrorWords", "settling the tie"),
    "packages issued": QT_TRANSLATE_NOOP("ErrorWords", "packages issued"),
    "ballots counted": QT_TRANSLATE_NOOP("ErrorWords", "ballots counted"),
    "candidates and no experts": QT_TRANSLATE_NOOP("ErrorWords", "candidates and no experts"),
    "ballot file": QT_TRANSLATE_NOOP("ErrorWords", "ballot file"),
    "ballot package": QT_TRANSLATE_NOOP("ErrorWords", "ballot package"),
    "chair": QT_TRANSLATE_NOOP("ErrorWords", "chair"),
    "runoff": QT_TRANSLATE_NOOP("ErrorWords", "runoff"),
    "lot": QT_TRANSLATE_NOOP("ErrorWords", "lot"),
    "nothing": QT_TRANSLATE_NOOP("ErrorWords", "nothing"),
    "a ballot form": QT_TRANSLATE_NOOP("ErrorWords", "a ballot form"),
    "a list": QT_TRANSLATE_NOOP("ErrorWords", "a list"),
    "a ballot matrix": QT_TRANSLATE_NOOP("ErrorWords", "a ballot matrix"),
    "a results workbook": QT_TRANSLATE_NOOP("ErrorWords", "a results workbook"),
}
