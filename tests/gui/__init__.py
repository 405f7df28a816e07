"""GUI tests (pytest-qt): the expert's app driven as a user would."""
