"""Lexicons are data files in this folder; this module loads them (cached).

Formats: ``.txt`` one entry a line; ``.tsv`` tab-separated with a header line;
``#`` starts a comment line in both.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent


def _lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a lexicon file."""
    text = (HERE / name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A ``.txt`` lexicon as a set of entries."""
    return frozenset(ln.strip() for ln in _lines(name))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[dict[str, str], ...]:
    """A ``.tsv`` lexicon as rows of dicts keyed by the header's column names."""
    lines = _lines(name)
    header = lines[0].split("\t")
    rows = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append({k: v.strip() for k, v in zip(header, cells)})
    return tuple(rows)
