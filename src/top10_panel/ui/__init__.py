"""The PySide6 app: the expert's ballot window and the editor's workbench (Qt only here)."""
