"""Where the shipped resources are: beside the package in a checkout, inside it in a wheel or a bundle.

A wheel and a bundle hold them in one folder, resources/ (demo/, translations/, icons/); a checkout keeps the
icons with the packaging files that make them (packaging/icons), so that folder is looked at last."""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resource(*parts: str) -> Path:
    """The path of a shipped resource, e.g. resource("demo", "experts.csv")."""
    bases = [_HERE / "resources", _HERE.parents[1] / "resources", _HERE.parents[1] / "packaging"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        bases.insert(0, Path(bundle) / "resources")
    for base in bases:
        candidate = base.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"resource {'/'.join(parts)} is missing from this installation")
