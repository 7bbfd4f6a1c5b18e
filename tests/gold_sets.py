"""The gold sets of ../shared that the accuracy floors cover, and their extraction.

Plain functions (no pytest) so that ``python -m tests.test_floors --update`` can use them.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from veille.evaluate import gold_paths, predict

#: gold set -> folder under shared/gold (or a file); "hipe-dev" is converted from the HIPE TSVs.
SOURCES = {"dev": "gold/dev", "seed": "gold/seed-000.json", "timebank-dev": "gold/timebank-dev",
           "litbank-dev": "gold/litbank-dev", "hipe-dev": None}
#: gold sets scored on a fixed subset (every k-th file) to keep the floors module within a few
#: minutes on 2 cores: litbank texts are ~55k characters each, slow for coref (superlinear).
EVERY = {"hipe-dev": 4, "litbank-dev": 5}


def convert_hipe(shared: Path, out: Path) -> Path:
    """Convert the HIPE-2022 French dev TSVs into gold files under `out` (entities layer)."""
    tsvs = sorted((shared / "data" / "hipe2022-fr").glob("*.tsv"))
    subprocess.run([sys.executable, str(shared / "tools" / "convert_hipe.py"), *map(str, tsvs), "--out", str(out)],
                   check=True, capture_output=True)
    return out


def paths(name: str, shared: Path, workdir: Path) -> list[Path]:
    """The gold files of a set (subsampled per EVERY); `workdir` receives converted sets."""
    source = SOURCES[name]
    if source is None:
        files = gold_paths(convert_hipe(shared, workdir / name))
    elif source.endswith(".json"):
        files = [shared / source]
    else:
        files = gold_paths(shared / source)
    return files[::EVERY.get(name, 1)]


def extract(files: list[Path]) -> dict[Path, dict]:
    """The extractor's record dicts for gold files, by path."""
    return {path: rec.to_dict() for path, rec in predict(files)}
