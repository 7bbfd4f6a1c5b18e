"""Gazetteer lookups: a state's top offices and who held them."""
from __future__ import annotations

from datetime import date

import pytest

from veille import gazetteer
from veille.normalize import norm


@pytest.mark.parametrize("form, office, country", [
    ("président", "head_of_state", None),
    ("chef de l'État", "head_of_state", None),
    ("président de la République", "head_of_state", "FR"),
    ("président américain", "head_of_state", "US"),
    ("Premier ministre", "head_of_government", None),
    ("première ministre britannique", "head_of_government", "GB"),
    ("chancelière allemande", "head_of_government", "DE"),
    ("président du Sénat", "senate_president", "FR"),
    ("ministre de l'Intérieur", "interior_minister", None),
    ("chef de la diplomatie russe", "foreign_minister", "RU"),
])
def test_office_of_a_description(form, office, country):
    assert gazetteer.office_of(form) == gazetteer.Office(office, country)


@pytest.mark.parametrize("form", ["président du groupe centriste", "ministre de la Ville",
                                  "président de la République américain", "directeur général"])
def test_other_titles_are_no_top_office(form):
    assert gazetteer.office_of(form) is None


def test_holders_on_a_date():
    prime_minister = gazetteer.Office("head_of_government", "FR")
    assert gazetteer.office_holders(prime_minister, date(2019, 1, 27)) == {norm("Edouard Philippe")}
    assert gazetteer.office_holders(prime_minister, date(2016, 1, 1)) == {norm("Manuel Valls")}
    assert norm("Lionel Jospin") in gazetteer.office_holders(prime_minister, None)


def test_holders_of_any_state_without_a_country():
    holders = gazetteer.office_holders(gazetteer.Office("head_of_state", None), date(2019, 6, 1))
    assert {norm("Emmanuel Macron"), norm("Donald Trump"), norm("Vladimir Poutine")} <= holders
    assert norm("François Hollande") not in holders


def test_former_holders_are_those_whose_term_had_ended():
    head_of_state = gazetteer.Office("head_of_state", "FR")
    former = gazetteer.office_holders(head_of_state, date(2019, 10, 1), former=True)
    assert {norm("Jacques Chirac"), norm("Nicolas Sarkozy"), norm("François Hollande")} <= former
    assert norm("Emmanuel Macron") not in former
