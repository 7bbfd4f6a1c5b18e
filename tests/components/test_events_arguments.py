"""Events: the arguments of a trigger found in general French syntax, shown on OrangeSum articles outside the gold
(the article id and date precede each text; the texts are the articles' own sentences)."""
from __future__ import annotations

import pytest

from tests.components.test_events import DATE, events, find, found, names
from veille.components.events import _antecedent, _intertitle, _referent, _subject
from veille.pipeline import parse
from veille.reference import office_holder
from veille.syntax import in_state_of, infinitive_after, verb_read_as_noun


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 13838
    ("2019-09-25", "La passe d'armes entre Jean-Luc Mélenchon et la police a pris un nouveau tournant ce mercredi 25 "
     "septembre en fin d'après-midi, avec un appel à la mobilisation lancé par le syndicat Alliance contre le chef de "
     "file de La France insoumise. Quelques heures auparavant, Christophe Castaner lui avait demandé de présenter des "
     "excuses pour avoir qualifié de \"barbares\" les forces de l'ordre, l'intéressé lui répondant que sa démission "
     "\"serait plus utile\".", "REQUEST", "Christophe Castaner", "Jean-Luc Mélenchon"),
    # OrangeSum 14406
    ("2019-07-27", "La chancelière allemande Angela Merkel a pour sa part eu un entretien téléphonique avec Boris Johnson "
     "ce vendredi. Elle l'a également félicité et invité à venir prochainement à Berlin, ce que ce dernier a accepté.",
     "SUPPORT", "Angela Merkel", "Boris Johnson"),
])
def test_an_object_pronoun_stands_for_the_person_named_in_the_sentences_before(nlp, date, text, kind, source,
                                                                              target):
    """The subject of the verb ("Elle": Angela Merkel) is not its object pronoun's referent."""
    found(text, kind, source, target, date)


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 13652
    ("2019-12-30", "C'est une décision très surprenante au vu de la situation judiciaire très délicate dans laquelle "
     "était Carlos Ghosn. Il est toujours sous le coup de quatre inculpations pour corruption. Alors qu'un procès "
     "devait avoir lieu durant l'année 2020, la justice japonaise l'avait assigné à résidence depuis le 25 avril "
     "dernier.", "COERCE", "Japon", "Carlos Ghosn"),
    # OrangeSum 13616
    ("2020-01-03", "Sur ordre du président, l'armée américaine a pris des mesures défensives décisives pour protéger le "
     "personnel américain à l'étranger en tuant Qassem Soleimani\", a indiqué le Pentagone dans un communiqué.",
     "ASSAULT", "Etats-Unis", "Qassem Soleimani"),
])
def test_a_body_of_the_state_acts_for_its_state(nlp, date, text, kind, source, target):
    found(text, kind, source, target, date)


def subject_of(text, verb, date=DATE):
    """The subject events read for the first token ``verb`` of ``text``."""
    doc = parse(text, date)
    tok = next(t for t in doc if t.text == verb)
    subject, _ = _subject(tok, tok)
    return subject.text if subject is not None else None


@pytest.mark.parametrize("text, verb, subject", [
    # OrangeSum 22146: the description and its apposed name are both parsed as subjects
    ("Interrogé par l'AFP, le propriétaire de Sud Radio, Didier Maïsto, a assuré s'être \"mis d'accord, en "
     "septembre 2017, avec Henri Guaino, pour qu'il intervienne tous les jours dans le cadre d'une chronique\".",
     "assuré", "Didier"),
    # OrangeSum 22194: a participial clause's noun is parsed as a second subject
    ("Mis en examen mercredi soir 21 mars dans l'enquête sur les soupçons de financement libyen de sa campagne "
     "victorieuse de 2007, Nicolas Sarkozy a également été placé sous contrôle judiciaire, une première pour un ancien "
     "chef de l'État sous la Ve République.", "placé", "Nicolas"),
    # OrangeSum 3714, 35435: a pronominal verb whose subject pronoun the parser made expletive
    ("Il s'est entretenu mardi avec Patrick Bernasconi, la troisième assemblée de la République qui organise "
     "actuellement la Convention citoyenne sur le climat.", "entretenu", "Il"),
    ("Il s'est félicité d'\"un entretien très positif\" avec le chef du gouvernement Jean Castex.", "félicité", "Il"),
])
def test_the_subject_that_names_an_actor(nlp, text, verb, subject):
    assert subject_of(text, verb) == subject


