"""Shared fixtures: the loaded pipeline (once per session) and the ../shared folder."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VEILLE_SHARED", ROOT.parent / "shared"))
SEED = ROOT / "examples" / "seed-000.txt"
SEED_DATE = "2019-12-17"


@pytest.fixture(scope="session")
def nlp():
    """The full Veille pipeline, loaded once for the whole test session."""
    from veille.pipeline import load

    return load()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder, or a skip when it is absent (its corpora are not in the repo)."""
    if not (SHARED / "gold").is_dir():
        pytest.skip(f"../shared not found at {SHARED}: gold files and corpora are not in the repo")
    return SHARED


@pytest.fixture(scope="session")
def seed_record():
    """The record of the bundled seed article."""
    import veille

    return veille.extract(SEED.read_text(encoding="utf-8"), date=SEED_DATE, id="seed-000")



@pytest.fixture(scope="session")
def gold_predictions(shared, tmp_path_factory):
    """name -> {gold path: record dict}: the extractor run once per gold set of tests/gold_sets.py."""
    from tests import gold_sets

    workdir = tmp_path_factory.mktemp("gold")
    cache: dict[str, dict] = {}

    def get(name: str) -> dict:
        if name not in cache:
            cache[name] = gold_sets.extract(gold_sets.paths(name, shared, workdir))
        return cache[name]

    return get
