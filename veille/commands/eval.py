"""``veille eval``: score records against gold files (RECORD.md section 3)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import typer

from veille.commands.extract import err, write_atomic
from veille.evaluate import (ALL_LAYERS, LAYERS, Mismatch, check_layers, gold_paths, predict, score_dirs_tally,
                             score_predictions, summary)

#: the figures' display names (the others are "layer" or "  subtype")
LABELS = {"quotes.lenient": "quotes (lenient)", "quotes.strict": "quotes (strict)",
          "quotes.quote_speaker": "quote+speaker", "events.lenient": "events (lenient)", "dates": "dates (span)"}
ACCURACIES = (("quotes.speaker_accuracy", "speaker accuracy"), ("dates.value_accuracy", "date value accuracy"))


def fmt(x: float | None) -> str:
    """A figure with three decimals, n/a for None."""
    return "n/a" if x is None else f"{x:.3f}"


def render(res: dict[str, Any]) -> None:
    """Print a score_dirs()-style result as rich tables: counts, then one row per figure."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(f"docs {res['docs']}, missing predictions {res['docs.missing_pred']}, "
                  f"unreadable {res['docs.pred_unreadable']}, text mismatch {res['docs.text_mismatch']}, "
                  f"unresolved refs {res['unresolved_refs']}")
    console.print("docs scored: " + ", ".join(f"{name} {res['docs.' + name]}" for name in ALL_LAYERS
                                              if "docs." + name in res))
    table = Table("figure", "P", "R", "F1", "tp", "fp", "fn")
    for c in table.columns[1:]:
        c.justify = "right"
    keys = [k[:-3] for k in res if k.endswith(".f1") and k != "quotes.quote_speaker_f1"]
    for k, after in zip(keys, keys[1:] + [""]):
        name = LABELS.get(k) or ("  " + k.split(".", 1)[1] if "." in k else k)
        table.add_row(name, fmt(res[k + ".p"]), fmt(res[k + ".r"]), fmt(res[k + ".f1"]),
                      str(res[k + ".tp"]), str(res[k + ".fp"]), str(res[k + ".fn"]),
                      end_section=after.split(".")[0] != k.split(".")[0])
    console.print(table)
    for name, label in ACCURACIES:
        if name in res:
            console.print(f"{label}: {fmt(res[name])} ({res[name + '.right']}/{res[name + '.n']})")


def render_errors(mismatches: list[Mismatch]) -> None:
    """Print the mismatches, one line each, grouped by document."""
    doc = None
    for m in mismatches:
        if m.doc != doc:
            doc = m.doc
            print(f"== {doc}")
        print(f"  {m.layer:<9}{m.kind:<8}{m.text!r}  [{m.detail}]")


def run_extractor(golds: list[Path], out: Path | None, n_process: int) -> dict[Path, dict]:
    """Extract the gold texts: record dicts by gold path, also saved as OUT/<id>.json when asked."""
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    preds = {}
    for path, rec in predict(golds, n_process=n_process):
        preds[path] = rec.to_dict()
        if out is not None:
            write_atomic(out / path.name, json.dumps(preds[path], ensure_ascii=False, indent=1))
    return preds


def eval_command(
    gold: Path = typer.Option(..., "--gold", help="Folder of gold <id>.json files"),
    pred: Optional[Path] = typer.Option(None, "--pred", help="Folder of predicted <id>.json records "
                                        "(default: run the extractor on the gold texts)"),
    as_json: bool = typer.Option(False, "--json", help="Print the flat result dict as JSON"),
    layers: str = typer.Option(",".join(LAYERS), "--layers", help="Comma-separated layers to score "
                        "(themes, RECORD.md 1b, only when named)"),
    show_errors: bool = typer.Option(False, "--errors", help="List every false positive and false negative"),
    out: Optional[Path] = typer.Option(None, "--out", help="Save the predictions as DIR/<id>.json (without --pred)"),
    processes: int = typer.Option(1, "--processes", help="Worker processes for the extractor"),
) -> None:
    """Score predicted records (or the extractor itself) against gold files."""
    try:
        names = check_layers(x.strip() for x in layers.split(",") if x.strip())
    except ValueError as exc:
        err(f"error: {exc}")
        raise typer.Exit(2)
    golds = gold_paths(gold)
    if not golds:
        err(f"error: no gold <id>.json files in {gold}")
        raise typer.Exit(2)
    if pred is not None:
        if out is not None:
            err("warning: --out is ignored with --pred")
        tally = score_dirs_tally(gold, pred, names)
    else:
        tally = score_predictions(golds, run_extractor(golds, out, processes), names)
    res = summary(tally, names)
    if as_json:
        print(json.dumps({**res, "errors": [m.to_dict() for m in tally.mismatches]} if show_errors else res,
                         indent=1, ensure_ascii=False))
        return
    if show_errors:
        render_errors(tally.mismatches)
    render(res)


def register(app: typer.Typer) -> None:
    """Add the command to the CLI."""
    app.command("eval")(eval_command)
