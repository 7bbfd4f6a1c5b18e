"""Accuracy floors: each gold set's figures must stay at or above tests/floors.json.

The extractor runs once per gold set (see tests/gold_sets.py). To re-baseline the floors
from the current figures minus the margin:

    .venv/bin/python -m tests.test_floors --update [--margin 0.02]

Without --update it prints each figure next to its floor.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from pathlib import Path

import pytest

from tests import gold_sets
from veille.evaluate import ALL_LAYERS, score_predictions, summary

FLOORS = Path(__file__).with_name("floors.json")
MARGIN = 0.02
#: the figures given a floor, where a gold set has the layer
FIGURES = ("entities.f1", "entities.PER.f1", "entities.ORG.f1", "entities.GPE/LOC.f1",
           "quotes.lenient.f1", "quotes.strict.f1", "quotes.speaker_accuracy", "quotes.quote_speaker_f1",
           "roles.f1", "events.f1", "events.lenient.f1", "dates.f1", "dates.value_accuracy", "themes.f1")
#: figures left without a floor on a set: litbank's gold speakers are all null (no coreference)
IGNORED = {"litbank-dev": {"quotes.speaker_accuracy", "quotes.quote_speaker_f1"}}


def load_floors() -> dict[str, dict[str, float]]:
    """gold set -> figure -> floor."""
    return json.loads(FLOORS.read_text(encoding="utf-8"))["floors"] if FLOORS.exists() else {}


def figures(name: str, preds: dict[Path, dict]) -> dict[str, float]:
    """The floored figures of one gold set's predictions (those defined for it)."""
    res = summary(score_predictions(list(preds), preds, ALL_LAYERS), ALL_LAYERS)
    return {k: res[k] for k in FIGURES if res.get(k) is not None and k not in IGNORED.get(name, ())}


@pytest.fixture(scope="module")
def set_figures(gold_predictions):
    """name -> figures, computed once per gold set."""
    cache: dict[str, dict[str, float]] = {}

    def get(name: str) -> dict[str, float]:
        if name not in cache:
            cache[name] = figures(name, gold_predictions(name))
        return cache[name]

    return get


@pytest.mark.parametrize("name, figure", [(n, f) for n, figs in load_floors().items() for f in figs])
def test_figure_stays_above_its_floor(set_figures, name, figure):
    floor = load_floors()[name][figure]
    value = set_figures(name).get(figure)
    assert value is not None and value >= floor, f"{name} {figure} = {value}, floor {floor}"


def main(argv: list[str] | None = None) -> None:
    """Print the current figures against the floors; with --update, rewrite the floors."""
    from tests.conftest import SHARED

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--update", action="store_true", help="rewrite tests/floors.json from the current figures")
    ap.add_argument("--margin", type=float, default=MARGIN, help="floor = figure - margin")
    ap.add_argument("--sets", default=",".join(gold_sets.SOURCES), help="comma-separated gold sets")
    a = ap.parse_args(argv)
    floors = load_floors()
    with tempfile.TemporaryDirectory() as tmp:
        for name in a.sets.split(","):
            figs = figures(name, gold_sets.extract(gold_sets.paths(name, SHARED, Path(tmp))))
            for k, v in figs.items():
                floor = floors.get(name, {}).get(k)
                print(f"{name:<14}{k:<26}{v:7.3f}   floor " + ("-" if floor is None else f"{floor:.3f}"))
            if a.update:
                floors[name] = {k: max(0.0, math.floor((v - a.margin) * 1000) / 1000) for k, v in figs.items()}
    if a.update:
        FLOORS.write_text(json.dumps({"margin": a.margin, "floors": floors}, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {FLOORS}", file=sys.stderr)


if __name__ == "__main__":
    main()
