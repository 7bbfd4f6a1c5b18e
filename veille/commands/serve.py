"""``veille serve``: the HTTP API (/api/, OpenAPI at /openapi.json) and the web interface on the store."""
from __future__ import annotations

from typing import Optional

import typer

from veille.commands.kb import db_option, open_or_exit


def serve_command(
    db: str = db_option(),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on"),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on"),
    token: Optional[str] = typer.Option(None, "--token", envvar="VEILLE_TOKEN",
                                        help="Bearer token that enables POST /api/articles (env VEILLE_TOKEN)"),
) -> None:
    """Serve the knowledge base: JSON API under /api/ and pages (read-only without --token)."""
    import uvicorn

    from veille.serve.app import create_app

    app = create_app(engine=open_or_exit(db, create_missing=False), token=token)
    uvicorn.run(app, host=host, port=port, log_level="info")


def register(app: typer.Typer) -> None:
    """Add the command to the CLI."""
    app.command("serve")(serve_command)
