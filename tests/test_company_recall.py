"""Every company and no institution (issue 10, company recall): institutions keep their ORG entity
but get no company key (no sentiment); companies the model missed or mislabelled are found by the
form and context of the text (trade nouns, nationalities as nouns, company roles, "Air X", company
verbs, Reuters codes, coordination with a company). Names here are invented or generic."""

from __future__ import annotations

import pytest

from annotator.core.model import MODEL
from annotator.nlp.companies import group_companies, promote_by_cues
from annotator.nlp.company_cues import add_cued_companies
from annotator.nlp.company_shape import add_ticker_companies, relabel_by_shape
from annotator.nlp.enrich import Enricher
from annotator.nlp.institutions import Institutions, is_institution
from annotator.resources import default_schema

from test_company_shape import _labels, _spans
from test_enrich import make_parts


# --- institutions --------------------------------------------------------------------------------
@pytest.mark.parametrize("name", [
    "ministère de l'Économie", "ministre de l’Industrie", "Autorité de la concurrence", "Commission européenne",
    "European Commission", "Securities and Exchange Commission", "Department of Justice", "EU Court of Justice",
    "General Court", "Tribunal de commerce de Paris", "Banque centrale européenne", "European Central Bank",
    "Labour Party", "syndicat Sud-Rail", "Conseil d'administration", "AMF", "Bercy", "CGT", "Force Ouvrière",
    "Reuters", "AFP", "Agence France-Presse", "Bloomberg", "Associated Press", "L'Agefi", "CAC 40", "Nasdaq",
    "the Federal Reserve", "Federal Bureau of Investigation", "Groupe", "the Company"])
def test_institutions_and_sources_are_told_by_their_form(name):
    assert is_institution(name)


@pytest.mark.parametrize("name", [
    "Renault", "Zorblax SA", "Groupe Zorblax", "Bureau Veritas", "Party City", "Union Pacific", "Western Union",
    "Bank of America", "Crédit Agricole", "Thomson Reuters", "Old Navy", "Commerzbank", "Air Zorblax"])
def test_companies_are_no_institutions(name):
    assert not is_institution(name)


def test_the_institutions_file_reads_forms_and_skips_comments_and_unknown_forms():
    inst = Institutions.from_text("# a comment\n\nhead\tzorb agency\ntail\tboard\nname\tXYZ\nlater\tsomething\n")
    assert inst.match("Zorb Agency of Paris") and inst.match("zorb agency")  # head: first words
    assert inst.match("Supervisory Board") and inst.match("Board of Trade")  # tail: last words, or before "of"
    assert not inst.match("Board Games Ltd")  # a tail word is not a head
    assert inst.match("XYZ") and not inst.match("XYZ Motors")  # a name is the whole name
    assert not inst.match("something") and not inst.match("")


def test_an_institution_keeps_its_org_entity_but_gets_no_company_key():
    text = "Le groupe Zorblax a été sanctionné par l'Autorité de la concurrence, selon Reuters. Le Groupe fera appel."
    ents = _spans(text, [("groupe Zorblax", "ORG"), ("Autorité de la concurrence", "ORG"), ("Reuters", "ORG"),
                         ("Groupe", "ORG")])
    out = group_companies(text, ents, "ORG")
    keys = {text[s.start:s.end]: (s.label, s.company) for s in out}
    assert keys == {"groupe Zorblax": ("ORG", "zorblax"),  # "le groupe X" is the company X
                    "Autorité de la concurrence": ("ORG", None), "Reuters": ("ORG", None), "Groupe": ("ORG", None)}


def test_an_institution_gets_no_sentiment_from_the_enricher():
    text = ("Zorblax condamné\n"
            "Le ministre de l'Industrie a salué la décision de l'Autorité de la concurrence, qui a infligé une lourde "
            "amende à Zorblax, selon l'AFP.")
    parts, ents = make_parts(text, [("Zorblax", "ORG"), ("ministre de l'Industrie", "ORG"),
                                    ("Autorité de la concurrence", "ORG"), ("AFP", "ORG")])
    ann = Enricher.from_project_resources(default_schema()).annotate(text, parts, ents)
    assert set(ann.sentiments) == {"zorblax"}
    orgs = {text[s.start:s.end] for s in ann.entities if s.label == "ORG"}
    assert {"ministre de l'Industrie", "Autorité de la concurrence", "AFP"} <= orgs  # the entities stay


