"""What the rules say about score criteria and the z normalisation, and the matrix readers about criterion columns,
as templates with the interface's English of each (Qt Linguist translates that). Data only: error_words reads it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SENTENCES: tuple[tuple[str, object], ...] = (
    ("'{0}' is not NAME=WEIGHT", QT_TRANSLATE_NOOP("ErrorWords", "{0} is not a criterion with its weight")),
    (
        "give the criteria as e.g. 创新性=40%,影响力=40%,代表性=20%",
        QT_TRANSLATE_NOOP("ErrorWords", "give the criteria as e.g. 创新性 40%, 影响力 40%, 代表性 20%"),
    ),
    ("the weight '{0}' is not a percentage", QT_TRANSLATE_NOOP("ErrorWords", "the weight {0} is not a percentage")),
    (
        "write each weight as a percentage, e.g. 40%",
        QT_TRANSLATE_NOOP("ErrorWords", "write each weight as a percentage, e.g. 40"),
    ),
    (
        "the weight of criterion '{0}' is not a number ({1})",
        QT_TRANSLATE_NOOP("ErrorWords", "the weight of the criterion {0} is not a number ({1})"),
    ),
    ("type a percentage such as 40", QT_TRANSLATE_NOOP("ErrorWords", "type a percentage such as 40")),
    ("a criterion has no name", QT_TRANSLATE_NOOP("ErrorWords", "a criterion has no name")),
    ("name every criterion, e.g. 创新性=40%", QT_TRANSLATE_NOOP("ErrorWords", "name every criterion, e.g. 创新性")),
    (
        "the criterion name '{0}' holds ':', ',' or '='",
        QT_TRANSLATE_NOOP("ErrorWords", "the criterion name {0} holds a colon, a comma or an equals sign"),
    ),
    ("name the criterion without those marks", QT_TRANSLATE_NOOP("ErrorWords", "name the criterion without them")),
    ("the criterion '{0}' is named twice", QT_TRANSLATE_NOOP("ErrorWords", "the criterion {0} is named twice")),
    ("name each criterion once", QT_TRANSLATE_NOOP("ErrorWords", "name each criterion once")),
    (
        "a single criterion is the score itself",
        QT_TRANSLATE_NOOP("ErrorWords", "a single criterion is the score itself"),
    ),
    (
        "give at least two criteria, or none to score each candidate",
        QT_TRANSLATE_NOOP("ErrorWords", "give at least two criteria, or score each candidate without criteria"),
    ),
    (
        "every criterion needs a weight above 0%",
        QT_TRANSLATE_NOOP("ErrorWords", "every criterion needs a weight above 0%"),
    ),
    ("give each criterion a positive weight", QT_TRANSLATE_NOOP("ErrorWords", "give each criterion a positive weight")),
    (
        "the criteria weights add up to {0}, not 100%",
        QT_TRANSLATE_NOOP("ErrorWords", "the criteria weights add up to {0}, not 100%"),
    ),
    (
        "make the weights add up to 100%, e.g. 创新性=40%,影响力=40%,代表性=20%",
        QT_TRANSLATE_NOOP("ErrorWords", "make the weights add up to 100%, e.g. 创新性 40%, 影响力 40%, 代表性 20%"),
    ),
    ("the column '{0}' names no criterion", QT_TRANSLATE_NOOP("ErrorWords", "the column {0} names no criterion")),
    (
        "head each column CODE{0}CRITERION, e.g. {1}",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "head each column with the candidate's number, {0} and the criterion, e.g. {1}"
        ),
    ),
    (
        "the column '{0}' names the criterion '{1}', which the rules do not have",
        QT_TRANSLATE_NOOP("ErrorWords", "the column {0} names the criterion {1}, which the rules do not have"),
    ),
    ("use the criteria of the rules: {0}", QT_TRANSLATE_NOOP("ErrorWords", "use the criteria of the rules: {0}")),
    (
        "candidate '{0}' has no column for {1}",
        QT_TRANSLATE_NOOP("ErrorWords", "the candidate {0} has no column for {1}"),
    ),
    ("add the column {0}", QT_TRANSLATE_NOOP("ErrorWords", "add the column {0}")),
    (
        "criteria and normalisation are for score ballots",
        QT_TRANSLATE_NOOP("ErrorWords", "criteria and normalisation are for score ballots"),
    ),
    ("use --mode score, or drop them", QT_TRANSLATE_NOOP("ErrorWords", "choose the score mode, or turn them off")),
    ("unknown normalisation '{0}'", QT_TRANSLATE_NOOP("ErrorWords", "unknown normalisation {0}")),
    (
        "the z normalisation is a mean of standardised scores; it does not go with the {0}",
        QT_TRANSLATE_NOOP(
            "ErrorWords", "the z normalisation is a mean of standardised scores; it does not go with the {0}"
        ),
    ),
    (
        "use --method mean with --normalise z",
        QT_TRANSLATE_NOOP("ErrorWords", "count by the mean score to normalise harsh and lenient experts"),
    ),
    (
        "the z normalisation and weighted sources cannot be combined",
        QT_TRANSLATE_NOOP("ErrorWords", "the z normalisation and weighted sources cannot be combined"),
    ),
    (
        "drop --normalise or --weights",
        QT_TRANSLATE_NOOP("ErrorWords", "turn off the normalisation or the weighted sources"),
    ),
)
