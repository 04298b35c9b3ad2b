"""Package data: word lists and name lists (see README.md here for their sources and licences)."""

from __future__ import annotations

from importlib.resources import files


def listed_lines(name: str) -> list[str]:
    """The entries of a list in this package, one per line: blank lines and "#" comments left out."""
    lines = files(__name__).joinpath(name).read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]
