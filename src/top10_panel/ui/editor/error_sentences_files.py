"""What the file readers say about ballot files, packages, Excel ballot forms, ballot matrices and results workbooks,
as templates with the interface's English of each (Qt Linguist translates that). Data only: error_words reads it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SENTENCES: tuple[tuple[str, object], ...] = (
    (
        "the ballot file is incomplete or damaged",
        QT_TRANSLATE_NOOP("ErrorWords", "the ballot file is incomplete or damaged"),
    ),
    (
        "ask the expert to send the ballot file again",
        QT_TRANSLATE_NOOP("ErrorWords", "ask the expert to send the ballot file again"),
    ),
    ("this is not a {0}", QT_TRANSLATE_NOOP("ErrorWords", "this is not a {0}")),
    ("give a {0} made by Top10 Panel", QT_TRANSLATE_NOOP("ErrorWords", "give a {0} made by Top10 Panel")),
    (
        "this {0} is of format version {1}, which this version does not read",
        QT_TRANSLATE_NOOP("ErrorWords", "this {0} is of format version {1}, which this version does not read"),
    ),
    ("update Top10 Panel", QT_TRANSLATE_NOOP("ErrorWords", "update Top10 Panel")),
    ("the file is too large for a {0}", QT_TRANSLATE_NOOP("ErrorWords", "the file is too large for a {0}")),
    ("give the {0} as it was made", QT_TRANSLATE_NOOP("ErrorWords", "give the {0} as it was made")),
    ("this is a folder, not a {0}", QT_TRANSLATE_NOOP("ErrorWords", "this is a folder, not a {0}")),
    ("give the {0} file", QT_TRANSLATE_NOOP("ErrorWords", "give the {0} file")),
    (
        "this is not a readable {0} (damaged or cut short)",
        QT_TRANSLATE_NOOP("ErrorWords", "this is not a readable {0} (damaged or cut short)"),
    ),
    ("ask for the {0} again", QT_TRANSLATE_NOOP("ErrorWords", "ask for the {0} again")),
    (
        "the ballot package is incomplete or damaged",
        QT_TRANSLATE_NOOP("ErrorWords", "the ballot package is incomplete or damaged"),
    ),
    ("ask the editors for a new package", QT_TRANSLATE_NOOP("ErrorWords", "ask the editors for a new package")),
    ("this is not a Top10 Panel ballot form", QT_TRANSLATE_NOOP("ErrorWords", "this is not a Top10 Panel ballot form")),
    (
        "give the ballot form the editors sent (an ordinary workbook or ballot matrix is imported otherwise)",
        QT_TRANSLATE_NOOP(
            "ErrorWords",
            "give the ballot form the editors sent (an ordinary workbook or ballot matrix is imported otherwise)",
        ),
    ),
    ("the ballot form has no sheet '{0}'", QT_TRANSLATE_NOOP("ErrorWords", "the ballot form has no sheet '{0}'")),
    ("this is not an Excel workbook (.xlsx)", QT_TRANSLATE_NOOP("ErrorWords", "this is not an Excel workbook (.xlsx)")),
    (
        "give the ballot form (.xlsx) as filled in",
        QT_TRANSLATE_NOOP("ErrorWords", "give the ballot form (.xlsx) as filled in"),
    ),
    (
        "the hidden part of the ballot form is damaged",
        QT_TRANSLATE_NOOP("ErrorWords", "the hidden part of the ballot form is damaged"),
    ),
    (
        "this ballot form is of format version {0}, which this version does not read",
        QT_TRANSLATE_NOOP("ErrorWords", "this ballot form is of format version {0}, which this version does not read"),
    ),
    (
        "the cell holds a date or time ({0}), not a vote",
        QT_TRANSLATE_NOOP("ErrorWords", "the cell holds a date or time ({0}), not a vote"),
    ),
    (
        "format the cell as General and type the vote again",
        QT_TRANSLATE_NOOP("ErrorWords", "format the cell as General and type the vote again"),
    ),
    (
        "the candidate table was changed: this row should hold candidate '{0}' but holds {1}",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "the candidate table was changed: this row should hold candidate '{0}' but holds {1}"
        ),
    ),
    (
        "the candidate table was changed: this row below the last candidate is filled in",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "the candidate table was changed: this row below the last candidate is filled in"
        ),
    ),
    (
        "the ballot form does not agree with itself: its sheet shows {0} {1}, its protected part holds '{2}'",
        QT_TRANSLATE_NOOP(
            "ErrorWords",
            "the ballot form does not agree with itself: its sheet shows {0} {1}, its protected part holds '{2}'",
        ),
    ),
    (
        "give the form exactly as the editors sent it to this expert, or ask them for a new one",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "give the form exactly as the editors sent it to this expert, or ask them for a new one"
        ),
    ),
    ("the selection has no candidates", QT_TRANSLATE_NOOP("ErrorWords", "the selection has no candidates")),
    (
        "import the candidates before issuing ballot forms",
        QT_TRANSLATE_NOOP("ErrorWords", "import the candidates before issuing ballot forms"),
    ),
    (
        "the {0} {1} holds control characters, which a workbook cannot store",
        QT_TRANSLATE_NOOP("ErrorWords", "the {0} {1} holds control characters, which a workbook cannot store"),
    ),
    ("correct the {0} in the selection", QT_TRANSLATE_NOOP("ErrorWords", "correct the {0} in the selection")),
    (
        "the file is named {0} but is not an Excel workbook",
        QT_TRANSLATE_NOOP("ErrorWords", "the file is named {0} but is not an Excel workbook"),
    ),
    (
        "open it in Excel, WPS or LibreOffice and save it again as .xlsx (Excel Workbook)",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "open it in Excel, WPS or LibreOffice and save it again as .xlsx (Excel Workbook)"
        ),
    ),
    (
        "the {0} workbook is protected by a password",
        QT_TRANSLATE_NOOP("ErrorWords", "the {0} workbook is protected by a password"),
    ),
    (
        "open it, remove the password and save it again",
        QT_TRANSLATE_NOOP("ErrorWords", "open it, remove the password and save it again"),
    ),
    ("the {0} file cannot be read ({1})", QT_TRANSLATE_NOOP("ErrorWords", "the {0} file cannot be read ({1})")),
    ("the matrix has no ballots", QT_TRANSLATE_NOOP("ErrorWords", "the matrix has no ballots")),
    (
        "the first column is headed '{0}', not 'expert'",
        QT_TRANSLATE_NOOP("ErrorWords", "the first column is headed '{0}', not 'expert'"),
    ),
    (
        "head the first column 'expert' (or 专家) and put one candidate code above each other column",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "head the first column 'expert' (or 专家) and put one candidate code above each other column"
        ),
    ),
    ("there are no candidate columns", QT_TRANSLATE_NOOP("ErrorWords", "there are no candidate columns")),
    (
        "add one column per candidate, headed by its code",
        QT_TRANSLATE_NOOP("ErrorWords", "add one column per candidate, headed by its code"),
    ),
    ("this ballot has no expert", QT_TRANSLATE_NOOP("ErrorWords", "this ballot has no expert")),
    (
        "a candidate column has no code in the header",
        QT_TRANSLATE_NOOP("ErrorWords", "a candidate column has no code in the header"),
    ),
    (
        "candidate '{0}' has two columns ({1} and {2})",
        QT_TRANSLATE_NOOP("ErrorWords", "candidate '{0}' has two columns ({1} and {2})"),
    ),
    (
        "keep one column per candidate: merge or delete the duplicate",
        QT_TRANSLATE_NOOP("ErrorWords", "keep one column per candidate: merge or delete the duplicate"),
    ),
    (
        "expert '{0}' has two ballots (rows {1} and {2})",
        QT_TRANSLATE_NOOP("ErrorWords", "expert '{0}' has two ballots (rows {1} and {2})"),
    ),
    (
        "keep one row per expert: delete or rename the duplicate",
        QT_TRANSLATE_NOOP("ErrorWords", "keep one row per expert: delete or rename the duplicate"),
    ),
    ("the file cannot be read as CSV ({0})", QT_TRANSLATE_NOOP("ErrorWords", "the file cannot be read as CSV ({0})")),
    (
        "save it again as CSV UTF-8 or as .xlsx",
        QT_TRANSLATE_NOOP("ErrorWords", "save it again as CSV UTF-8 or as .xlsx"),
    ),
    (
        "this row has {0} cells but the header has {1}",
        QT_TRANSLATE_NOOP("ErrorWords", "this row has {0} cells but the header has {1}"),
    ),
    (
        "give every row one cell per header column (an empty cell is fine)",
        QT_TRANSLATE_NOOP("ErrorWords", "give every row one cell per header column (an empty cell is fine)"),
    ),
    (
        "put the ballot matrix on the first sheet",
        QT_TRANSLATE_NOOP("ErrorWords", "put the ballot matrix on the first sheet"),
    ),
    ("the first row is empty", QT_TRANSLATE_NOOP("ErrorWords", "the first row is empty")),
    (
        "start the sheet with the header row: expert, then candidate codes",
        QT_TRANSLATE_NOOP("ErrorWords", "start the sheet with the header row: expert, then candidate codes"),
    ),
    (
        "format the cell as a number or text and type the vote",
        QT_TRANSLATE_NOOP("ErrorWords", "format the cell as a number or text and type the vote"),
    ),
    (
        "this row has cells beyond the last headed column",
        QT_TRANSLATE_NOOP("ErrorWords", "this row has cells beyond the last headed column"),
    ),
    (
        "give each of these cells a header, or delete it",
        QT_TRANSLATE_NOOP("ErrorWords", "give each of these cells a header, or delete it"),
    ),
    (
        "this workbook has no result sheet (结果 / Result): it is not a results workbook",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "this workbook has no result sheet (结果 / Result): it is not a results workbook"
        ),
    ),
    (
        "give the results workbook exported by top10-panel (tally --xlsx or export --xlsx)",
        QT_TRANSLATE_NOOP("ErrorWords", "give the results workbook exported by Top10 Panel"),
    ),
    ("the sheet '{0}' is missing", QT_TRANSLATE_NOOP("ErrorWords", "the sheet '{0}' is missing")),
    (
        "no font with Chinese glyphs was found for the PDF report",
        QT_TRANSLATE_NOOP("ErrorWords", "no font with Chinese glyphs was found for the PDF report"),
    ),
    ("from the expert list", QT_TRANSLATE_NOOP("ErrorWords", "from the expert list")),
    ("unknown rules {0}", QT_TRANSLATE_NOOP("ErrorWords", "unknown rules {0}")),
    (
        "this file was made by a newer version; update the app",
        QT_TRANSLATE_NOOP("ErrorWords", "this file was made by a newer version; update the app"),
    ),
    (
        "the rules name no known vote mode ({0})",
        QT_TRANSLATE_NOOP("ErrorWords", "the rules name no known vote mode ({0})"),
    ),
    ("the file is damaged; restore a backup", QT_TRANSLATE_NOOP("ErrorWords", "the file is damaged; restore a backup")),
    ("{0}; add, delete or move no rows", QT_TRANSLATE_NOOP("ErrorWords", "{0}; add, delete or move no rows")),
    (
        "fill in the ballot form as the editors sent it, or ask them for a new one",
        QT_TRANSLATE_NOOP("ErrorWords", "fill in the ballot form as the editors sent it, or ask them for a new one"),
    ),
    ("this is a folder, not {0}", QT_TRANSLATE_NOOP("ErrorWords", "this is a folder, not {0}")),
    (
        "publish the count with tally --json; the matrix file itself is the ballots sheet",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "publish the count without the ballots sheet: the matrix file itself is the ballots sheet"
        ),
    ),
    (
        "publish the count with tally --json; keep the public vote's own file beside the workbook",
        QT_TRANSLATE_NOOP(
            "ErrorWords",
            "publish the count without the ballots sheet; keep the public vote's own file beside the workbook",
        ),
    ),
    (
        "the tie-break chain ends in a lot draw, which needs the public seed text",
        QT_TRANSLATE_NOOP("ErrorWords", "the tie-break chain ends in a lot draw, which needs the public seed text"),
    ),
    (
        "give --seed TEXT (e.g. the announced lottery number), or drop lot from --tie-break",
        QT_TRANSLATE_NOOP(
            "ErrorWords",
            "give the public seed text (e.g. the announced lottery number), or drop the lot draw "
            "from the tie-break rules",
        ),
    ),
    (
        "{0}={1} is not a font the report can embed with Chinese glyphs",
        QT_TRANSLATE_NOOP("ErrorWords", "{0}={1} is not a font the report can embed with Chinese glyphs"),
    ),
    (
        "point {0} at an existing .ttf, .otf or .ttc font with Chinese glyphs, or unset it",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "point {0} at an existing .ttf, .otf or .ttc font with Chinese glyphs, or unset it"
        ),
    ),
    (
        "start with a header row, then one row per {0}",
        QT_TRANSLATE_NOOP("ErrorWords", "start with a header row, then one row per {0}"),
    ),
    ("the workbook's sheets are empty", QT_TRANSLATE_NOOP("ErrorWords", "the workbook's sheets are empty")),
    (
        "the rules are locked ({0}), so a change needs a recorded reason",
        QT_TRANSLATE_NOOP("ErrorWords", "the rules are locked ({0}), so a change needs a recorded reason"),
    ),
    (
        "give the reason; the change is then a new version on record",
        QT_TRANSLATE_NOOP("ErrorWords", "give the reason; the change is then a new version on record"),
    ),
    ("the typing has no column for {0}", QT_TRANSLATE_NOOP("ErrorWords", "the typing has no column for {0}")),
    ("check its header row", QT_TRANSLATE_NOOP("ErrorWords", "check its header row")),
    ("the typing has no row for {0}", QT_TRANSLATE_NOOP("ErrorWords", "the typing has no row for {0}")),
    ("check its first column", QT_TRANSLATE_NOOP("ErrorWords", "check its first column")),
    (
        "the first row is not a ballot matrix's header (expert, then codes)",
        QT_TRANSLATE_NOOP("ErrorWords", "the first row is not a ballot matrix's header (expert, then codes)"),
    ),
    ("correct the cells in Excel or WPS", QT_TRANSLATE_NOOP("ErrorWords", "correct the cells in Excel or WPS")),
    (
        "correct the cells in the program that made the file",
        QT_TRANSLATE_NOOP("ErrorWords", "correct the cells in the program that made the file"),
    ),
    (
        "only an .xlsx or .csv typing can be corrected here",
        QT_TRANSLATE_NOOP("ErrorWords", "only an .xlsx or .csv typing can be corrected here"),
    ),
    (
        "{0} waits: the runoff {1} among {2} is in progress",
        QT_TRANSLATE_NOOP("ErrorWords", "{0} waits: the runoff {1} among {2} is in progress"),
    ),
    (
        "collect its ballots and count it first (runoff FILE --count), or settle its own tie",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "collect its ballots and count it first on the Results page, or settle its own tie"
        ),
    ),
    ("no runoff is in progress", QT_TRANSLATE_NOOP("ErrorWords", "no runoff is in progress")),
    (
        "start one for the open tie first: runoff FILE --out DIR",
        QT_TRANSLATE_NOOP("ErrorWords", "start one for the open tie first on the Results page"),
    ),
    # bounded reading of untrusted files (exchange.bounded)
    (
        "give the {0} as Top10 Panel made it",
        QT_TRANSLATE_NOOP("ErrorWords", "give the {0} as Top10 Panel made it"),
    ),
    (
        "this line is longer than {0}; no list or ballot matrix has such lines",
        QT_TRANSLATE_NOOP("ErrorWords", "this line is longer than {0}; no list or ballot matrix has such lines"),
    ),
    (
        "check that this is the right file; save it again from Excel as CSV UTF-8 or as .xlsx",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "check that this is the right file; save it again from Excel as CSV UTF-8 or as .xlsx"
        ),
    ),
    (
        "the workbook holds {0} parts (at most {1}): it is not an ordinary workbook",
        QT_TRANSLATE_NOOP("ErrorWords", "the workbook holds {0} parts (at most {1}): it is not an ordinary workbook"),
    ),
    (
        "the workbook would inflate to {0} (at most {1}): a zip bomb, or far too large for {2}",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "the workbook would inflate to {0} (at most {1}): a zip bomb, or far too large for {2}"
        ),
    ),
    (
        "the part '{0}' would inflate to {1} (at most {2}): a zip bomb, or far too large for {3}",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "the part '{0}' would inflate to {1} (at most {2}): a zip bomb, or far too large for {3}"
        ),
    ),
    (
        "the part '{0}' would inflate {1} times (to {2}): a zip bomb",
        QT_TRANSLATE_NOOP("ErrorWords", "the part '{0}' would inflate {1} times (to {2}): a zip bomb"),
    ),
    (
        "the workbook's shared texts would inflate to {0} (at most {1}): a zip bomb, or far too large for {2}",
        QT_TRANSLATE_NOOP(
            "ErrorWords",
            "the workbook's shared texts would inflate to {0} (at most {1}): a zip bomb, or far too large for {2}",
        ),
    ),
    (
        "the workbook holds more than {0} different texts: it is not an ordinary workbook",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "the workbook holds more than {0} different texts: it is not an ordinary workbook"
        ),
    ),
    (
        "check that this is the right file; give the list or matrix in a workbook of its own",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "check that this is the right file; give the list or matrix in a workbook of its own"
        ),
    ),
    (
        "the file holds a NUL byte (a character 0), which no text holds",
        QT_TRANSLATE_NOOP("ErrorWords", "the file holds a NUL byte (a character 0), which no text holds"),
    ),
    (
        "the cell holds {0} characters (Excel allows {1}): this is not a list or ballot cell",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "the cell holds {0} characters (Excel allows {1}): this is not a list or ballot cell"
        ),
    ),
    (
        "shorten the text of the cell",
        QT_TRANSLATE_NOOP("ErrorWords", "shorten the text of the cell"),
    ),
    (
        "the header row cannot be read as CSV (a cell of more than 131,072 characters, or a stray quote)",
        QT_TRANSLATE_NOOP(
            "ErrorWords",
            "the header row cannot be read as CSV (a cell of more than 131,072 characters, or a stray quote)",
        ),
    ),
    (
        "start the file with the header row: expert, then candidate codes",
        QT_TRANSLATE_NOOP("ErrorWords", "start the file with the header row: expert, then candidate codes"),
    ),
    (
        "the column is headed by {0} characters, too many for a candidate code (at most {1})",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "the column is headed by {0} characters, too many for a candidate code (at most {1})"
        ),
    ),
    (
        "head each column by a candidate's code (E01), or by code and criterion (E01:创新性)",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "head each column by a candidate's code (E01), or by code and criterion (E01:创新性)"
        ),
    ),
    # a list's date cell that no calendar has
    (
        "'{0}' is not a date: there is no year 0",
        QT_TRANSLATE_NOOP("ErrorWords", "'{0}' is not a date: there is no year 0"),
    ),
    (
        "'{0}' is not a date: there is no month {1}",
        QT_TRANSLATE_NOOP("ErrorWords", "'{0}' is not a date: there is no month {1}"),
    ),
    (
        "'{0}' is not a date: {1}-{2} has no day {3}",
        QT_TRANSLATE_NOOP("ErrorWords", "'{0}' is not a date: {1}-{2} has no day {3}"),
    ),
    (
        "write the day as it happened, e.g. 2020-01-24 or 2020年1月24日",
        QT_TRANSLATE_NOOP("ErrorWords", "write the day as it happened, e.g. 2020-01-24 or 2020年1月24日"),
    ),
)
