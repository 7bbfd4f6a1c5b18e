"""Organisations designated by their kind ("le parti", "le syndicat", "la haute juridiction", "l'ONG", "la
chaîne", "la présidence"): the last organisation of that kind named before, never one of another kind.

Each kind is shown on sentences from two OrangeSum articles outside the gold (monde_politique.jsonl.gz ids):
- parti: 14072 "La rentrée du RN a été marquée par des tensions avec la presse. Le parti a retiré samedi (...)
  son accréditation à un journaliste de Libération"; 15150 "La République en marche se met en ordre pour les
  municipales de mars 2020. Lundi 15 juillet, le parti a dévoilé les noms de 15 de ses futurs candidats";
  1720 "le RN a conservé au premier tour des municipales 8 des dix mairies (...) Le parti mise donc beaucoup".
- formation: 15997 "Vers une scission chez Les Républicains ? (...) Certains membres ont d'ores et déjà annoncé
  qu'ils quittaient la formation"; 20895 "contrairement à la France insoumise (LFI). Comme le révèle le Parisien,
  la formation de Jean-Luc Mélenchon a décidé de mettre les petits plats dans les grands" (the party its
  complement's person leads; 1957 "Marine Le Pen, la présidente du Rassemblement national, dont le parti").
- syndicat: 16390 "La CGT a indiqué lundi 6 mai qu'elle ne prendrait pas part à la rencontre (...) le syndicat
  affirme que le rendez-vous est « loin de répondre au mécontentement »"; 27930 "entre le gouvernement et la CGT
  (...) alors que le syndicat a promis une « énorme mobilisation » mardi 14 juin"; 21533.
- haute juridiction: 15604 "la Cour de cassation avait déjà rejeté les recours de MM. Sarkozy et Herzog (...) La
  haute juridiction avait aussi examiné (...) les pourvois"; 3059, 3285 "la Cour suprême (...) La haute
  juridiction « crache à la figure des gens fiers de se considérer comme républicains »"; 36021 (Conseil d'Etat).
- haute juridiction administrative (the Conseil d'Etat, not the Cour de cassation): 6368 "retoqué par le Conseil
  d'Etat le 17 avril. La plus haute juridiction administrative avait estimé que les maires ne pouvaient pas";
  10366 "Saisie le 3 janvier, la plus haute juridiction administrative française a concentré ses critiques";
  4520, 4592 "le Conseil d'Etat, la plus haute juridiction administrative (française)".
- ONG: 1736 "Amnesty International a salué ce sauvetage. (...) a souligné Usman Hamid, directeur exécutif de
  l'ONG en Indonésie"; 6656 "Selon Amnesty International, « des crimes de guerre (...) », a dit l'ONG."
- chaîne: 1398 "débattre sur BFMTV (...) La chaîne a finalement annoncé mercredi soir le report du débat";
  15470 "Les téléspectateurs de CNN (...) La chaîne a ensuite basculé sa diffusion"; 25909 (TF1).
- présidence: 719 "une communication confuse de la Maison Blanche. (...) la présidence a finalement assuré lundi";
  20898 "a précisé l'Élysée. (...) la présidence a toutefois indiqué qu'il serait présent"; 21229 (Elysée).
- organisation (an international organisation named by its acronym): 13405 "Ces derniers jours, l'OMS avait
  écrit (...) L'Organisation avait alors corrigé ses rapports de situation"; 13202 "l'Organisation mondiale de la
  santé (OMS) à revoir ses estimations. L'organisation a annoncé, vendredi 28 février".
- mouvement: 11606 "Le Hamas est prêt (...) le mouvement demande la libération d'un grand nombre de détenus";
  34956 "le rôle majeur de la direction du Hamas (...) Le mouvement a pris en compte"; 9374 (Hezbollah).
- groupe (a company): 12360 "a précisé Amazon. Le groupe estime qu'aucun des cas de coronavirus"; 5876 "Sanofi
  était « une grande entreprise profondément française ». Le groupe a créé la polémique"; 33271 (Facebook).
- institut (a polling institute): 22962 "ce même tableau de bord Ifop", précise Paris-Match. L'institut note que
  jamais un président"; 34565 "montrant « une adhésion forte à diverses mesures pro-animaux » selon l'institut"
  (an Ifop poll).
- quotidien: 9566 "Selon Libération, (...) Le quotidien rapporte que François Hollande est arrivé vers 16h30";
  16668 "Selon Le Parisien, (...) Le quotidien rapporte ainsi que ce nouveau nom ferait fulminer".
"""
from __future__ import annotations

import pytest

from veille import reference as coref
from veille.pipeline import parse

DATE = "2020-06-20"


def resolved(text: str, word: str, nth: int = 0) -> str | None:
    doc = parse(text, DATE)
    tok = [t for t in doc if t.text == word][nth]
    ent, _ = coref.resolve(doc, tok)
    return ent.name if ent is not None else None


