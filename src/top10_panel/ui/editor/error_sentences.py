"""Every sentence the services can say about rules, lists and edits, as a template ({0}, {1} … where the values
go), with the interface's English of it (Qt Linguist translates that); and the words they put inside. Data only:
error_words reads it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "ErrorWords"

# (what the service says, what the editor reads) — the second is None when it is the same sentence.
SENTENCES: tuple[tuple[str, object], ...] = (
    # rules (domain.rules)
    (
        "method '{0}' does not belong to {1} mode",
        QT_TRANSLATE_NOOP("ErrorWords", "the method {0} does not belong to the {1} mode"),
    ),
    ("use one of: {0}", QT_TRANSLATE_NOOP("ErrorWords", "use one of: {0}")),
    ("seats must be at least 1, not {0}", QT_TRANSLATE_NOOP("ErrorWords", "there must be at least 1 seat, not {0}")),
    ("give --seats 1 or more", QT_TRANSLATE_NOOP("ErrorWords", "give 1 seat or more")),
    ("min_picks cannot be negative", QT_TRANSLATE_NOOP("ErrorWords", "the fewest picks cannot be negative")),
    ("give --min-picks 0 or more", QT_TRANSLATE_NOOP("ErrorWords", "give 0 or more")),
    (
        "max_picks {0} is below min_picks {1} or below 1",
        QT_TRANSLATE_NOOP("ErrorWords", "the most picks ({0}) are fewer than the fewest picks ({1}), or fewer than 1"),
    ),
    (
        "give --max-picks at least --min-picks and at least 1",
        QT_TRANSLATE_NOOP("ErrorWords", "make the most picks at least the fewest picks, and at least 1"),
    ),
    ("max_ranks must be at least 1", QT_TRANSLATE_NOOP("ErrorWords", "the most ranks must be at least 1")),
    ("give --max-ranks 1 or more", QT_TRANSLATE_NOOP("ErrorWords", "give 1 or more")),
    ("the score scale {0}–{1} is empty", QT_TRANSLATE_NOOP("ErrorWords", "the score scale {0}–{1} is empty")),
    (
        "give --scale LO-HI with LO < HI",
        QT_TRANSLATE_NOOP("ErrorWords", "make the lowest score smaller than the highest"),
    ),
    (
        "tie-break rule '{0}' does not apply in {1} mode",
        QT_TRANSLATE_NOOP("ErrorWords", "the tie-break rule {0} does not apply in the {1} mode"),
    ),
    ("use rules from: {0}", QT_TRANSLATE_NOOP("ErrorWords", "use rules from: {0}")),
    ("a tie-break rule appears twice in the chain", QT_TRANSLATE_NOOP("ErrorWords", "a tie-break rule appears twice")),
    ("name each rule once", QT_TRANSLATE_NOOP("ErrorWords", "use each rule once")),
    (
        "the lot draw settles every tie, so it can only be the last rule of the chain",
        QT_TRANSLATE_NOOP("ErrorWords", "the lot draw settles every tie, so it can only be the last rule of the chain"),
    ),
    (
        "move lot to the end of --tie-break",
        QT_TRANSLATE_NOOP("ErrorWords", "move the lot draw to the end of the chain"),
    ),
    (
        "only ranking ballots have an order by which to drop the excess",
        QT_TRANSLATE_NOOP("ErrorWords", "only ranking ballots have an order by which to drop the excess"),
    ),
    (
        "use the over-vote rule void (多选作废) in approval and score modes",
        QT_TRANSLATE_NOOP("ErrorWords", "void the whole ballot (多选作废) in the approval and score modes"),
    ),
    ("quorum {0} is not a share below 1", QT_TRANSLATE_NOOP("ErrorWords", "the quorum {0} is not a share below 1")),
    ("give a share such as 2/3", QT_TRANSLATE_NOOP("ErrorWords", "give a share such as 2/3 or 66%")),
    (
        "each category quota needs its own category name",
        QT_TRANSLATE_NOOP("ErrorWords", "each category quota needs its own category name"),
    ),
    ("name each category once", QT_TRANSLATE_NOOP("ErrorWords", "name each category once")),
    (
        "the category quotas ({0}) do not add up to the {1} seats",
        QT_TRANSLATE_NOOP("ErrorWords", "the category quotas ({0}) do not add up to the {1} seats"),
    ),
    (
        "make the quotas add up to the number of seats",
        QT_TRANSLATE_NOOP("ErrorWords", "make the quotas add up to the number of seats"),
    ),
    (
        "weighted sources combine approval shares or scores; ranking methods do not add up",
        QT_TRANSLATE_NOOP("ErrorWords", "weighted sources combine approval shares or scores; rankings do not add up"),
    ),
    (
        "use approval or score mode for a weighted selection",
        QT_TRANSLATE_NOOP("ErrorWords", "use the approval or score mode for weighted sources"),
    ),
    (
        "weighted sources need the '{0}' panel and at least one other, each named once",
        QT_TRANSLATE_NOOP("ErrorWords", "weighted sources need the {0} panel and at least one other, each named once"),
    ),
    (
        "give e.g. --weights experts=70%,public=30%",
        QT_TRANSLATE_NOOP("ErrorWords", "give e.g. experts 70% and public 30%"),
    ),
    (
        "the weights of the sources must be positive and add up to 100%",
        QT_TRANSLATE_NOOP("ErrorWords", "the weights of the sources must be positive and add up to 100%"),
    ),
    (
        "deadline '{0}' is not a date and time",
        QT_TRANSLATE_NOOP("ErrorWords", "the deadline {0} is not a date and time"),
    ),
    ("write it as 2020-12-20 18:00", QT_TRANSLATE_NOOP("ErrorWords", "write it as 2020-12-20 18:00")),
    # the rule editors' own (ui.editor.rules_panel)
    (
        "the seats of category '{0}' are not a whole number ({1})",
        QT_TRANSLATE_NOOP("ErrorWords", "the seats of category {0} are not a whole number ({1})"),
    ),
    ("type a number of seats", QT_TRANSLATE_NOOP("ErrorWords", "type a number of seats")),
    (
        "the weight of source '{0}' is not a number ({1})",
        QT_TRANSLATE_NOOP("ErrorWords", "the weight of source {0} is not a number ({1})"),
    ),
    ("type a percentage such as 30", QT_TRANSLATE_NOOP("ErrorWords", "type a percentage such as 30")),
    (
        "the shortlist of the screening ({0}) is not larger than the seats ({1})",
        QT_TRANSLATE_NOOP("ErrorWords", "the shortlist of the screening ({0}) is not larger than the seats ({1})"),
    ),
    (
        "make the shortlist larger than the number of seats, or do without a screening stage",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "make the shortlist larger than the number of seats, or do without a screening stage"
        ),
    ),
    ("no selection file is given", QT_TRANSLATE_NOOP("ErrorWords", "no selection file is given")),
    (
        "choose where to keep the selection file",
        QT_TRANSLATE_NOOP("ErrorWords", "choose where to keep the selection file"),
    ),
    # creating, opening, changing a selection (services, store)
    ("the title is empty", QT_TRANSLATE_NOOP("ErrorWords", "the title is empty")),
    ("give the selection a title with --title", QT_TRANSLATE_NOOP("ErrorWords", "give the selection a title")),
    ("a file of that name exists already", QT_TRANSLATE_NOOP("ErrorWords", "a file of that name exists already")),
    (
        "choose another name, or delete the old file first",
        QT_TRANSLATE_NOOP("ErrorWords", "choose another name, or delete the old file first"),
    ),
    ("the folder does not exist", QT_TRANSLATE_NOOP("ErrorWords", "the folder does not exist")),
    ("create the folder first", QT_TRANSLATE_NOOP("ErrorWords", "create the folder first")),
    ("no such selection file", QT_TRANSLATE_NOOP("ErrorWords", "no such selection file")),
    (
        "check the path, or create it with 'new'",
        QT_TRANSLATE_NOOP("ErrorWords", "check the path, or make a new selection"),
    ),
    ("this is not a selection file (.t10)", QT_TRANSLATE_NOOP("ErrorWords", "this is not a selection file (.t10)")),
    ("open a file made by Top10 Panel", QT_TRANSLATE_NOOP("ErrorWords", "open a file made by Top10 Panel")),
    (
        "this selection was made by a newer version of Top10 Panel ({0}; this is {1})",
        QT_TRANSLATE_NOOP("ErrorWords", "this selection was made by a newer version of Top10 Panel ({0}; this is {1})"),
    ),
    ("update Top10 Panel to open it", QT_TRANSLATE_NOOP("ErrorWords", "update Top10 Panel to open it")),
    (
        "the selection is open for writing in another Top10 Panel window or command",
        QT_TRANSLATE_NOOP("ErrorWords", "the selection is open for writing in another Top10 Panel window or command"),
    ),
    (
        "close it there, or wait for that command to finish, then try again",
        QT_TRANSLATE_NOOP("ErrorWords", "close it there, or wait for that command to finish, then try again"),
    ),
    (
        "ballot packages are issued already, so the {0} cannot change",
        QT_TRANSLATE_NOOP("ErrorWords", "ballot packages are issued already, so the {0} cannot change"),
    ),
    (
        "the rules are locked (ballot packages issued or ballots counted), so the {0} cannot change",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "the rules are locked (ballot packages issued or ballots counted), so the {0} cannot change"
        ),
    ),
    (
        "changing them now needs a new version of the rules and new packages for every expert",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "changing them now needs a new version of the rules and new packages for every expert"
        ),
    ),
    (
        "packages are issued under the current rules, so a change needs a recorded reason",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "packages are issued under the current rules, so a change needs a recorded reason"
        ),
    ),
    (
        "give the reason with --reason; every expert then needs a new package",
        QT_TRANSLATE_NOOP("ErrorWords", "write the reason; every expert then needs a new package"),
    ),
    (
        "ballots of this stage are in already, so its vote mode cannot change",
        QT_TRANSLATE_NOOP("ErrorWords", "ballots of this stage are in already, so its vote mode cannot change"),
    ),
    (
        "start a new selection for another vote mode",
        QT_TRANSLATE_NOOP("ErrorWords", "start a new selection for another vote mode"),
    ),
    (
        "the current stage is not a screening stage followed by another",
        QT_TRANSLATE_NOOP("ErrorWords", "the current stage is not a screening stage followed by another"),
    ),
    (
        "advance is for selections made with --screening",
        QT_TRANSLATE_NOOP("ErrorWords", "only a selection with a screening stage advances"),
    ),
    (
        "the screening has an open tie ({0}) at its cut line",
        QT_TRANSLATE_NOOP("ErrorWords", "the screening has an open tie ({0}) at its cut line"),
    ),
    (
        "settle it first (runoff, chair's decision or lot draw)",
        QT_TRANSLATE_NOOP("ErrorWords", "settle it first (runoff, chair's decision or lot draw)"),
    ),
    (
        "the selection needs candidates and experts before packages can be issued",
        QT_TRANSLATE_NOOP("ErrorWords", "the selection needs candidates and experts before packages can be issued"),
    ),
    (
        "import them with import-candidates and import-experts",
        QT_TRANSLATE_NOOP("ErrorWords", "import them on the Candidates and Experts pages"),
    ),
    (
        "there is no recusal of '{0}' from '{1}' to review",
        QT_TRANSLATE_NOOP("ErrorWords", "there is no recusal of {0} from {1} to review"),
    ),
    (
        "name a pair the recusals list shows (EXPERT:CODE)",
        QT_TRANSLATE_NOOP("ErrorWords", "reload the recusals: they were changed elsewhere"),
    ),
    # editing by hand (services.editing)
    (
        "ballots are on record already, so {0} cannot be removed or renamed",
        QT_TRANSLATE_NOOP("ErrorWords", "ballots are on record already, so {0} cannot be removed or renamed"),
    ),
    (
        "correct the titles and other details instead, or start a new selection",
        QT_TRANSLATE_NOOP("ErrorWords", "correct the titles and other details instead, or start a new selection"),
    ),
    ("the {0} cannot be empty", QT_TRANSLATE_NOOP("ErrorWords", "the {0} cannot be empty")),
    ("write the {0}", QT_TRANSLATE_NOOP("ErrorWords", "write the {0}")),
    (
        "the code '{0}' is taken by another candidate",
        QT_TRANSLATE_NOOP("ErrorWords", "the code {0} is taken by another candidate"),
    ),
    ("there is no {0} '{1}' in the selection", QT_TRANSLATE_NOOP("ErrorWords", "there is no {0} {1} in the selection")),
    (
        "reload the list: it was changed elsewhere",
        QT_TRANSLATE_NOOP("ErrorWords", "reload the list: it was changed elsewhere"),
    ),
    ("the code '{0}' is taken again", QT_TRANSLATE_NOOP("ErrorWords", "the code {0} is taken again")),
    ("rename that candidate first", QT_TRANSLATE_NOOP("ErrorWords", "rename that candidate first")),
    ("expert '{0}' is in the selection again", QT_TRANSLATE_NOOP("ErrorWords", "expert {0} is in the selection again")),
    ("rename that expert first", QT_TRANSLATE_NOOP("ErrorWords", "rename that expert first")),
    (
        "there is no expert '{0}' or no candidate '{1}' any more",
        QT_TRANSLATE_NOOP("ErrorWords", "there is no expert {0} or no candidate {1} any more"),
    ),
    (
        "reload the lists: they were changed elsewhere",
        QT_TRANSLATE_NOOP("ErrorWords", "reload the lists: they were changed elsewhere"),
    ),
    (
        "write it as name@example.org, or leave it empty",
        QT_TRANSLATE_NOOP("ErrorWords", "write it as name@example.org, or leave it empty"),
    ),
    # candidate and expert lists (exchange.lists, lists_table, lists_csv, files, xlsx_cells, text)
    ("this candidate has no code", QT_TRANSLATE_NOOP("ErrorWords", "this candidate has no code")),
    (
        "give every candidate a short code of its own, e.g. A01",
        QT_TRANSLATE_NOOP("ErrorWords", "give every candidate a short code of its own, e.g. A01"),
    ),
    (
        "the code '{0}' has a space or a separator inside",
        QT_TRANSLATE_NOOP("ErrorWords", "the code {0} has a space or a separator inside"),
    ),
    (
        "write the code as one word, e.g. A01, without spaces or {0}",
        QT_TRANSLATE_NOOP("ErrorWords", "write the code as one word, e.g. A01, without spaces or {0}"),
    ),
    (
        "candidate '{0}' is in the selection already",
        QT_TRANSLATE_NOOP("ErrorWords", "candidate {0} is in the selection already"),
    ),
    (
        "remove this row (codes are unique), or give the candidate a new code",
        QT_TRANSLATE_NOOP("ErrorWords", "remove this row (codes are unique), or give the candidate a new code"),
    ),
    (
        "the code '{0}' is given to two candidates (rows {1} and {2})",
        QT_TRANSLATE_NOOP("ErrorWords", "the code {0} is given to two candidates (rows {1} and {2})"),
    ),
    ("give each candidate a code of its own", QT_TRANSLATE_NOOP("ErrorWords", "give each candidate a code of its own")),
    ("candidate '{0}' has no title", QT_TRANSLATE_NOOP("ErrorWords", "candidate {0} has no title")),
    ("write the event's title in this cell", QT_TRANSLATE_NOOP("ErrorWords", "write the event's title in this cell")),
    ("this expert has no name", QT_TRANSLATE_NOOP("ErrorWords", "this expert has no name")),
    ("write the expert's name in this cell", QT_TRANSLATE_NOOP("ErrorWords", "write the expert's name in this cell")),
    (
        "expert '{0}' is in the selection already",
        QT_TRANSLATE_NOOP("ErrorWords", "expert {0} is in the selection already"),
    ),
    (
        "remove the experts already imported from the list",
        QT_TRANSLATE_NOOP("ErrorWords", "remove the experts already imported from the list"),
    ),
    (
        "expert '{0}' is listed twice (rows {1} and {2})",
        QT_TRANSLATE_NOOP("ErrorWords", "expert {0} is listed twice (rows {1} and {2})"),
    ),
    (
        "keep one row per expert; tell two experts of the same name apart, e.g. 张伟(北京) and 张伟(上海)",
        QT_TRANSLATE_NOOP(
            "ErrorWords",
            "keep one row per expert; tell two experts of the same name apart, e.g. 张伟(北京) and 张伟(上海)",
        ),
    ),
    (
        "tell two experts of the same name apart, e.g. 张伟(北京) and 张伟(上海)",
        QT_TRANSLATE_NOOP("ErrorWords", "tell two experts of the same name apart, e.g. 张伟(北京) and 张伟(上海)"),
    ),
    ("'{0}' is not an e-mail address", QT_TRANSLATE_NOOP("ErrorWords", "{0} is not an e-mail address")),
    (
        "write it as name@example.org, or leave the cell empty",
        QT_TRANSLATE_NOOP("ErrorWords", "write it as name@example.org, or leave the cell empty"),
    ),
    ("the recusal list names '{0}' twice", QT_TRANSLATE_NOOP("ErrorWords", "the recusal list names {0} twice")),
    ("name each candidate code once", QT_TRANSLATE_NOOP("ErrorWords", "name each candidate code once")),
    (
        "expert '{0}' is recused from '{1}', which is not a candidate code",
        QT_TRANSLATE_NOOP("ErrorWords", "expert {0} is recused from {1}, which is not a candidate code"),
    ),
    (
        "correct the code, or import that candidate first",
        QT_TRANSLATE_NOOP("ErrorWords", "correct the code, or import that candidate first"),
    ),
    ("the first sheet is empty", QT_TRANSLATE_NOOP("ErrorWords", "the first sheet is empty")),
    ("the file has only blank rows", QT_TRANSLATE_NOOP("ErrorWords", "the file has only blank rows")),
    (
        "start with a header row ({0}), then one row per {1}",
        QT_TRANSLATE_NOOP("ErrorWords", "start with a header row ({0}), then one row per {1}"),
    ),
    ("the {0} column is missing", QT_TRANSLATE_NOOP("ErrorWords", "the {0} column is missing")),
    ("the {0} columns are missing", QT_TRANSLATE_NOOP("ErrorWords", "the {0} columns are missing")),
    (
        "add a column headed {0}; a {1} list has the columns {2}",
        QT_TRANSLATE_NOOP("ErrorWords", "add a column headed {0}; a {1} list has the columns {2}"),
    ),
    (
        "add a column headed {0}; an {1} list has the columns {2}",
        QT_TRANSLATE_NOOP("ErrorWords", "add a column headed {0}; a {1} list has the columns {2}"),
    ),
    ("the list has a header but no {0}s", QT_TRANSLATE_NOOP("ErrorWords", "the list has a header but no {0}s")),
    ("add one row per {0} below the header", QT_TRANSLATE_NOOP("ErrorWords", "add one row per {0} below the header")),
    (
        "this cell is in a column without a header",
        QT_TRANSLATE_NOOP("ErrorWords", "this cell is in a column without a header"),
    ),
    (
        "give the column a header ({0}) or empty the cell",
        QT_TRANSLATE_NOOP("ErrorWords", "give the column a header ({0}) or empty the cell"),
    ),
    (
        "the header cell holds a date or time ({0})",
        QT_TRANSLATE_NOOP("ErrorWords", "the header cell holds a date or time ({0})"),
    ),
    (
        "write the column's name there, e.g. 日期 or date",
        QT_TRANSLATE_NOOP("ErrorWords", "write the column's name there, e.g. 日期 or date"),
    ),
    (
        "unknown column '{0}': this looks like a {1} list, not a {2} list",
        QT_TRANSLATE_NOOP("ErrorWords", "unknown column {0}: this looks like a {1} list, not a {2} list"),
    ),
    (
        "give the {0} list here (columns {1}); the {2} list is imported on its own",
        QT_TRANSLATE_NOOP("ErrorWords", "give the {0} list here (columns {1}); the {2} list is imported on its own"),
    ),
    ("unknown column '{0}'", QT_TRANSLATE_NOOP("ErrorWords", "unknown column {0}")),
    (
        "rename it to one of {0}, delete the column, or choose what it holds in the app's import preview; "
        "columns such as 序号, 备注, 手机 are read past",
        QT_TRANSLATE_NOOP(
            "ErrorWords",
            "rename it to one of {0}, delete the column, or choose above what it holds; columns such as 序号, 备注, "
            "手机 are read past",
        ),
    ),
    (
        "the {0} '{1}' holds an invisible character ({2}) at position {3}",
        QT_TRANSLATE_NOOP("ErrorWords", "the {0} {1} holds an invisible character ({2}) at position {3}"),
    ),
    (
        "retype the {0} in this cell: invisible characters come with text copied from web pages, PDFs or chats, "
        "and would make two entries that look the same",
        QT_TRANSLATE_NOOP(
            "ErrorWords",
            "retype the {0} in this cell: invisible characters come with text copied from web pages, PDFs or "
            "chats, and would make two entries that look the same",
        ),
    ),
    (
        "no header row found in the first {0} rows: no row names the columns {1}",
        QT_TRANSLATE_NOOP("ErrorWords", "no header row found in the first {0} rows: no row names the columns {1}"),
    ),
    (
        "add a header row above the list with the columns {0}",
        QT_TRANSLATE_NOOP("ErrorWords", "add a header row above the list with the columns {0}"),
    ),
    (
        "two columns are headed {0}: {1} and {2}",
        QT_TRANSLATE_NOOP("ErrorWords", "two columns are headed {0}: {1} and {2}"),
    ),
    (
        "keep one of them and delete or rename the other",
        QT_TRANSLATE_NOOP("ErrorWords", "keep one of them and delete or rename the other"),
    ),
    ("the cell holds a date or time ({0})", QT_TRANSLATE_NOOP("ErrorWords", "the cell holds a date or time ({0})")),
    ("type the date as 2020-01-24", QT_TRANSLATE_NOOP("ErrorWords", "type the date as 2020-01-24")),
    (
        "format the cell as Text and type the value",
        QT_TRANSLATE_NOOP("ErrorWords", "format the cell as Text and type the value"),
    ),
    (
        "the {0} is {1} characters long; at most {2} are allowed",
        QT_TRANSLATE_NOOP("ErrorWords", "the {0} is {1} characters long; at most {2} are allowed"),
    ),
    ("shorten it to at most {0} characters", QT_TRANSLATE_NOOP("ErrorWords", "shorten it to at most {0} characters")),
    (
        "a quoted cell starts in this row and its quote is never closed",
        QT_TRANSLATE_NOOP("ErrorWords", "a quoted cell starts in this row and its quote is never closed"),
    ),
    (
        'close the quote (") at the end of the cell; write a quote inside a cell as two quotes ("")',
        QT_TRANSLATE_NOOP(
            "ErrorWords", 'close the quote (") at the end of the cell; write a quote inside a cell as two quotes ("")'
        ),
    ),
    ("this row cannot be read as CSV ({0})", QT_TRANSLATE_NOOP("ErrorWords", "this row cannot be read as CSV ({0})")),
    (
        "open the file in Excel and save it again as 'CSV UTF-8 (comma delimited)'",
        QT_TRANSLATE_NOOP("ErrorWords", "open the file in Excel and save it again as 'CSV UTF-8 (comma delimited)'"),
    ),
    ("this is a folder, not a list", QT_TRANSLATE_NOOP("ErrorWords", "this is a folder, not a list")),
    ("give a .xlsx or .csv file", QT_TRANSLATE_NOOP("ErrorWords", "give a .xlsx or .csv file")),
    (
        "the file is too large ({0} MiB; at most {1})",
        QT_TRANSLATE_NOOP("ErrorWords", "the file is too large ({0} MiB; at most {1})"),
    ),
    (
        "check that this is the candidate or expert list; shorten the summaries if it is",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "check that this is the candidate or expert list; shorten the summaries if it is"
        ),
    ),
    ("no such file", QT_TRANSLATE_NOOP("ErrorWords", "no such file")),
    ("check the path and the file name", QT_TRANSLATE_NOOP("ErrorWords", "check the path and the file name")),
    ("cannot read the file ({0})", QT_TRANSLATE_NOOP("ErrorWords", "cannot read the file ({0})")),
    ("check that it exists and can be read", QT_TRANSLATE_NOOP("ErrorWords", "check that it exists and can be read")),
    ("the file is empty", QT_TRANSLATE_NOOP("ErrorWords", "the file is empty")),
    (
        "give a header row, then one row per entry",
        QT_TRANSLATE_NOOP("ErrorWords", "give a header row, then one row per entry"),
    ),
    (
        "the file is named .xlsx but is not an Excel workbook",
        QT_TRANSLATE_NOOP("ErrorWords", "the file is named .xlsx but is not an Excel workbook"),
    ),
    (
        "open it in Excel and save it as .xlsx (Excel Workbook) or as CSV UTF-8",
        QT_TRANSLATE_NOOP("ErrorWords", "open it in Excel and save it as .xlsx (Excel Workbook) or as CSV UTF-8"),
    ),
    (
        "this is an old binary Excel file (.xls)",
        QT_TRANSLATE_NOOP("ErrorWords", "this is an old binary Excel file (.xls)"),
    ),
    ("save it as .xlsx or as CSV UTF-8", QT_TRANSLATE_NOOP("ErrorWords", "save it as .xlsx or as CSV UTF-8")),
    (
        "the file cannot be opened as an Excel workbook (.xlsx)",
        QT_TRANSLATE_NOOP("ErrorWords", "the file cannot be opened as an Excel workbook (.xlsx)"),
    ),
    (
        "open it in Excel and save it again as .xlsx (Excel Workbook)",
        QT_TRANSLATE_NOOP("ErrorWords", "open it in Excel and save it again as .xlsx (Excel Workbook)"),
    ),
    ("the workbook has no worksheet", QT_TRANSLATE_NOOP("ErrorWords", "the workbook has no worksheet")),
    ("put the list on the first sheet", QT_TRANSLATE_NOOP("ErrorWords", "put the list on the first sheet")),
    ("the cell holds a formula ({0})", QT_TRANSLATE_NOOP("ErrorWords", "the cell holds a formula ({0})")),
    (
        "replace the formula by its value (Paste Special › Values)",
        QT_TRANSLATE_NOOP("ErrorWords", "replace the formula by its value (Paste Special › Values)"),
    ),
    ("the cell holds an error value ({0})", QT_TRANSLATE_NOOP("ErrorWords", "the cell holds an error value ({0})")),
    (
        "type the value in the cell, or leave it empty",
        QT_TRANSLATE_NOOP("ErrorWords", "type the value in the cell, or leave it empty"),
    ),
    (
        "the file is not UTF-8 or GB18030 (GBK) text",
        QT_TRANSLATE_NOOP("ErrorWords", "the file is not UTF-8 or GB18030 (GBK) text"),
    ),
    (
        "in Excel choose Save As › 'CSV UTF-8 (comma delimited)', or save it as .xlsx",
        QT_TRANSLATE_NOOP("ErrorWords", "in Excel choose Save As › 'CSV UTF-8 (comma delimited)', or save it as .xlsx"),
    ),
    ("this is not a text file", QT_TRANSLATE_NOOP("ErrorWords", "this is not a text file")),
    ("give a .csv (CSV UTF-8) or .xlsx file", QT_TRANSLATE_NOOP("ErrorWords", "give a .csv (CSV UTF-8) or .xlsx file")),
)

# Words the services put inside their sentences.
WORDS: dict[str, object] = {
    "candidates": QT_TRANSLATE_NOOP("ErrorWords", "candidates"),
    "experts": QT_TRANSLATE_NOOP("ErrorWords", "experts"),
    "recusals": QT_TRANSLATE_NOOP("ErrorWords", "recusals"),
    "candidate": QT_TRANSLATE_NOOP("ErrorWords", "candidate"),
    "expert": QT_TRANSLATE_NOOP("ErrorWords", "expert"),
    "code": QT_TRANSLATE_NOOP("ErrorWords", "code"),
    "title": QT_TRANSLATE_NOOP("ErrorWords", "title"),
    "date": QT_TRANSLATE_NOOP("ErrorWords", "date"),
    "summary": QT_TRANSLATE_NOOP("ErrorWords", "summary"),
    "source": QT_TRANSLATE_NOOP("ErrorWords", "source"),
    "category": QT_TRANSLATE_NOOP("ErrorWords", "category"),
    "name": QT_TRANSLATE_NOOP("ErrorWords", "name"),
    "affiliation": QT_TRANSLATE_NOOP("ErrorWords", "affiliation"),
    "e-mail": QT_TRANSLATE_NOOP("ErrorWords", "e-mail"),
    "approval": QT_TRANSLATE_NOOP("ErrorWords", "approval"),
    "ranking": QT_TRANSLATE_NOOP("ErrorWords", "ranking"),
    "score": QT_TRANSLATE_NOOP("ErrorWords", "score"),
}