def test_a_second_subject_after_the_verb_is_not_preferred(nlp):
    """OrangeSum 22096: "Emmanuel Macron", parsed as a second subject, is the object met."""
    text = ("Fondatrice et présidente du réseau \"Maman travaille\", la trentenaire a rencontré Emmanuel Macron grâce "
            "au maire socialiste du Mans Jean-Claude Boulard, dont elle est devenue l'adjointe en 2014.")
    assert subject_of(text, "rencontré") != "Emmanuel"


@pytest.mark.parametrize("date, text, word, holder", [
    # OrangeSum 1641
    ("2020-06-22", "Dans l'hypothèse d'un second tour Macron/Le Pen, le duel serait beaucoup plus serré qu'en 2017, avec 55% "
     "d'intentions de vote pour l'actuel chef de l'Etat, contre 45% pour la patronne du Rassemblement national. En "
     "2017, Emmanuel Macron avait recueilli 24% des voix au premier tour, contre 21,3 à Marine Le Pen.", "chef",
     "Emmanuel Macron"),
    # OrangeSum 3266
    ("2020-06-09", "Egalement interrogé sur son successeur, M. Hollande souligne le \"contexte particulier\" de "
     "l'élection d'Emmanuel Macron. Selon lui, l'actuel chef de l'Etat \"aurait pu tirer le meilleur parti de cette "
     "situation politique originale, mais il ne l'a pas fait.\"", "chef", "Emmanuel Macron"),
])
def test_the_present_holder_of_an_office(nlp, date, text, word, holder):
    """"l'actuel chef de l'Etat", "l'actuel président": the office's holder, as without "actuel"."""
    doc = parse(text, date)
    tok = [t for t in doc if t.text == word][-1]
    ent = office_holder(doc, tok)
    assert ent is not None and ent.name == holder


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 13987
    ("2019-10-09", "Troisième offensive turque contre les YPG. L'offensive lancée mercredi est la troisième opération "
     "militaire menée par Ankara contre les combattants kurdes des YPG depuis 2016. Le 24 août 2016, la Turquie lance "
     "l'opération militaire.", "ASSAULT", "Turquie", "YPG"),
    # OrangeSum 13543
    ("2020-01-07", "Les arrestations d'étrangers en Iran, notamment binationaux, accusés souvent d'espionnage, se sont "
     "multipliées depuis le retrait unilatéral en 2018 des Etats-Unis de l'accord sur le nucléaire iranien et le "
     "rétablissement de dures sanctions américaines contre Téhéran.", "SANCTION", "Etats-Unis", "Téhéran"),
    # OrangeSum 7973
    ("2020-05-31", "Les tensions entre Téhéran et Washington n'ont cessé de grimper après le retrait unilatéral des "
     "Etats-Unis en mai 2018 de l'accord international sur le nucléaire iranien conclu en 2015, assorti du retour de "
     "lourdes sanctions américaines contre Téhéran.", "SANCTION", "Etats-Unis", "Téhéran"),
])
def test_the_state_whose_demonym_qualifies_a_noun_trigger_does_it(nlp, date, text, kind, source, target):
    """"l'offensive turque contre X": Turkey attacks; a capital after "contre" is its state, not a place."""
    found(text, kind, source, target, date)


@pytest.mark.parametrize("date, text, inviter, invited, asks", [
    # OrangeSum 16759 ("invite la presse à la rejoindre", a named invitee in place of "la presse"): "inviter X à"
    # and an infinitive asks
    ("2019-04-15", "Il est sidérant que Mme Nathalie Loiseau de LREM participe à une cérémonie religieuse et invite "
     "Emmanuel Macron à la rejoindre.", "Nathalie Loiseau", "Emmanuel Macron", True),
    # OrangeSum 25976
    ("2017-02-17", "L'un d'eux, Jérôme Chartier, porte-parole de François Fillon, aurait ainsi invité l'ancien Premier "
     "ministre à participer à des conférences pour l'association Les Entretiens de Royaumont.", "Jérôme Chartier",
     "François Fillon", True),
    # OrangeSum 34188: invited as a guest to a place
    ("2016-08-27", "Le PS a justement invité à Blois deux responsables EELV, le député européen Yannick Jadot et le "
     "maire de Grenoble Eric Piolle.", "PS", "Yannick Jadot", False),
])
def test_an_invitation_asks_only_with_a_deed_after_a(nlp, date, text, inviter, invited, asks):
    doc, evs = events(text, date)
    assert (find(doc, evs, "REQUEST", inviter, invited) is not None) is asks, [(e.type, e.rule) for e in evs]


