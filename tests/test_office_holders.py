"""The dated office-holders table (lexicons/office_holders.tsv) is consistent: well-formed dates, no two
holders of one office of one state at the same time, every office described in office_titles.tsv."""
from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from veille import gazetteer, lexicons
from veille.normalize import norm

ROWS = lexicons.table("office_holders.tsv")


def test_dates_are_iso_and_terms_end_after_they_start():
    for r in ROWS:
        start = date.fromisoformat(r["start"])
        assert not r["end"] or date.fromisoformat(r["end"]) > start, r


def test_no_two_holders_of_one_office_overlap():
    terms: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for r in ROWS:
        terms[r["office"], r["country"]].append((r["start"], r["end"] or "9999-12-31", r["name"]))
    for office, spans in terms.items():
        spans.sort()
        for (_, end, name), (start, _, successor) in zip(spans, spans[1:]):
            assert end <= start, f"{office}: {name} until {end}, {successor} from {start}"


def test_every_office_has_a_description():
    described = {r["office"] for r in lexicons.table("office_titles.tsv")}
    assert {r["office"] for r in ROWS} <= described


@pytest.mark.parametrize("form, on, holder", [
    ("ministre de l'Intérieur", date(2019, 3, 1), "Christophe Castaner"),
    ("garde des Sceaux", date(2018, 5, 1), "Nicole Belloubet"),
    ("porte-parole du gouvernement", date(2019, 1, 7), "Benjamin Griveaux"),
    ("ministre des Armées", date(2020, 1, 1), "Florence Parly"),
    ("président du Sénat", date(2016, 1, 1), "Gérard Larcher"),
    ("maire de Marseille", date(2019, 1, 1), "Jean-Claude Gaudin"),
    ("présidente de la Commission européenne", date(2020, 3, 1), "Ursula von der Leyen"),
    ("secrétaire général de l'ONU", date(2016, 6, 1), "Ban Ki-moon"),
    ("chef de la diplomatie russe", date(2020, 9, 8), "Sergueï Lavrov"),
    ("secrétaire d'Etat américain", date(2019, 1, 1), "Mike Pompeo"),
    ("ministre de l'Agriculture", date(2019, 11, 17), "Didier Guillaume"),    # OrangeSum 12425
    ("ministre de la Culture", date(2018, 8, 22), "Françoise Nyssen"),        # OrangeSum 20850
    ("ministre de l'Écologie", date(2013, 1, 1), "Delphine Batho"),
])
def test_holder_of_an_office_on_a_date(form, on, holder):
    assert gazetteer.office_holders(gazetteer.office_of(form), on) == {norm(holder)}


def test_ministers_do_not_count_as_top_office_surnames():
    assert "hollande" in gazetteer.holder_surnames()
    assert "lavrov" not in gazetteer.holder_surnames()
