"""The ``veille`` command line: a thin layer over the library, one module per command."""
from __future__ import annotations

import typer

from veille.commands import eval as evaluate
from veille.commands import export, extract, ingest, query, serve

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Veille: French news dispatches to an evidence-linked knowledge base.")

for module in (extract, evaluate, ingest, query, export, serve):
    module.register(app)

if __name__ == "__main__":  # pragma: no cover
    app()
