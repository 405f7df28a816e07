"""Top10 Panel: runs an expert panel's "ten events of the year" selection end to end."""

__version__ = "0.1.0"