# --- companies the model missed or mislabelled ---------------------------------------------------
def test_a_trade_noun_with_what_it_makes_marks_a_company_even_a_place():
    text = "Il cède ses mines au producteur de pellets de minerai de fer Zorb-Cliffs pour 1 milliard."
    ents = _spans(text, [("Zorb-Cliffs", "LOC")])
    assert _labels(text, promote_by_cues(text, ents, "ORG")) == [("Zorb-Cliffs", "ORG")]
    assert _labels(text, add_cued_companies(text, [], "ORG")) == [("Zorb-Cliffs", "ORG")]


def test_a_weak_cue_never_turns_a_persons_full_name_into_a_company():
    text = "Le producteur Jean Zorblax a parlé au concurrent Marie Dupont."
    ents = _spans(text, [("Jean Zorblax", "PER"), ("Marie Dupont", "PER")])
    assert _labels(text, promote_by_cues(text, ents, "ORG")) == [("Jean Zorblax", "PER"), ("Marie Dupont", "PER")]


def test_a_company_role_of_the_name_marks_it_even_a_two_word_person_but_never_a_place():
    text = "Jean Dupont devient P-DG d’Hachette Zorb. Il était propriétaire de Zorbville, puis actionnaire de Pix Media."
    ents = _spans(text, [("Jean Dupont", "PER"), ("Hachette Zorb", "PER"), ("Zorbville", "LOC"), ("Pix Media", "MISC")])
    assert _labels(text, promote_by_cues(text, ents, "ORG")) == [
        ("Hachette Zorb", "ORG"), ("Jean Dupont", "PER"), ("Pix Media", "ORG"), ("Zorbville", "LOC")]


@pytest.mark.parametrize("text, name", [
    ("Il a racheté l'essentiel des activités de l'américain Z-1. Au début de l'été, rien.", "Z-1"),
    ("Il a racheté à l'allemand Premium Zorb Group une usine.", "Premium Zorb Group"),
    ("Chips designed by rival ZRM.", "ZRM"),
    ("John Smith, the former Zorbtec CEO and a director, will stay.", "Zorbtec"),
    ("Il vise le numéro trois polonais de l'énergie, Zenea. Rien d'autre.", "Zenea"),
])
def test_untagged_names_after_a_cue_are_added(text, name):
    added = add_cued_companies(text, [], "ORG")
    assert [text[s.start:s.end] for s in added] == [name]
    assert added[0].label == "ORG" and added[0].source == MODEL


@pytest.mark.parametrize("text", ["Former CEO John Smith left.", "Le Français Jean Zorb arrive.",
                                  "Le producteur de blé a vu Zorb."])
def test_no_company_is_added_without_a_real_cue(text):
    assert add_cued_companies(text, [], "ORG") == []


def test_a_name_starting_with_a_company_word_is_a_company():
    text = "Air Zorbatu has filed for bankruptcy protection. Laboratoires Zorb et Jean Air restent."
    ents = _spans(text, [("Air Zorbatu", "PER"), ("Laboratoires Zorb", "LOC"), ("Jean Air", "PER")])
    assert _labels(text, relabel_by_shape(text, ents, "ORG")) == [
        ("Air Zorbatu", "ORG"), ("Jean Air", "PER"), ("Laboratoires Zorb", "ORG")]


@pytest.mark.parametrize("after, company", [
    (" a de son côté racheté une usine.", True), (" acquiert une usine.", True), (" has acquired a plant.", True),
    (" filed for bankruptcy.", True), (" a été présenté hier.", False), (" sold well.", False)])
def test_a_thing_that_buys_or_goes_bankrupt_is_a_company(after, company):
    text = "Zodiak" + after
    ents = _spans(text, [("Zodiak", "MISC")])
    assert relabel_by_shape(text, ents, "ORG")[0].label == ("ORG" if company else "MISC")


