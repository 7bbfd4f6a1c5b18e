"""The tokenizer setting (veille.tokenizer) and the sentence starts it enables (veille_sentences), on the AFP
subheadings that OrangeSum glues to the sentence before them ("....- Heading -Next sentence"): 542 of the
first 3,000 OrangeSum articles hold one."""
from __future__ import annotations

import pytest

from veille import pipeline
from veille.spans import is_subheading

# (OrangeSum article id, text shortened from it, the subheading, the sentence after it)
SUBHEADINGS = [
    ("8", "La police avait procédé mercredi à ses premières arrestations.- Statut de réfugié - Toujours au Congrès "
          "américain cette semaine, des élus ont déposé un texte.", "- Statut de réfugié -", "Toujours au Congrès"),
    ("18", "Il veut faciliter à terme l'accès à la citoyenneté.- Sanctuaire -Une annonce condamnée jeudi par Pékin.",
     "- Sanctuaire -", "Une annonce condamnée"),
    ("21", "Des fonctionnaires ont été contraints de se rendre aux urnes.- Washington \"préoccupé\" -Face à ces "
           "accusations, la porte-parole du département d'Etat a réagi.", "- Washington \"préoccupé\" -", "Face à ces"),
    ("122", "Il aurait été éliminé pour ne pas compromettre ses puissants amis.- Pressions sur le prince Andrew "
            "-L'arrestation de Ghislaine Maxwell a relancé l'affaire.", "- Pressions sur le prince Andrew -",
     "L'arrestation de"),
]


@pytest.mark.parametrize("article,text,heading,after", SUBHEADINGS, ids=[s[0] for s in SUBHEADINGS])
def test_an_afp_subheading_is_a_sentence_of_its_own(nlp, article: str, text: str, heading: str, after: str) -> None:
    doc = pipeline.parse(text, "2020-07-01")
    sents = list(doc.sents)
    headings = [s for s in sents if is_subheading(s)]
    assert [s.text for s in headings] == [heading]
    following = sents[sents.index(headings[0]) + 1]
    assert following.text.startswith(after)
    assert sents[0].text.endswith(".") and "-" not in sents[0].text[-3:]


def test_the_separator_no_longer_glues_a_name_to_the_heading(nlp) -> None:
    """OrangeSum 961 and 1828 ("Jad Chaaban.- ", "Donald Trump.- "): the name ends at the sentence."""
    for text, name in [("Le pays s'enfonce dans la crise, estime l'économiste Jad Chaaban.- Colère - Les "
                        "manifestants sont revenus.", "Jad Chaaban"),
                       ("C'est une décision du président américain Donald Trump.- Réactions -Le Congrès a "
                        "protesté mardi.", "Donald Trump")]:
        rec = pipeline.extract(text, "2020-07-01")
        assert name in [e.name for e in rec.entities if e.type == "PER"]
        assert not any(e.name.endswith((".-", "-")) for e in rec.entities)


def test_hyphens_inside_words_and_inverted_subjects_stay(nlp) -> None:
    doc = pipeline.parse("Jean-Luc Mélenchon a parlé à Saint-Denis, a-t-il dit. C'est un ex-ministre.", "2020-07-01")
    assert [t.text for t in doc][:2] == ["Jean-Luc", "Mélenchon"]
    assert "Saint-Denis" in [t.text for t in doc] and "ex-ministre" in [t.text for t in doc]
    assert not any(is_subheading(s) for s in doc.sents)


def test_a_description_after_a_subheading_is_not_the_person_named_before_it(nlp) -> None:
    """OrangeSum 1346 and 1441: "- Bouclage de Bethléem -Le gouverneur de Bethléem a décidé ...", "- Restrictions
    au Texas et en Floride -Le gouverneur du Texas a ordonné ...": a new section, nobody named before is meant."""
    for text in ["Le vice-président Mike Pence a tenté de rassurer les Américains.- Restrictions au Texas et en "
                 "Floride -Le gouverneur du Texas a ordonné la fermeture des bars.",
                 "La chanteuse Miley Cyrus s'est jointe à un concert en ligne.- Bouclage de Bethléem -Le gouverneur "
                 "de Bethléem a décidé le bouclage temporaire de la ville."]:
        rec = pipeline.extract(text, "2020-07-01")
        assert not [r for r in rec.roles if r.title.startswith("gouverneur")], rec.roles


