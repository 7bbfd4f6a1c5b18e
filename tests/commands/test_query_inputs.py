"""``veille query`` on hostile arguments and hostile stored text: one clean line, never raw terminal controls."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from veille.cli import app
from veille.read import Article
from veille.store import open_store
from veille.store.ingest import ingest

HOSTILE = ("Le ministre de l'Intérieur Christophe Castaner a déclaré mardi à Paris : « Nous tiendrons \x1b[2J\x1b[31m "
           "face aux casseurs \u202eeémmarg », a-t-il ajouté devant la presse réunie place Beauvau.")


@pytest.fixture(scope="module")
def store_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.db'}"
    engine = open_store(url)
    report = ingest(engine, [Article(text=HOSTILE, id="hostile", date="2019-12-17", source="hostile")])
    assert report.stored == 1
    engine.dispose()
    return url


def cli(*args: str):
    return CliRunner().invoke(app, list(args))


def test_search_output_has_no_terminal_controls(store_url):
    result = cli("query", "search", "casseurs", "--db", store_url)
    assert result.exit_code == 0, result.stderr
    assert "casseurs" in result.stdout
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout


def test_quotes_output_has_no_terminal_controls(store_url):
    result = cli("query", "quotes", "--db", store_url)
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout


@pytest.mark.parametrize("args", [["who", "x" * 50_001], ["events", "--actor", "x" * 50_001],
                                  ["events", "--with", "y" * 50_001], ["quotes", "--speaker", "z" * 50_001]])
def test_a_huge_name_is_just_unknown(store_url, args):
    result = cli("query", *args, "--db", store_url)
    assert "Traceback" not in result.stderr and "too complex" not in result.stderr
    assert result.exit_code == (1 if args[0] == "who" else 0)


@pytest.mark.parametrize("name", ["'", "-", "l'", "a"])
def test_punctuation_or_a_letter_matches_no_entity_by_substring(store_url, name):
    result = cli("query", "who", name, "--db", store_url)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"no entity known as {name!r}"]


def test_a_surname_still_matches_by_substring(store_url):
    assert cli("query", "who", "Castaner", "--db", store_url).exit_code == 0


@pytest.mark.parametrize("option, value", [("--since", "2019-13"), ("--until", "hier"), ("--since", "2019-02-30"),
                                           ("--until", "2019-12-17garbage")])
def test_bad_date_bounds_are_refused(store_url, option, value):
    result = cli("query", "events", option, value, "--db", store_url)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"error: invalid date {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD"]


def test_a_date_column_never_wraps(store_url, monkeypatch):
    import io

    from rich.console import Console

    import veille.commands.query as query_command

    narrow = Console(file=io.StringIO(), width=50, highlight=False)
    monkeypatch.setattr(query_command, "console", narrow)
    assert cli("query", "quotes", "--db", store_url).exit_code == 0
    assert "2019-12-17" in narrow.file.getvalue()