def test_a_thing_joined_to_a_company_by_and_is_a_company():
    text = "Ses grossistes Tech Zorb et Ingram Zorb sont sanctionnés, comme Zorbo and Wayzo. Le iPhone et le Pixel."
    ents = _spans(text, [("Tech Zorb", "ORG"), ("Ingram Zorb", "MISC"), ("Zorbo", "ORG"), ("Wayzo", "MISC"),
                         ("iPhone", "MISC"), ("Pixel", "MISC")])
    assert _labels(text, relabel_by_shape(text, ents, "ORG")) == [
        ("Ingram Zorb", "ORG"), ("Pixel", "MISC"), ("Tech Zorb", "ORG"), ("Wayzo", "ORG"), ("Zorbo", "ORG"),
        ("iPhone", "MISC")]


def test_a_reuters_code_is_the_company_in_the_text_and_nothing_in_brackets():
    text = "Zorbel (ZRB.O) said a judge ruled that Zorbel had hindered ZMD.O, a competitor."
    ents = _spans(text, [("Zorbel", "ORG"), ("ZRB.O", "ORG")])
    out = add_ticker_companies(text, ents, "ORG")
    assert _labels(text, out) == [("ZMD", "ORG"), ("Zorbel", "ORG"), ("Zorbel", "ORG")]


def test_a_reuters_code_in_a_skipped_line_is_not_added():
    text = "Zorbel wins.\nShare: ZMD.O on Twitter\n"
    skip = [(13, len(text))]
    assert add_ticker_companies(text, [], "ORG", skip) == []


def test_a_company_noun_with_what_it_makes_marks_even_a_full_name():
    text = "Le groupe de matériel sanitaire Jacques Zorblon va fermer son site. L'entreprise de transport de Lyon recrute."
    ents = _spans(text, [("Jacques Zorblon", "PER"), ("Lyon", "LOC")])
    assert _labels(text, promote_by_cues(text, ents, "ORG")) == [("Jacques Zorblon", "ORG"), ("Lyon", "LOC")]


@pytest.mark.parametrize("text", ["l'entreprise de transport de Lyon", "le producteur de blé de Zorbville",
                                  "le spécialiste de la recharge et Zorb"])
def test_a_cue_chain_never_ends_on_a_function_word(text):
    from annotator.nlp.company_cues import cue_positions

    assert cue_positions(text) == {}


def test_lower_case_words_the_model_ran_into_a_name_are_cut_but_particles_stay():
    from annotator.nlp.entity_form import fix_by_form

    text = "La recharge électrique ZePlog arrive; l'aciérie Zorbsteel, ex-Potaine, Charles de Gaulle, eBay et iPhone."
    ents = _spans(text, [("recharge électrique ZePlog", "LOC"), ("aciérie Zorbsteel", "LOC"), ("ex-Potaine", "LOC"),
                         ("Charles de Gaulle", "PER"), ("eBay", "ORG"), ("iPhone", "MISC")])
    assert _labels(text, fix_by_form(text, ents, "ORG")) == [
        ("Charles de Gaulle", "PER"), ("Potaine", "LOC"), ("ZePlog", "LOC"), ("Zorbsteel", "LOC"), ("eBay", "ORG"),
        ("iPhone", "MISC")]


@pytest.mark.parametrize("text, name", [
    ("said Jo Greenfield, an analyst at ZTIG.", "ZTIG"),
    ("Chilean maritime carrier ZSAV, the Japanese carriers", "ZSAV"),
    ('"Good for the stock," Zorbel Nicolas analyst Scott Smith said.', "Zorbel Nicolas"),
])
def test_an_analysts_employer_and_a_carrier_are_companies(text, name):
    assert [text[s.start:s.end] for s in add_cued_companies(text, [], "ORG")] == [name]


@pytest.mark.parametrize("text", ["Senior analyst Jo Smith said so.", "Wall Street analysts expect more.",
                                  "The analyst at the bank said so."])
def test_an_analysts_title_is_no_company(text):
    assert add_cued_companies(text, [], "ORG") == []