@pytest.mark.parametrize("text", [
    "Des incidents ont éclaté aux abords de Downing Street entre manifestants et policiers, a constaté un "
    "photographe de l'AFP.\"Aucun pays n'est innocent\", a-t-il dit.",                                # 7126
    "Une équipe médicale était présente à l'aéroport de Dubaï, a constaté un journaliste de l'AFP.\"Nous effectuons "
    "des contrôles\", a-t-il dit.",                                                                    # 12005
])
def test_an_acronym_ending_a_sentence_before_a_quote_is_a_token_of_its_own(nlp, text: str) -> None:
    """OrangeSum glues the next sentence's opening quote to an acronym's full stop: "l'AFP.\"Aucun"."""
    doc = pipeline.parse(text, "2020-07-01")
    assert "AFP" in [t.text for t in doc] and "AFP." not in [t.text for t in doc]


# (OrangeSum article id, text from it, the person a lost paragraph break glued to the word before, the glue)
GLUED_GIVEN_NAMES = [
    ("9095", "Une motion de censure en préparationJean-Luc Mélenchon compte bien réagir pour faire face à cette "
             "stratégie « déloyale » du gouvernement. Une motion de censure est en préparation. « Je viens de me "
             "concerter avec le président du groupe communiste André Chassaigne », a-t-il déclaré.",
     "Jean-Luc Mélenchon", "préparation"),
    ("14176", "Mis en examen, Richard Ferrand peut-il rester président de l'Assemblée nationale?par BFMTVRichard "
              "Ferrand a vite répondu à cette annonce.", "Richard Ferrand", "BFMTV"),
]


@pytest.mark.parametrize("article,text,person,before", GLUED_GIVEN_NAMES, ids=[g[0] for g in GLUED_GIVEN_NAMES])
def test_a_given_name_glued_to_the_word_before_starts_a_name(nlp, article: str, text: str, person: str,
                                                              before: str) -> None:
    doc = pipeline.parse(text, "2020-07-01")
    words = [t.text for t in doc]
    assert before in words and person.split()[0] in words
    rec = pipeline.extract(text, "2020-07-01")
    names = [e.name for e in rec.entities]
    assert person in names and not any(before in n and n != before for n in names)


def test_brand_names_with_an_inner_capital_stay_whole(nlp) -> None:
    words = [t.text for t in pipeline.parse("Le vaccin AstraZeneca, BlackRock et WhatsApp.", "2020-07-01")]
    assert {"AstraZeneca", "BlackRock", "WhatsApp"} <= set(words)


# (OrangeSum article id, text from it, the hyphenated word glued to the next sentence, that sentence's first word)
GLUED_HYPHENATED = [
    ("2190", "« Je ne vois pas très bien où il veut en venir », a encore critiqué le député de Seine-et-Marne.Manuel "
             "Valls estime également que l'idée est absurde.", "Seine-et-Marne", "Manuel"),
    ("15570", "« Nous devons poser les bases d'une réconciliation », a ajouté le député de Seine-et-Marne.Ex-maire de "
              "Provins (Seine-et-Marne), ancien syndicaliste agricole, M. Jacob a été ministre.", "Seine-et-Marne",
     "Ex-maire"),
    ("928", "Elle a cité l'élection de candidats du parti à Bruay-la-Buissière (Pas-de-Calais) et Moissac "
            "(Tarn-et-Garonne).\"Cette satisfaction intervient dans une élection pour le moins étonnante\", a-t-il dit.",
     "Tarn-et-Garonne", "\""),
]


@pytest.mark.parametrize("article,text,word,after", GLUED_HYPHENATED, ids=[g[0] for g in GLUED_HYPHENATED])
def test_a_hyphenated_word_glued_to_the_next_sentence_stays_one_token(nlp, article: str, text: str, word: str,
                                                                       after: str) -> None:
    """The glue's infixes no longer split the word's own hyphens ("Seine - et - Marne")."""
    doc = pipeline.parse(text, "2020-07-01")
    assert word in [t.text for t in doc]
    sents = list(doc.sents)
    following = next(i for i, s in enumerate(sents) if s.text.startswith(after))
    assert following > 0 and word in [t.text for t in sents[following - 1]]
    assert doc.text == text