@pytest.mark.parametrize("date, text, speaker", [
    # OrangeSum 5557
    ("2020-06-10", "Mais, prévient la chercheuse Lawrence Gostin, \"le gouverneur devra faire très attention à la façon "
     "dont il met cette politique en place\".- \"Dangereux précédent\" -Il est démontré qu'être noir aux Etats-Unis est "
     "un facteur de risque.", "Lawrence Gostin"),
    # OrangeSum 3786
    ("2020-06-03", "\"On est dans une doctrine de l'interpellation\", dénonce Assa Traoré.- \"Brebis galeuses\" "
     "-Violences, discriminations: militants et associatifs rappellent qu'en novembre 2016, la Cour de cassation a "
     "condamné l'Etat.", "Assa Traoré"),
])
def test_a_quoted_intertitle_states_no_event(nlp, date, text, speaker):
    """'.- "Dangereux précédent" -': the heading between dashes is said by no one there."""
    doc, evs = events(text, date)
    heading = next(q for q in doc._.quotes if "précédent" in doc.text[q.start:q.end] or "Brebis" in doc.text[q.start:q.end])
    assert _intertitle(doc, heading)
    assert not [e for e in evs if e.trigger and heading.start <= e.trigger.start < heading.end]


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 4152
    ("2020-06-01", "A Annecy, une alliance étonnante s'est nouée durant le week-end entre la dissidente LREM Frédérique "
     "Lardet et le candidat de gauche François Astorg, face au maire sortant UDI Jean-Luc Rigaut, soutenu par LR.",
     "SUPPORT", "LR", "Jean-Luc Rigaut"),
    # OrangeSum 26181
    ("2017-01-29", "Il bénéficiait par ailleurs d'un très faible réservoir de voix, contrairement à Benoît Hamon, "
     "soutenu par Arnaud Montebourg, arrivé en troisième position au premier tour.", "SUPPORT", "Arnaud Montebourg",
     "Benoît Hamon"),
])
def test_a_past_participle_that_qualifies_a_name_has_it_for_patient(nlp, date, text, kind, source, target):
    """"Benoît Hamon, soutenu par Arnaud Montebourg": Montebourg supports Hamon."""
    found(text, kind, source, target, date)


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 5581: "auquel" is the "à" complement
    ("2020-05-18", "\"Cette évaluation pourrait alors motiver, selon ses résultats, une nouvelle interruption du "
     "processus électoral\", avertit le Conseil scientifique dans son rapport voué à éclairer la décision finale de "
     "l'exécutif, attendue cette semaine.Le Conseil, auquel Edouard Philippe a demandé fin mars de préparer ce "
     "document, estime que la situation sanitaire s'est nettement améliorée.", "REQUEST", "Edouard Philippe",
     "Conseil scientifique"),
    # OrangeSum 23198: "qu'" is the object
    ("2017-11-22", "C'est ce que dénonce Marine Le Pen. Elle précise avoir soumis le problème à Emmanuel Macron, "
     "qu'elle a rencontré mardi à l'Élysée.", "CONSULT", "Marine Le Pen", "Emmanuel Macron"),
])
def test_a_relative_pronoun_complement_stands_for_the_noun_its_clause_qualifies(nlp, date, text, kind, source,
                                                                                target):
    found(text, kind, source, target, date)


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 219: the object parsed as the apposition of the place before it
    ("2020-07-02", "Netanyahu a rencontré cette semaine à Jérusalem Avi Berkowitz, conseiller spécial de Donald Trump, "
     "et David Friedman, ambassadeur américain en Israël.", "CONSULT", "Netanyahu", "Avi Berkowitz"),
    # OrangeSum 35758: "Israël" hangs on the adjective "unis" of the first name
    ("2020-08-15", "Les Emirats arabes unis et Israël ont convenu jeudi de normaliser leurs relations, dans le cadre "
     "d'un accord historique négocié par les Etats-Unis.", "AGREE", "Emirats arabes unis", "Israël"),
    # OrangeSum 6656: "Haftar" parsed as the modifier of "maréchal", "Emirats" as the apposition of "Egypte"
    ("2020-06-05", "Le maréchal Haftar, homme fort de l'est libyen, est lui appuyé par l'Egypte, les Emirats arabes "
     "unis et la Russie.", "SUPPORT", "Emirats arabes unis", "Haftar"),
])
def test_arguments_the_parser_misattached(nlp, date, text, kind, source, target):
    found(text, kind, source, target, date)