@pytest.mark.parametrize("text, word, name", [
    ("La rentrée du RN a été marquée par des tensions avec la presse. Le parti a retiré samedi son accréditation "
     "à un journaliste.", "parti", "RN"),
    ("La République en marche se met en ordre pour les municipales. Lundi, le parti a dévoilé les noms de 15 de "
     "ses futurs candidats.", "parti", "La République en marche"),
    ("Vers une scission chez Les Républicains ? Certains membres ont annoncé qu'ils quittaient la formation, à "
     "l'image de l'élu de la Sarthe Jean-Carles Grelier.", "formation", "Les Républicains"),
    ("Le leader de La France insoumise, Jean-Luc Mélenchon, a tenu un meeting. Le RN a critiqué la réforme. Comme "
     "le révèle le Parisien, la formation de Jean-Luc Mélenchon a décidé de recevoir ses alliés.", "formation",
     "La France insoumise"),
    ("La présidente du RN, Marine Le Pen, a tenu un meeting. La CGT et Les Républicains ont critiqué la réforme. "
     "Le parti de Marine Le Pen a dénoncé la loi.", "parti", "RN"),
    ("La CGT a indiqué lundi qu'elle ne prendrait pas part à la rencontre avec Edouard Philippe. Dans un "
     "communiqué, le syndicat affirme que le rendez-vous est loin de répondre à la colère.", "syndicat", "CGT"),
    ("Mardi, la Cour de cassation avait déjà rejeté les recours de Nicolas Sarkozy. La haute juridiction avait "
     "aussi examiné les pourvois.", "juridiction", "Cour de cassation"),
    ("Un arrêté identique avait été retoqué par le Conseil d'Etat le 17 avril, après un avis de la Cour de "
     "cassation. La plus haute juridiction administrative avait estimé que les maires ne pouvaient pas agir.",
     "juridiction", "Conseil d'Etat"),
    ("Le Conseil d'Etat a été saisi le 3 janvier. Selon Le Monde, la plus haute juridiction administrative "
     "française a concentré ses critiques sur les ordonnances.", "juridiction", "Conseil d'Etat"),
    ("Ces derniers jours, l'OMS avait écrit que le risque était modéré, selon Amnesty International. "
     "L'organisation avait alors corrigé ses rapports de situation.", "organisation", "OMS"),
    ("Le Hamas est prêt à négocier, selon l'Egypte et le Fatah. Le mouvement demande la libération d'un grand "
     "nombre de détenus.", "mouvement", "Hamas"),
    ("Le RN a critiqué la mesure, a précisé Amazon. Le groupe estime qu'aucun des cas n'est lié à "
     "l'entrepôt.", "groupe", "Amazon"),
    ("Le RN a critiqué l'accord signé par Renault. La firme de Boulogne a promis de maintenir les emplois.",
     "firme", "Renault"),
    ("Emmanuel Macron gagne trois points dans le tableau de bord Ifop, précise Paris Match. L'institut note "
     "que jamais un président impopulaire n'était redevenu populaire.", "institut", "Ifop"),
    ("Amnesty International a salué ce sauvetage. L'ONG a demandé que les réfugiés soient protégés.", "ONG",
     "Amnesty International"),
    ("Anne Hidalgo et Rachida Dati devaient débattre sur BFMTV, selon Le Parisien. La chaîne a finalement "
     "annoncé mercredi soir le report du débat.", "chaîne", "BFMTV"),
    ("Selon Libération, la séance de dédicaces a été interrompue, a rapporté BFMTV. Le quotidien précise que "
     "l'ancien président est arrivé vers 16h30.", "quotidien", "Libération"),
    ("Ces informations ont été démenties par la Maison Blanche. La présidence a finalement assuré lundi qu'il "
     "n'y avait pas de consensus.", "présidence", "Maison Blanche"),
])
def test_a_description_goes_to_the_organisation_of_its_kind(text, word, name):
    assert resolved(text, word) == name


@pytest.mark.parametrize("text, word", [
    # a party is no union, a union no party, a newspaper no court
    ("La CGT a appelé à la grève jeudi. Le parti a dénoncé la réforme des retraites.", "parti"),
    ("Le RN a dénoncé la réforme des retraites. Le syndicat a appelé à la grève.", "syndicat"),
    ("Selon Le Figaro, le pourvoi a été rejeté. La haute juridiction a estimé que la procédure était régulière.",
     "juridiction"),
    # the medium or company fallbacks keep to organisations of no other kind
    ("Selon Le Figaro, le débat a été reporté. La chaîne a annoncé le report du débat.", "chaîne"),
    ("Le RN a dénoncé la réforme des retraites. L'entreprise a précisé que les salaires seraient gelés.",
     "entreprise"),
])
def test_no_organisation_of_that_kind_is_nobody(text, word):
    assert resolved(text, word) is None


def test_kinds_come_from_the_name_and_its_head_word():
    assert coref.organisation_kinds("Parti socialiste") == {"party"}
    assert coref.organisation_kinds("Les Républicains") == {"party"}
    assert coref.organisation_kinds("Élysée") == {"presidency"}
    assert coref.organisation_kinds("Cour des comptes") == frozenset()


@pytest.mark.parametrize("text, noun, of, states", [
    # 35756: a demonym after a body's noun
    ("Le gouvernement britannique a conclu de nouveaux accords avec les laboratoires américains Johnson & Johnson et "
     "Novavax, portant sur 90 millions de doses de vaccin.", "gouvernement", False, [("britannique", "Royaume-Uni")]),
    # 16056
    ("Les autorités chinoises ont décidé de mettre en place une kyrielle de mesures pour éviter que ces incidents ne se "
     "reproduisent.", "autorités", False, [("chinoises", "Chine")]),
    # 13391: a "de" complement only with ``of``
    ("L'armée syrienne a indiqué son intention \"d'affronter l'agression\" de la Turquie, et Jean-Luc Mélenchon veut "
     "soutenir le mouvement.", "agression", False, []),
    ("L'armée syrienne a indiqué son intention \"d'affronter l'agression\" de la Turquie, et Jean-Luc Mélenchon veut "
     "soutenir le mouvement.", "agression", True, [("Turquie", "Turquie")]),
])
def test_state_of_body(text, noun, of, states):
    doc = parse(text, DATE)
    tok = next(t for t in doc if t.text == noun)
    assert [(w.text, e.name) for w, e in coref.state_of_body(doc, tok, of=of)] == states
    assert coref.state_of_body(doc, tok, of=of, named=lambda t: None) == []     # read by the caller's ``named``