@pytest.mark.parametrize("text,person", [
    (GLUED_HYPHENATED[0][1], None),
    ("Christian Jacob, président du groupe Les Républicains à l'Assemblée nationale, a annoncé qu'il serait candidat. "
     "\"Nous devons poser les bases d'une réconciliation avec tous ceux qui nous ont quittés ou pris leurs distances\", "
     "a ajouté le député de Seine-et-Marne.Ex-maire de Provins (Seine-et-Marne), ancien syndicaliste agricole, M. Jacob "
     "a été ministre délégué.", "Christian Jacob"),                                                         # 15570
], ids=["2190", "15570"])
def test_the_title_ends_with_the_whole_department(nlp, text: str, person: str | None) -> None:
    rec = pipeline.extract(text, "2020-07-01")
    names = {e.id: e.name for e in rec.entities}
    titles = {r.title: names.get(r.person) for r in rec.roles}
    assert "député de Seine-et-Marne" in titles and "député de Seine" not in titles, rec.roles
    assert person is None or titles["député de Seine-et-Marne"] == person


def test_an_inverted_subject_glued_to_the_next_sentence_keeps_its_hyphens(nlp) -> None:
    """OrangeSum 2190 ('plutôt sain", ajoute-t-il.Mais') and 7223 ('etc.", ajoute-t-elle."Qui fait quoi ?'): the
    inversion is tokenised as before a space ("ajoute", "-t", "-il")."""
    for text, pronoun in [("« C'est un mouvement planétaire qui est plutôt sain », ajoute-t-il.Mais les comparaisons "
                           "sont inacceptables.", "-il"),
                          ("« Il faut des barrières, des marquages au sol, etc. », ajoute-t-elle.\"Qui fait quoi ?\"",
                           "-elle")]:
        words = [t.text for t in pipeline.parse(text, "2020-07-01")]
        assert words[words.index("ajoute"):words.index("ajoute") + 3] == ["ajoute", "-t", pronoun]


@pytest.mark.parametrize("text,first", [
    ("Je suis une parmi beaucoup d'autres\", a-t-elle déclaré.\"Le président de l'Assemblée nationale a formulé un "
     "certain nombre de propositions qui me semblent très intéressantes sur la décentralisation, la "
     "territorialisation, le lien entre les Français et les services publics.", "Le"),                         # 133
    ("Et défiant les pronostics, je n'aperçois aucun char fleuri à l'horizon du Grand Lyon\", a-t-il dit, allusion "
     "aux craintes suscitées chez certains par l'arrivée au pouvoir des Verts.\"Les dernières semaines de campagne "
     "ont laissé trop la place aux caricatures et pas assez aux projets respectifs.", "Les"),                   # 134
])
def test_a_quote_glued_to_the_sentence_before_opens_the_next_one_with_its_first_word(nlp, text: str,
                                                                                     first: str) -> None:
    """OrangeSum glues an opening quote to the full stop before it: the quote mark starts the sentence and its first
    word goes with it (the parser, left to itself, made the mark a sentence of its own)."""
    doc = pipeline.parse(text, "2020-07-01")
    assert not [s for s in doc.sents if s.text in ('"', "«")]
    assert any(s.text.startswith('"' + first) for s in doc.sents)


# (OrangeSum article id, text from it, the speaker a video's byline was glued to)
GLUED_BYLINES = [
    ("215", "Un écologiste à Matignon ? \"Ça aurait de la gueule [...] pour une transition digne de ce nom!\", commente "
            "Nicolas Hulotpar franceinfoAprès la vague verte qui a submergé les municipales, faut-il s'attendre à voir "
            "un écologiste à Matignon ?", "Nicolas Hulot"),
    ("2465", "\"Le problème reste sur la table\", assure Bruno Le Mairepar franceinfoConcernant la réforme de "
             "l'Assurance chômage, Sibeth Ndiaye a rappelé que cette réforme avait été \"conçue et pensée dans un "
             "moment\" difficile.", "Bruno Le Maire"),
    ("2936", "Interdire les manifs anti-racistes ? \"Oui, il y a d'autres moyens pour partager une émotion\", estime "
             "Retailleaupar Europe 1Faut-il interdire ces manifestations ? \"Oui bien sûr\", a répondu Bruno Retailleau "
             "sur Europe 1.", "Bruno Retailleau"),
    ("27070", "2017: \"Pourquoi s'amusent-ils à faire trois primaires?\", ironise Philippotpar BFMTV \"Pourquoi "
              "s'amusent-ils à faire trois primaires? (ndlr: une de la droite et du centre, une de la gauche, une des "
              "Verts)\", s'est-il interrogé.", "Philippot"),
]