@pytest.mark.parametrize("date, text, kind, trigger, source, target", [
    # OrangeSum 1086: Vladimir Poutine held Russia's top office, the possessor's office, at publication
    ("2020-06-27", "Emmanuel Macron devrait se rendre en Russie d'ici la fin de l'année. Il a accepté une invitation de "
     "son homologue russe. Vladimir Poutine \"a invité\" le président français qui \"a accepté\", a indiqué la "
     "présidence française, sans donner de date.", "AGREE", "accepté", "Emmanuel Macron", "Vladimir Poutine"),
    # OrangeSum 13688: so Emmanuel Macron in France
    ("2019-12-03", "Donald Trump s'en est pris rudement à Emmanuel Macron ce mardi 3 décembre à Londres, renforçant les "
     "tensions entre des Alliés confrontés aux actions de la Turquie ou à la montée en puissance de la Russie et de la "
     "Chine. Lui-même critique envers l'Otan, le président américain a attaqué de front son homologue français pour "
     "avoir jugé l'Alliance en état de \"mort cérébrale\".", "ACCUSE", "attaqué", "Donald Trump", "Emmanuel Macron"),
])
def test_a_counterpart_is_the_holder_of_the_office_in_the_state_named(nlp, date, text, kind, trigger, source, target):
    doc, evs = events(text, date)
    event = next((e for e in evs if e.type == kind and e.trigger and text[e.trigger.start:e.trigger.end] == trigger), None)
    assert event is not None, [(x.type, names(doc, x.source), names(doc, x.target)) for x in evs]
    assert source in names(doc, event.source) and names(doc, event.target) == {target}


@pytest.mark.parametrize("date, text, expected", [
    # OrangeSum 2914: the parser hangs the relative clause on "manière"
    ("2020-06-21", "Le GNA et la Turquie ont fait part de leur scepticisme, considérant l'initiative égyptienne comme une "
     "manière de faire gagner du temps au maréchal Haftar, qui est aussi soutenu par les Emirats arabes unis et la "
     "Russie.", "Haftar"),
    # OrangeSum 1795: on "gout"
    ("2020-06-19", "Cette position au sein du gouvernement n'est pas au gout de l'ancienne ministre de l'Environnement "
     "Ségolène Royal, qui a critiqué ce possible recours sur certaines mesures proposées par la Convention citoyenne.",
     "Royal"),
    # OrangeSum 387: on "dirigeants"
    ("2020-06-30", "Le parquet de Paris a ouvert le 14 mai une enquête pour \"abus de confiance\" et \"recel\" visant "
     "plusieurs dirigeants de La France insoumise dont Jean-Luc Mélenchon, qui a dénoncé une \"nouvelle "
     "instrumentalisation\" de la justice par le pouvoir.", "Mélenchon"),
    # OrangeSum 2882: "le secrétaire général de Unité SGP Police", whom the roles name, is the antecedent
    ("2020-06-11", "A lui de regravir l'Everest de la confiance\", a tonné Yves Lefebvre, secrétaire général de Unité SGP "
     "Police, qui a appelé ses collègues \"à ne plus interpeller, à ne plus intervenir\".", "secrétaire"),
])
def test_qui_after_a_name_and_a_comma_stands_for_that_person(nlp, date, text, expected):
    doc = parse(text, date)
    assert _antecedent(next(t for t in doc if t.lower_ == "qui")).text == expected


def test_the_person_before_qui_is_the_target(nlp):
    # OrangeSum 2914
    found("Le GNA et la Turquie ont fait part de leur scepticisme, considérant l'initiative égyptienne comme une "
          "manière de faire gagner du temps au maréchal Haftar, qui est aussi soutenu par les Emirats arabes unis et la "
          "Russie.", "SUPPORT", "Emirats arabes unis", "Haftar", "2020-06-21")


# "en visite en X": the visitor is the nominal "en visite" qualifies; "en" before a state's name gives the host
VISITS = [
    # OrangeSum 2592
    ("2020-06-22", "Le président Kais Saied, en visite en France lundi, avait rencontré en janvier des militants de "
     "Tataouine, les invitant à proposer des idées de projets sans attendre l'Etat.", "Kais Saied", "France"),
    # OrangeSum 10625
    ("2020-05-17", "Le secrétaire d'Etat Mike Pompeo, qui a effectué une visite en Israël mercredi pour discuter avec "
     "les deux hommes, a dit que la décision revenait aux Israéliens.", "Mike Pompeo", "Israël"),
]