def test_an_analysts_employer_tagged_as_a_place_or_a_person_becomes_a_company():
    text = "said Jo Greenfield, an analyst at ZTIG. Analysts with Morgan Zorbley agree."
    ents = _spans(text, [("Jo Greenfield", "PER"), ("ZTIG", "LOC"), ("Morgan Zorbley", "PER")])
    assert _labels(text, promote_by_cues(text, ents, "ORG")) == [
        ("Jo Greenfield", "PER"), ("Morgan Zorbley", "ORG"), ("ZTIG", "ORG")]


def test_a_person_like_name_before_analyst_and_a_name_is_the_analysts_firm():
    from annotator.nlp.entity_form import fix_by_form

    text = '"Good for the stock," Zorbel Nicolas analyst Scott Smith said.'
    ents = _spans(text, [("Zorbel Nicolas", "PER"), ("Scott Smith", "PER")])
    assert _labels(text, fix_by_form(text, ents, "ORG")) == [("Scott Smith", "PER"), ("Zorbel Nicolas", "ORG")]


def test_a_headline_ending_in_chief_executive_does_not_make_the_person_a_company():
    from annotator.nlp.entity_form import fix_by_form

    text = "Zorbing names Kelly Zortberg chief executive\nZorbing appointed Kelly Zortberg."
    ents = _spans(text, [("Kelly Zortberg", "PER")])
    assert {label for _, label in _labels(text, fix_by_form(text, ents, "ORG"))} == {"PER"}


# --- fourth session: cues seen in fresh development articles -------------------------------------
def test_what_a_deal_buys_or_merges_is_a_company_but_never_a_place():
    text = ("Avec le rachat de Zorbo et l'intégration d'Altrax, le groupe grandit. La reprise de Zorbville "
            "attendra; the takeover of Wayzo closed.")
    ents = _spans(text, [("Zorbo", "MISC"), ("Altrax", "PER"), ("Zorbville", "LOC"), ("Wayzo", "MISC")])
    assert _labels(text, promote_by_cues(text, ents, "ORG")) == [
        ("Altrax", "ORG"), ("Wayzo", "ORG"), ("Zorbo", "ORG"), ("Zorbville", "LOC")]


@pytest.mark.parametrize("text, company", [
    ("Zorbiact, un studio spécialisé dans les jeux, licencie.", True),
    ("Zorbiact, l'éditeur de logiciels, recrute.", True),
    ("Zorbiact, une jeune pousse lyonnaise, lève 3 millions.", True),
    # a new clause after the comma: "le groupe Zorb se dote", "le fabricant Obut annonce"
    ("Après Jean Zorbiact, le fabricant Zorbex annonce un plan.", False),
    ("Après Jean Zorbiact, le patron du groupe a parlé.", False),
])
def test_a_company_noun_in_apposition_after_an_article(text, company):
    name = text.split(",")[0].removeprefix("Après ")
    ents = _spans(text, [(name, "PER" if " " in name else "LOC")])
    assert relabel_by_shape(text, ents, "ORG")[0].label == ("ORG" if company else ents[0].label)


def test_a_lower_case_tail_after_a_preposition_is_cut_from_a_name():
    from annotator.nlp.entity_form import fix_by_form

    text = "Grâce à l’intégration d’Altrax sur neuf mois, le groupe progresse. La Banque de France reste."
    ents = _spans(text, [("Altrax sur neuf mois", "MISC"), ("Banque de France", "ORG")])
    assert _labels(text, fix_by_form(text, ents, "ORG")) == [("Altrax", "MISC"), ("Banque de France", "ORG")]


def test_a_contraction_is_part_of_a_name_and_a_studio_with_what_it_makes_is_a_company():
    from annotator.nlp.companies import looks_like_name

    assert looks_like_name("Don't Nod") and looks_like_name("McDonald's") and not looks_like_name("Zorb sur neuf")
    text = "En deuxième position, le développeur et éditeur de jeux vidéos Don't Zorb récolte 46 millions."
    ents = _spans(text, [("Don't Zorb", "MISC")])
    assert _labels(text, promote_by_cues(text, ents, "ORG")) == [("Don't Zorb", "ORG")]
