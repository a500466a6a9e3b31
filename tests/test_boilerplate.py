"""Non-article lines: recognised by form and by repetition, toggled by hand, skipped by pre-annotation and export."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import spacy

from annotator.core.boilerplate import boilerplate_lines, line_kind, strip_lines
from annotator.core.errors import InputError
from annotator.core.model import DocAnnotations, Document, Span
from annotator.core.text import paragraphs
from annotator.services.boilerplate import article_only, document_boilerplate, toggle_line
from annotator.services.importer import import_paths
from annotator.services.preannotate import preannotate

GOLD = Path(__file__).resolve().parent / "data" / "gold"


@pytest.mark.parametrize("line,kind", [
    ("La lecture de cet article est réservée aux abonnés :", "paywall"),
    ("À lire aussi : Renault, la fin d'une époque", "read_also"),
    ("Post a Comment", "comments"),
    ("0 comments:", "comments"),
    ("President of Toyota (L). Photo: Toru Yamanaka/AFP/Getty Images", "caption"),
    ("Wed Mar 14, 2012 9:59am EDT", "date"),
    ("Mis à jour 27 Févr. 2019", "date"),
    ("date 2019-11", "date"),
    ("date 2022-03 (CercleFinance.com) -", "date"),
    ("• medium-browser-and-portrait-tablet", "menu"),
    ("Copyright (c) 2023 CercleFinance.com. Tous droits réservés.", "credit"),
    ("Categories: Business, News", "category"),
    ("[ad_1]", "ad"),
    ("Διαβάστε ακόμα", "read_also"),
])
def test_lines_recognised_by_their_form(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Le groupe a annoncé la suppression de 1 200 postes en France.",
    "Microsoft beats profit forecasts, shares jump",
    "> Dans l'électronique",
    "Share prices fell 5% after the announcement on Tuesday at 10:30, analysts said.",
    "Comments from the chief executive were upbeat about 2025.",
    "- Shares in Codan were down 14.99 per cent to $11.46 at 2:22 pm AEDT",  # news with a time, not a stamp
    # a scraper's date with the headline glued to it: the headline is the article
    "date 2019-11 L'action Française des Jeux gagne 15% dès son introduction en bourse",
    "date 2021-10 Blake Zorbsen abandonne ses fonctions",  # a short headline: six words with the stamp
])
def test_article_lines_are_left_alone(line):
    assert line_kind(line) is None


def test_no_article_line_of_the_real_development_set_is_taken_for_boilerplate():
    for raw in (GOLD / "real_dev.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(raw)
        text = r["text"]

        def stripped(s, e):  # the gold keeps a line's indentation, the detector does not
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            return s, e

        gold = {stripped(*x) for x in r["boilerplate"]}
        for s, e, kind in boilerplate_lines(text):
            assert stripped(s, e) in gold, (r["id"], kind, text[s:e])


def test_lines_repeated_across_a_sources_documents_are_template(project, tmp_path):
    rows = [{"text": f"Article {n} : le groupe Alpha{n} publie ses résultats.\nSuivez-nous sur Mastodon et Bluesky",
             "source": "site-a"} for n in range(4)]
    rows.append({"text": "Le groupe Beta rachète Gamma.\nSuivez-nous sur Mastodon et Bluesky", "source": "site-b"})
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    import_paths(project, [path])
    ids = project.document_ids()
    for doc_id in ids[:4]:
        doc = project.document(doc_id)
        assert [(doc.text[s:e], k) for s, e, k in document_boilerplate(project, doc_id)] == [
            ("Suivez-nous sur Mastodon et Bluesky", "repeated")]
    assert document_boilerplate(project, ids[4]) == []  # one document of site-b: not template there


def test_toggle_is_a_history_row_and_wins_over_the_rules(project, project_path, tmp_path):
    text = "Le groupe Walmart s'allie à Google.\nÀ lire aussi : Walmart en Chine\nWalmart vend en ligne."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    import_paths(project, [tmp_path / "a.txt"])
    doc_id = project.document_ids()[0]
    line = (text.index("À lire"), text.index("Chine") + 5)
    assert [(s, e) for s, e, _ in document_boilerplate(project, doc_id)] == [line]
    assert toggle_line(project, doc_id, line[0] + 3, "alice") == (*line, False)
    assert document_boilerplate(project, doc_id) == []
    first = text.index("Walmart")
    assert toggle_line(project, doc_id, first, "alice") == (0, text.index("\n"), True)
    assert [(s, e, k) for s, e, k in document_boilerplate(project, doc_id)] == [(0, text.index("\n"), "manual")]
    conn = sqlite3.connect(project_path)
    actions = [a for (a,) in conn.execute("SELECT action FROM history WHERE doc_id = ? ORDER BY id", (doc_id,))]
    statuses = conn.execute('SELECT start, "end", boilerplate FROM line_status ORDER BY start').fetchall()
    conn.close()
    assert actions == ["line_status", "line_status"]
    assert statuses == [(0, text.index("\n"), 1), (line[0], line[1], 0)]
    with pytest.raises(InputError) as err:
        toggle_line(project, doc_id, len(text) + 10, "alice")
    assert err.value.code == "E321"


def test_preannotation_takes_nothing_from_a_boilerplate_line(project, project_path, tmp_path):
    nlp = spacy.blank("fr")
    nlp.add_pipe("entity_ruler", name="ner").add_patterns([{"label": "ORG", "pattern": "Walmart"}])
    nlp.meta["name"], nlp.meta["version"] = "ruler", "0.1.0"
    nlp.to_disk(tmp_path / "fr_ruler")
    text = "Le groupe Walmart s'allie à Google.\nÀ lire aussi : Walmart en Chine\nWalmart vend en ligne."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    import_paths(project, [tmp_path / "a.txt"])
    report = preannotate(project, pipeline=str(tmp_path / "fr_ruler"))
    doc_id = project.document_ids()[0]
    got = [(s.start, s.end) for s in project.annotations(doc_id, report.annotator).entities]
    starts = [i for i in range(len(text)) if text.startswith("Walmart", i)]
    line = (text.index("À lire"), text.index("Chine") + 5)
    assert (starts[0], starts[0] + 7) in got and (starts[2], starts[2] + 7) in got
    assert not [g for g in got if line[0] <= g[0] < line[1]]  # nothing from the "À lire aussi" line


def test_export_text_is_the_article_only_with_offsets_moved():
    text = "Titre\n[ad_1]\nLe groupe Walmart s'allie à Google.\nPost a Comment\nWalmart vend."
    ranges = [(s, e) for s, e, _ in boilerplate_lines(text)]
    new, shift = strip_lines(text, ranges)
    assert new == "Titre\nLe groupe Walmart s'allie à Google.\nWalmart vend."
    w = [i for i in range(len(text)) if text.startswith("Walmart", i)]
    ann = DocAnnotations(entities=[Span(w[0], w[0] + 7, "ORG"), Span(w[1], w[1] + 7, "ORG"),
                                   Span(text.index("Post"), text.index("Post") + 4, "MISC")])
    doc, moved, dropped = article_only(Document(text=text, id=1), ann, ranges)
    assert doc.text == new and dropped == 1
    assert [doc.text[s.start:s.end] for s in moved.entities] == ["Walmart", "Walmart"]
    assert [p for p in paragraphs(doc.text)] == [p for p in paragraphs(new)]


def test_spacy_export_of_a_preannotated_document_holds_the_article_only(project, tmp_path):
    from spacy.tokens import DocBin

    from annotator.services.export import export

    nlp = spacy.blank("fr")
    nlp.add_pipe("entity_ruler", name="ner").add_patterns([{"label": "ORG", "pattern": "Walmart"}])
    nlp.meta["name"], nlp.meta["version"] = "ruler2", "0.1.0"
    nlp.to_disk(tmp_path / "fr_ruler2")
    text = "Le groupe Walmart s'allie à Google.\nÀ lire aussi : Walmart en Chine\nWalmart vend en ligne."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    import_paths(project, [tmp_path / "a.txt"])
    report = preannotate(project, pipeline=str(tmp_path / "fr_ruler2"))  # keeps the whole text's tokens
    out = export(project, tmp_path / "out", annotator=report.annotator, dev_fraction=0.0)
    assert any(n.startswith("[E471]") for n in out.notes) and not out.problems
    docs = list(DocBin().from_disk(tmp_path / "out" / "train.spacy").get_docs(nlp.vocab))
    assert docs[0].text == "Le groupe Walmart s'allie à Google.\nWalmart vend en ligne."
    assert [e.text for e in docs[0].ents if e.label_ == "ORG"][:1] == ["Walmart"]