@pytest.mark.parametrize("date, text, source, target", VISITS)
def test_a_visit_en_a_state_consults_it(nlp, date, text, source, target):
    found(text, "CONSULT", source, target, date)


@pytest.mark.parametrize("date, text, noun, held", [
    (VISITS[0][0], VISITS[0][1], "visite", "président"),
    # OrangeSum 35839
    ("2020-08-12", "Le chef de la diplomatie allemande Heiko Maas, en visite à Beyrouth, a dévoilé une assistance d'un "
     "million d'euros à la Croix-Rouge libanaise.", "visite", "Maas"),
])
def test_en_and_a_bare_noun_qualify_the_nominal_they_hang_on(nlp, date, text, noun, held):
    doc = parse(text, date)
    assert in_state_of(next(t for t in doc if t.text == noun)).text == held


# OrangeSum 6487 and 12264: the parser tags "menace", "presse" NOUN after "et"
READ_AS_NOUN = [
    ("2020-06-06", "Le président américain, Donald Trump, rend la Chine responsable de la propagation de la pandémie de "
     "nouveau coronavirus et menace Pékin de nouvelles sanctions commerciales.", "THREATEN", "Donald Trump", "Pékin"),
    ("2020-05-06", "Keir Starmer a critiqué à plusieurs reprises la \"lenteur\" de réaction du gouvernement face à la "
     "pandémie. Il plaide pour un \"consensus national\" et presse Boris Johnson de présenter un plan précis de sortie "
     "du confinement, décrété le 23 mars et qui doit être réévalué jeudi.", "REQUEST", "Keir Starmer", "Boris Johnson"),
]


@pytest.mark.parametrize("date, text, kind, source, target", READ_AS_NOUN)
def test_a_verb_read_as_a_noun_after_et_takes_the_coordinated_subject(nlp, date, text, kind, source, target):
    """"et menace Pékin de", "et presse Boris Johnson de": the verb coordinated by "et" that the parser read as a noun
    takes the subject of the verb before it and the actor named right after it."""
    found(text, kind, source, target, date)


@pytest.mark.parametrize("text, word, verb", [
    (READ_AS_NOUN[0][1], "menace", "rend"),
    (READ_AS_NOUN[1][1], "presse", "plaide"),
    # OrangeSum 16137: a true noun, followed by a preposition
    ("En janvier dernier, une Allemande d'origine marocaine a été condamnée à mort pour \"soutien logistique et aide à "
     "une organisation terroriste\".", "aide", None),
])
def test_verb_read_as_noun(nlp, text, word, verb):
    doc = parse(text, DATE)
    found_verb = verb_read_as_noun(next(t for t in doc if t.text == word))
    assert (found_verb.text if found_verb is not None else None) == verb


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 18022
    ("2017-03-18", "Donald Trump a reçu, vendredi 17 mars, Angela Merkel avec la volonté de mettre en avant la solidité "
     "des liens entre les deux pays alliés après une série d'échanges tendus.", "CONSULT", "Donald Trump", "Angela Merkel"),
    # OrangeSum 20477: "appeler X à" past the incise asks, it is no phone call
    ("2018-09-20", "Alors que l'exécutif fait face à une rentrée agitée, François Bayrou, le président du Modem, a appelé, "
     "jeudi 20 septembre sur CNews, Emmanuel Macron à s'exprimer devant les Français pour \"rappeler le sens de son "
     "action\".", "REQUEST", "François Bayrou", "Emmanuel Macron"),
])
def test_the_object_after_an_incise_between_commas(nlp, date, text, kind, source, target):
    """"a reçu, vendredi 17 mars, Angela Merkel": the proper noun the parser hangs as an oblique without preposition
    after a date set off by commas is the verb's object."""
    found(text, kind, source, target, date)
    doc, evs = events(text, date)
    assert not any(e.type == "CONSULT" for e in evs) or kind == "CONSULT"


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 22786: "attaque" tagged NOUN with a subject of its own
    ("2018-01-02", "Dans un deuxième paragraphe, Jean-Luc Mélenchon s'attaque ensuite à Emmanuel Macron dont \"le ton (...) "
     "rappelle celui d'un monarque\".", "ACCUSE", "Jean-Luc Mélenchon", "Emmanuel Macron"),
    # OrangeSum 32083: "menace" tagged NOUN, its infinitive hung on the incise "quant à elle"
    ("2020-09-23", "L'UE menace quant à elle de sanctionner Minsk, mais n'a pas décidé de mesures, en raison de "
     "divergences internes.", "THREATEN", "UE", "Minsk"),
])
def test_a_noun_with_a_subject_of_its_own_is_a_verb(nlp, date, text, kind, source, target):
    """"Jean-Luc Mélenchon s'attaque ensuite à", "L'UE menace quant à elle de sanctionner Minsk": a noun without
    determiner or copula that has a subject before it is a verb the parser misread; a deed that completes a threat is
    threatened, not done."""
    doc, _ = found(text, kind, source, target, date)
    assert not any(e.type == "SANCTION" for e in doc._.events)