@pytest.mark.parametrize("article,text,speaker", GLUED_BYLINES, ids=[g[0] for g in GLUED_BYLINES])
def test_a_byline_glued_to_a_name_is_cut_from_it(nlp, article: str, text: str, speaker: str) -> None:
    """OrangeSum's video captions end with a byline glued on both sides ("Hulotpar franceinfoAprès"): the name before
    it is the speaker's, and neither it nor the medium holds the other."""
    rec = pipeline.extract(text, "2020-07-01")
    names = {e.id: e.name for e in rec.entities}
    assert not any("par " in n or n.endswith("par") for n in names.values()), names
    assert names.get(rec.quotes[0].speaker) == speaker


@pytest.mark.parametrize("text,person", [
    ("Des relations \"remarquables\" avec Emmanuel Macron\"L'essentiel c'est qu'on garde le cap et qu'on continue à "
     "lancer des grands chantiers\", affirme encore le Premier ministre.", "Emmanuel Macron"),               # 20527
    ("Jean-Luc Mélenchon séduit par Éric Drouet\"C'était important pour nous de préciser dès le départ que le "
     "mouvement n'est pas un parti.", "Éric Drouet"),                                                       # 17812
])
def test_a_closing_quote_glued_to_an_elided_word_ends_the_name_before_it(nlp, text: str, person: str) -> None:
    """OrangeSum glues a heading's closing quote to the next sentence's elided first word ('Macron"L'essentiel'):
    the mark is a token of its own, and the name before it ends there."""
    rec = pipeline.extract(text, "2020-07-01")
    names = [e.name for e in rec.entities]
    assert person in names and not any('"' in n for n in names), names


@pytest.mark.parametrize("text,word", [
    ("Des déplacements plus réfléchisÀ l'Élysée, l'important parc automobile, composé en partie de grosses berlines, "
     "comprendra désormais des véhicules propres.", "réfléchis"),                                           # 9661
    ("Disparition de Maddie McCann : l'affaire relancée ?par 6MEDIASToujours introuvableÀ l'époque, Gordon Brown avait "
     "envoyé l'ambassadeur britannique John Buck sur les lieux.", "introuvable"),                            # 14726
    ("Candidat à sa propre successionA la tête du PS depuis deux ans, après l'échec de son candidat, il se "
     "représente.", "succession"),                                                                           # 32908
])
def test_a_sentence_opening_on_a_glued_preposition_a_starts_there(nlp, text: str, word: str) -> None:
    """A heading glued to a sentence that opens on "À" (or "A", unaccented capital): the word before ends the
    heading ("NASA", "FIFA" stay whole: an uppercase word is no heading glue)."""
    doc = pipeline.parse(text, "2020-07-01")
    words = [t.text for t in doc]
    assert words[words.index(word) + 1] in ("À", "A")
    assert doc[words.index(word) + 1].is_sent_start
    assert {"NASA", "FIFA"} <= {t.text for t in pipeline.parse("La NASA et la FIFA ont parlé.", "2020-07-01")}