@pytest.mark.parametrize("date, text, verb, infinitive", [
    ("2020-09-23", "L'UE menace quant à elle de sanctionner Minsk, mais n'a pas décidé de mesures, en raison de "
     "divergences internes.", "menace", "sanctionner"),
    # OrangeSum 3781
    ("2020-06-03", "L'ancien maire menace alors d'appeler à voter Arnaud de Courson (DVD), pourtant ennemi juré du couple "
     "Balkany.", "menace", "appeler"),
    # OrangeSum 35726
    ("2020-08-16", "La diplomatie américaine menace désormais d'invoquer son statut de pays \"participant\" à ce même "
     "texte.", "menace", "invoquer"),
])
def test_the_infinitive_after_a_verb_past_an_incise(nlp, date, text, verb, infinitive):
    doc = parse(text, date)
    assert infinitive_after(next(t for t in doc if t.text == verb)).text == infinitive


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 34599
    ("2020-08-20", "Après cette visite, Emmanuel Macron terminera ses vacances \"calmes et studieuses\" à Brégançon avant "
     "de rejoindre l'Elysée, où il présidera le conseil des ministres de rentrée mardi. Pour le préparer, il "
     "s'entretiendra vendredi à 12H00 à Brégançon avec le Premier ministre Jean Castex.",
     "CONSULT", "Emmanuel Macron", "Jean Castex"),
    # OrangeSum 1018
    ("2020-06-28", "Son objectif est de tracer la feuille de route des derniers 18 mois \"utiles\" du quinquennat, a "
     "indiqué Emmanuel Macron. Tous ces chantiers commenceront dès lundi matin. Il s'envolera juste après vers le "
     "château de Meseberg, au nord de Berlin, pour une rencontre bilatérale avec la chancelière Angela Merkel, suivie "
     "d'une conférence de presse lundi soir.", "CONSULT", "Emmanuel Macron", "Angela Merkel"),
])
def test_the_il_of_a_pronominal_verb_read_as_impersonal_is_its_resolved_subject(nlp, date, text, kind, source,
                                                                                 target):
    """The parser makes "il" of "s'entretenir", "s'envoler" an expletive ("expl:subj"), which coreference leaves:
    the speakers' resolution names it."""
    found(text, kind, source, target, date)


def test_the_il_of_an_impersonal_pronominal_verb_is_nobody(nlp):
    """"Il s'agit de ...": the impersonal verbs (``syntax.IMPERSONAL_VERBS``) have no subject to resolve."""
    doc = parse("Emmanuel Macron a reçu Angela Merkel. Il s'agit d'une rencontre avec la chancelière.", DATE)
    subject = next(t for t in doc if t.lower_ == "il")
    assert _referent(doc, subject) == []


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 32359
    ("2020-09-21", "Les candidatures de Laurent Gbagbo, 75 ans, qui vit à Bruxelles, et de Guillaume Soro, 47 ans, "
     "ex-chef de la rébellion pro-Ouattara des années 2000, ont été rejetées par le Conseil constitutionnel.",
     "REJECT", "Conseil constitutionnel", "Laurent Gbagbo"),
    # OrangeSum 34925
    ("2020-09-01", "Alexandre Loukachenko a promis une réforme. La révision de la loi fondamentale qu'il a évoquée à "
     "plusieurs reprises sans la détailler a été rejetée par la figure de proue de l'opposition, Svetlana "
     "Tikhanovskaïa, réfugiée en Lituanie.", "REJECT", "Svetlana Tikhanovskaïa", "Alexandre Loukachenko"),
])
def test_a_passive_subject_is_read_as_the_active_object(nlp, date, text, kind, source, target):
    """ "Les candidatures de X ont été rejetées par Y" reads as "Y a rejeté les candidatures de X": the passive
    subject is searched for its actor as deep as the trigger's object is."""
    found(text, kind, source, target, date)


@pytest.mark.parametrize("date, text", [
    # OrangeSum 34647
    ("2020-09-04", "Le ministre Jean-Yves Le Drian a parlé d'un crime. Son homologue allemand a lui, pour la première fois "
     "aussi clairement de la part de Berlin, mis en cause l'Etat russe dans l'empoisonnement."),
    # OrangeSum 32087
    ("2020-09-23", "Les ministres Jean-Yves Le Drian et Heiko Maas recevront les opposants. Leur homologue slovaque, "
     "initialement annoncé, ne participera pas à l'entretien."),
    # OrangeSum 11512: "leurs homologues" conjoined to the actors its "leurs" is sought among
    ("2020-05-12", "Cinq autres trains, opérés en partenariat par les chemins de fer autrichiens ÖBB et leurs homologues "
     "roumains CFR, sont prévus d'ici la fin mai."),
])
def test_a_possessive_counterpart_as_subject_is_read_without_looping(nlp, date, text):
    """ "Son homologue allemand a [...] mis en cause": the possessor of "homologue" is sought everywhere but in the
    subject that holds it (it looped: the counterpart's possessor was the sentence's subject, the counterpart); a
    possessive met again while its possessor is sought has none."""
    doc = parse(text, date)
    assert doc._.entities


@pytest.mark.parametrize("date, text, source, target", [
    # OrangeSum 3654
    ("2020-06-17", "Le gouvernement indien a dénoncé une \"action planifiée et préméditée\" de la Chine au Ladakh.La "
     "Chine, par un communiqué du ministère des Affaires étrangères, a demandé que l'Inde \"mène une enquête "
     "complète\" et punisse les coupables.", "Chine", "Inde"),
    # OrangeSum 14557
    ("2019-06-30", "L'administration Trump exige que Pyongyang renonce définitivement à son programme nucléaire avant "
     "d'envisager une levée des sanctions internationales.", "Trump", "Pyongyang"),
    # OrangeSum 14157
    ("2019-08-30", "Pour le troisième jour consécutif vendredi, M. Bolsonaro a demandé que le président français "
     "Emmanuel Macron se rétracte.", "Bolsonaro", "Emmanuel Macron"),
])
def test_demanding_that_someone_act_is_a_request_to_them(nlp, date, text, source, target):
    """ "X exige/demande/réclame que Y fasse": a REQUEST from X to the active subject of the que-clause."""
    found(text, "REQUEST", source, target, date)