@pytest.mark.parametrize("text,word", [
    ("\"Ensorcelée\" au FN ? La mystérieuse déclaration de Florian Philippotpar 6MEDIAS Selon lui, celle qu'il voyait "
     "comme une femme \"sympathique\" a changé.", "Philippot"),                                               # 22933
    ("Pourquoi empêcher un député d'\"embaucher les maîtresses ?\" demande un proche de Fillonpar 6MEDIAS \"Pourquoi "
     "empêcher un député d'embaucher quelqu'un ?\"", "Fillon"),                                               # 26171
    ("Surmenage à l’Assemblée nationale ? Les députés répondentpar Lopinion.fr\"Il est temps de mettre de l'ordre\", "
     "a-t-il dit.", "répondent"),                                                                              # 20960
    ("Nicolas Sarkozy justifie (encore) son retour en politiquepar Lopinion.fr Puis la journaliste le relance.",
     "politique"),                                                                                             # 27483
    ("Eric Zemmour tête de liste de Marine Le Pen ? Elle répondpar Non Stop People\"Des proches de Marine Le Pen "
     "m'avaient proposé la tête de liste\", a-t-elle dit.", "répond"),                                          # 16228
    ("L’interview choquante de Quotidienpar Non Stop PeopleLe chroniqueur de l'émission a alors posé la question.",
     "Quotidien"),                                                                                             # 12063
])
def test_the_video_channels_of_bylines_are_media(nlp, text: str, word: str) -> None:
    """The channels that sign OrangeSum's video captions (6MEDIAS, Lopinion.fr, Non Stop People) are media of
    ``media.txt``: their byline is cut from the caption's last word."""
    words = [t.text for t in pipeline.parse(text, "2020-07-01")]
    assert words[words.index(word) + 1] == "par"


# (OrangeSum article id, a sentence of it verbatim, the person whose name the parser cut at its capitalised particle)
NAMES_WITH_PARTICLES = [
    ("13902", "Le ministre français des Affaires étrangères Jean-Yves Le Drian s'est rendu en Irak en fin de semaine "
              "pour discuter de la création d'un \"dispositif\" international pour y juger les jihadistes.",
     "Jean-Yves Le Drian"),
    ("17780", "\"C'est très important\". Bruno Le Maire a réévalué à la hausse son estimation du coût économique de la "
              "crise des \"gilets jaunes\", à 0,2 point de croissance trimestrielle, contre 0,1 point auparavant.",
     "Bruno Le Maire"),
]


@pytest.mark.parametrize("article,text,person", NAMES_WITH_PARTICLES, ids=[n[0] for n in NAMES_WITH_PARTICLES])
def test_no_sentence_starts_inside_a_name_at_its_particle(nlp, article: str, text: str, person: str) -> None:
    doc = pipeline.parse(text, "2020-07-01")
    start = doc.text.index(person)
    inside = [t for t in doc if start < t.idx < start + len(person)]
    assert inside and not any(t.is_sent_start for t in inside)
    assert person in [e.name for e in pipeline.extract(text, "2020-07-01").entities]


# (OrangeSum article id, a sentence of it verbatim, the speaker of its last quotation) where the parser, left to
# itself, started a sentence on a lowercase word and so lost the speaker.
LOWERCASE_STARTS = [
    ("32355", "\"Nous supplions le gouvernement israélien de nous venir en aide\", avait déclaré la semaine dernière à "
              "l'AFP Haïm Weitshandler, évoquant une \"catastrophe humanitaire\" avec \"des malades et des gens "
              "affamés, sous la pluie et dans le froid\".", "Haïm Weitshandler"),
    ("35838", "Le Premier ministre britannique Boris Johnson s'est dit \"attristé d'apprendre l'incident très grave "
              "dans l'Aberdeenshire\", transmettant ses \"pensées\" aux victimes.", "Boris Johnson"),
    ("27793", "Bruno Le Maire s'en est également pris directement au président du parti, Nicolas Sarkozy : \"Nicolas "
              "Sarkozy proposait la TVA sociale, trois semaines après son élection\".", "Bruno Le Maire"),
]


@pytest.mark.parametrize("article,text,speaker", LOWERCASE_STARTS, ids=[s[0] for s in LOWERCASE_STARTS])
def test_no_sentence_starts_on_a_lowercase_word(nlp, article: str, text: str, speaker: str) -> None:
    doc = pipeline.parse(text, "2020-07-01")
    assert not [t.text for t in doc if t.is_sent_start and t.text[:1].islower()]
    rec = pipeline.extract(text, "2020-07-01")
    names = {e.id: e.name for e in rec.entities}
    assert names.get(rec.quotes[-1].speaker) == speaker