@pytest.mark.parametrize("date, text", [
    # OrangeSum 22060: a passive clause's subject is not asked anything
    ("2018-04-05", "Le député des Bouches-du-Rhône Jean-Luc Mélenchon a confirmé avoir récemment demandé que le ministre "
     "de l'Intérieur Gérard Collomb soit entendu dans l'enquête."),
    # OrangeSum 14094: "l'on" is nobody
    ("2020-02-06", "Stefan Jagsch a été élu. Le secrétaire général de la CDU, Paul Ziemiak, a aussi réclamé que l'on "
     "revienne sur ce vote."),
])
def test_a_passive_or_indefinite_que_clause_names_no_one_asked(nlp, date, text):
    doc, evs = events(text, date)
    assert not [e for e in evs if e.type == "REQUEST"], [(e.type, names(doc, e.target)) for e in evs]


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 10227
    ("2020-06-01", "De leur côté, la Bulgarie, la Serbie et la Grèce se sont mises d'accord pour alléger à partir de la "
     "mi-juin les restrictions de voyage en vigueur depuis la mi-mars.", "AGREE", "Bulgarie", "Grèce"),
    # OrangeSum 35225
    ("2020-08-26", "De l'autre, \"Chypre, la Grèce, la France et l'Italie se sont mises d'accord pour déployer une présence "
     "commune en Méditerranée orientale\", a annoncé le ministère chypriote de la Défense.", "AGREE", "Grèce", "Italie"),
])
def test_a_reciprocal_verb_of_several_named_parties_is_between_the_first_and_the_others(nlp, date, text, kind, source,
                                                                                       target):
    """"X, Y et Z se sont mis d'accord": the first named is the source, the others its targets (as for two)."""
    found(text, kind, source, target, date)


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 3058
    ("2020-06-15", "La Turquie, voisine de l'Irak, a lancé dimanche des raids aériens contre des positions du PKK, qui "
     "dispose de bases et camps d'entraînement dans le nord kurde et montagneux de l'Irak.", "ASSAULT", "Turquie",
     "PKK"),
    # OrangeSum 35827
    ("2020-08-13", "Au cours de la semaine passée, l'armée israélienne a revendiqué une série de frappes nocturnes contre "
     "des positions du Hamas, mouvement islamiste armé au pouvoir dans la bande de Gaza, en réponse à des tirs de "
     "ballons incendiaires dont certains sont à l'origine d'incendies de broussailles dans le sud d'Israël qui n'ont "
     "toutefois pas fait de victime.", "ASSAULT", "Israël", "Hamas"),
])
def test_an_actors_positions_are_that_actor(nlp, date, text, kind, source, target):
    """"des frappes contre des positions du Hamas" strike the Hamas (``lexicons/event_holdings.txt``), whatever the
    determiner; a date between the light verb and its noun ("a lancé dimanche des raids") is no circumstance."""
    found(text, kind, source, target, date)


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 290
    ("2020-07-03", "Signe que l'affaire préoccupe à l'étranger, les Etats-Unis ont appelé mercredi la Turquie à ne pas "
     "toucher au statut de Sainte-Sophie.", "REQUEST", "Etats-Unis", "Turquie"),
    # OrangeSum 7383
    ("2020-07-01", "Le ministre britannique des Affaires étrangères, Dominic Raab, avait exhorté mardi Pékin à reculer.",
     "REQUEST", "Dominic Raab", "Pékin"),
    # OrangeSum 8282
    ("2020-07-03", "Zhao Lijian a menacé vendredi Londres de représailles.", "THREATEN", "Zhao Lijian", "Londres"),
])
def test_an_object_the_parser_hung_on_the_date_after_the_verb_is_its_object(nlp, date, text, kind, source, target):
    """"a appelé mercredi la Turquie à", "a menacé vendredi Londres": the parser hangs the object on the weekday (an
    apposition or a loose dependent); it is the verb's object all the same (:func:`veille.syntax.object_of`)."""
    found(text, kind, source, target, date)


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 22961
    ("2016-12-30", "Cette affiche est \"de très mauvais goût\", avait estimé une source proche du Front national, qui avait "
     "soutenu Robert Ménard aux municipales de 2014.", "SUPPORT", "Front national", "Robert Ménard"),
    # OrangeSum 26153
    ("2017-02-02", "S'il a reçu mercredi soir le soutien du comité politique de son parti, le député LR Phillipe Gosselin "
     "appelle Alain Juppé à la rescousse, tandis que le sarkozyste Georges Fenech fait circuler une pétition pour "
     "réclamer la mise en place d'un \"plan B\".", "REQUEST", "Phillipe Gosselin", "Alain Juppé"),
])
def test_a_second_subject_after_the_verb_is_its_object(nlp, date, text, kind, source, target):
    """A verb has one subject: the name the parser made a second subject after it is its object."""
    found(text, kind, source, target, date)


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 25579
    ("2017-03-29", "Très applaudie lors de son entrée dans la salle du meeting de Benoît Hamon à Lille, mercredi, "
     "l'ancienne ministre socialiste a fustigé le soutien de Manuel Valls à Emmanuel Macron.", "SUPPORT",
     "Manuel Valls", "Emmanuel Macron"),
    # OrangeSum 27029
    ("2016-11-03", "S'il affirme ne pas avoir \"de problème personnel\" avec le président du MoDem, l'ancien chef de "
     "l'État estime toutefois que le soutien de François Bayrou à Alain Juppé et sa place après l'élection est un "
     "\"sujet majeur\".", "SUPPORT", "François Bayrou", "Alain Juppé"),
    # OrangeSum 17067
    ("2019-04-01", "Le ministre de l'Action et des Comptes publics Gérald Darmanin, a vivement répliqué lundi 1er "
     "avril, aux critiques de l'ancien président François Hollande contre son successeur Emmanuel Macron.", "ACCUSE",
     "François Hollande", "Emmanuel Macron"),
])
def test_the_de_complement_of_a_noun_whose_target_another_slot_names_is_its_doer(nlp, date, text, kind, source,
                                                                                 target):
    """"le soutien de Manuel Valls à Emmanuel Macron": with its target after "à" or "contre", the noun's "de"
    complement is who does it, even for a noun whose slots hold "de" ("le soutien de X" alone goes to X)."""
    found(text, kind, source, target, date)
