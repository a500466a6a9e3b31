"""The importer: formats, metadata, exact text, duplicates, and every kind of bad input.

Each bad input must give ``file:line: what is wrong`` and leave the project file byte for byte
as it was (``file_bytes`` includes the WAL).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.errors import Cancelled, InputError
from annotator.core.model import Document, content_hash
from annotator.core.progress import CancelToken
from annotator.services.importer import ImportOptions, import_paths
from testdata import TRICKY_TEXT, file_bytes

HTML_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Danone cède sa filiale américaine | Le Journal</title>
<meta property="og:title" content="Danone cède sa filiale américaine">
<meta property="og:site_name" content="Le Journal de l'Éco">
<meta property="article:published_time" content="2024-03-12T08:00:00+01:00">
<link rel="canonical" href="https://example.com/eco/danone-cede">
</head><body>
<nav><a href="/">Accueil</a> | <a href="/eco">Rubrique Économie</a></nav>
<article><h1>Danone cède sa filiale américaine</h1>
<p>Le groupe Danone a annoncé mardi la cession de sa filiale américaine de produits laitiers à un fonds
d'investissement, pour un montant de 1,2 milliard de dollars, selon un communiqué publié à Paris.</p>
<p>« Cette opération nous permet de nous recentrer sur nos marques les plus rentables », a déclaré le
directeur général du groupe lors d'une conférence téléphonique avec les analystes.</p>
</article>
<footer>© 2024 Le Journal — Tous droits réservés. Mentions légales et politique de cookies.</footer>
</body></html>"""


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


@pytest.fixture
def seeded(project):
    """A project that already holds one document (so "unchanged" is checked on a non-trivial file)."""
    project.add_documents([Document(text="Déjà là.", title="seed")])
    return project


def assert_refused(project, paths, *expected: str, **kwargs) -> InputError:
    """The import raises InputError whose problems contain each expected fragment; nothing changes."""
    before = file_bytes(project.path)
    count = project.document_count()
    with pytest.raises(InputError) as info:
        import_paths(project, [str(p) for p in paths], **kwargs)
    problems = "\n".join(info.value.problems)
    for fragment in expected:
        assert fragment in problems, problems
    assert "nothing was imported" in str(info.value)
    assert str(info.value).startswith("[E3")
    assert project.document_count() == count
    assert file_bytes(project.path) == before
    return info.value


# ---------------------------------------------------------------------------------- formats
def test_txt_text_is_stored_byte_for_byte(project, tmp_path):
    path = write(tmp_path, "tricky.txt", TRICKY_TEXT.encode("utf-8"))
    report = import_paths(project, [path])
    assert (report.added, report.duplicates, report.files, report.skipped) == (1, 0, 1, [])
    (doc,) = project.documents()
    assert doc.text == TRICKY_TEXT  # CRLF, no-break space, emoji with modifier, combining accent
    assert doc.text.encode("utf-8") == path.read_bytes()
    assert doc.hash == content_hash(TRICKY_TEXT)
    assert doc.title == "Flash 👍🏽 info"  # the first non-blank line
    assert doc.source == "tricky.txt"


def test_utf8_bom_is_not_part_of_the_text(project, tmp_path):
    write(tmp_path, "a.txt", b"\xef\xbb\xbfBonjour\r\n")
    write(tmp_path, "b.jsonl", b"\xef\xbb\xbf" + jsonl({"text": "Salut\u00a0!"}).encode())
    write(tmp_path, "c.csv", b"\xef\xbb\xbftext,title\r\nHello,H\r\n")
    import_paths(project, [tmp_path])
    assert sorted(d.text for d in project.documents()) == ["Bonjour\r\n", "Hello", "Salut\u00a0!"]


def test_jsonl_fields_and_metadata(project, tmp_path):
    path = write(tmp_path, "news.jsonl", jsonl(
        {"text": TRICKY_TEXT, "title": "T1", "source": "AFP", "url": "https://x.test/1",
         "published": "2024-05-01", "lang": "fr", "tags": ["auto"], "empty": None},
        {"text": "Deux", "date": "2024-05-02"},
    ) + "\n")  # a trailing blank line is allowed
    report = import_paths(project, [path], options=ImportOptions(source="Fil"))
    assert report.added == 2
    first, second = project.documents()
    assert first.text == TRICKY_TEXT
    assert (first.title, first.source, first.url, first.published) == ("T1", "AFP", "https://x.test/1", "2024-05-01")
    assert first.meta == {"lang": "fr", "tags": ["auto"]}
    assert (second.source, second.published, second.meta) == ("Fil", "2024-05-02", {})


def test_jsonl_field_mapping(project, tmp_path):
    path = write(tmp_path, "a.jsonl", jsonl({"body": "Le texte", "headline": "Titre", "text": "autre chose"}))
    import_paths(project, [path], options=ImportOptions(text_field="body", title_field="headline"))
    (doc,) = project.documents()
    assert (doc.text, doc.title, doc.meta) == ("Le texte", "Titre", {"text": "autre chose"})


def test_csv_columns_delimiter_and_multiline_fields(project, tmp_path):
    data = ('titre;contenu;journal;pays\r\n'
            'Accord;"Renault s\'allie\r\nà Nissan\u00a0SA";Les Échos;FR\r\n'
            'Rachat;"Un ""grand"" rachat 🚗";;\r\n')
    path = write(tmp_path, "articles.csv", data)
    report = import_paths(project, [path], options=ImportOptions(text_field="contenu", title_field="titre",
                                                                   source_field="journal"))
    assert report.added == 2
    a, b = project.documents()
    assert a.text == "Renault s'allie\r\nà Nissan\u00a0SA"
    assert (a.title, a.source, a.meta) == ("Accord", "Les Échos", {"pays": "FR"})
    assert b.text == 'Un "grand" rachat 🚗'
    assert b.source == "articles.csv"  # no source of its own: the file name
    assert b.meta == {}


def test_html_main_text_and_metadata(project, tmp_path):
    path = write(tmp_path, "page.html", HTML_PAGE)
    report = import_paths(project, [path])
    assert report.added == 1
    (doc,) = project.documents()
    assert "Le groupe Danone a annoncé mardi la cession" in doc.text
    assert "Cette opération nous permet" in doc.text
    for boilerplate in ("Accueil", "Rubrique", "Tous droits réservés", "cookies"):
        assert boilerplate not in doc.text
    assert doc.title == "Danone cède sa filiale américaine"
    assert doc.published == "2024-03-12"
    assert doc.url == "https://example.com/eco/danone-cede"
    assert doc.source == "Le Journal de l'Éco"


def test_html_page_in_its_declared_encoding(project, tmp_path):
    page = ('<html><head><meta charset="iso-8859-1"><title>Été</title></head><body><article>'
            "<p>L'été de la Société Générale fut très agité, selon les analystes de la place de Paris.</p>"
            "</article></body></html>")
    write(tmp_path, "latin1.html", page.encode("latin-1"))
    import_paths(project, [tmp_path / "latin1.html"])
    (doc,) = project.documents()
    assert doc.text == "L'été de la Société Générale fut très agité, selon les analystes de la place de Paris."
    assert doc.title == "Été"


@pytest.mark.parametrize("options,fragment", [
    (ImportOptions(encoding="klingon-8"), "unknown text encoding 'klingon-8'"),
    (ImportOptions(delimiter=";;"), "the CSV delimiter must be one character"),
    (ImportOptions(text_field=""), "the text field name is empty"),
])
def test_bad_options_are_refused(seeded, tmp_path, options, fragment):
    write(tmp_path, "a.csv", "text\nok\n")
    before = file_bytes(seeded.path)
    with pytest.raises(InputError, match=fragment) as info:
        import_paths(seeded, [tmp_path / "a.csv"], options=options)
    assert info.value.code == "E311"
    assert file_bytes(seeded.path) == before


def test_folders_are_read_recursively_and_other_files_reported(project, tmp_path):
    write(tmp_path, "in/a.txt", "Un")
    write(tmp_path, "in/sub/b.jsonl", jsonl({"text": "Deux"}))
    write(tmp_path, "in/notes.md", "pas un article")
    write(tmp_path, "in/.hidden.txt", "caché")
    report = import_paths(project, [tmp_path / "in"])
    assert report.files == 2
    assert sorted(d.text for d in project.documents()) == ["Deux", "Un"]
    assert report.ignored == [str(tmp_path / "in" / "notes.md")]


# ---------------------------------------------------------------------------------- duplicates
def test_duplicates_within_one_import_and_across_imports(seeded, tmp_path):
    write(tmp_path, "a.jsonl", jsonl({"text": "Même texte"}, {"text": "Même texte", "title": "autre titre"},
                                     {"text": "Déjà là."}, {"text": "Nouveau"}))
    write(tmp_path, "b.txt", "Nouveau")
    report = import_paths(seeded, [tmp_path / "a.jsonl", tmp_path / "b.txt"])
    assert (report.added, report.duplicates) == (2, 3)
    assert seeded.document_count() == 3
    again = import_paths(seeded, [tmp_path / "a.jsonl"])
    assert (again.added, again.duplicates) == (0, 4)
    assert seeded.document_count() == 3


def test_a_different_text_is_not_a_duplicate(project, tmp_path):
    # NFC "é" and NFD "e + combining acute" look the same but are different texts: both kept as given.
    write(tmp_path, "a.jsonl", jsonl({"text": "Renault"}, {"text": "Re\u0301nault"}, {"text": "R\u00e9nault"}))
    assert import_paths(project, [tmp_path / "a.jsonl"]).added == 3


# ---------------------------------------------------------------------------------- bad input
def test_malformed_jsonl_line(seeded, tmp_path):
    path = write(tmp_path, "bad.jsonl", jsonl({"text": "ok"}) + '{"text": "cut\n' + jsonl({"text": "ok2"}))
    err = assert_refused(seeded, [path], f"{path}:2: not valid JSON")
    assert err.code == "E305"
    assert len(err.problems) == 1


def test_jsonl_line_that_is_not_an_object(seeded, tmp_path):
    path = write(tmp_path, "a.jsonl", '["text"]\n')
    assert_refused(seeded, [path], f"{path}:1: each line must be a JSON object", "got a list")


def test_undecodable_bytes_give_line_and_byte(seeded, tmp_path):
    path = write(tmp_path, "latin1.jsonl", jsonl({"text": "un"}, {"text": "deux"}).encode()
                 + '{"text": "caf\xe9"}\n'.encode("latin-1"))
    err = assert_refused(seeded, [path], f"{path}:3: undecodable bytes b'\\xe9'", "at byte 14 of the line",
                         "not valid utf-8")
    assert err.code == "E303"
    txt = write(tmp_path, "latin1.txt", "ligne un\nligne deux\nl'\xe9t\xe9\n".encode("latin-1"))
    assert_refused(seeded, [txt], f"{txt}:3: undecodable bytes", "at byte 3 of the line")
    csv_path = write(tmp_path, "latin1.csv", "text\nok\n\xe9\n".encode("latin-1"))
    assert_refused(seeded, [csv_path], f"{csv_path}:3: undecodable bytes")


def test_other_encodings_on_request(project, tmp_path):
    path = write(tmp_path, "latin1.txt", "l'\xe9t\xe9\r\n".encode("latin-1"))
    import_paths(project, [path], options=ImportOptions(encoding="latin-1"))
    assert next(project.documents()).text == "l'\xe9t\xe9\r\n"


@pytest.mark.parametrize("name,data,fragment", [
    ("empty.txt", b"", ":1: empty file"),
    ("blank.txt", b" \r\n\t\n", ":1: empty file"),
    ("empty.jsonl", b"", ":1: empty file"),
    ("blank.jsonl", b"\n\n", ":1: empty file"),
    ("empty.csv", b"", ":1: empty file"),
    ("header-only.csv", b"text,title\r\n", ":2: no rows after the header"),
    ("empty.html", b"", ":1: empty file"),
])
def test_empty_files(seeded, tmp_path, name, data, fragment):
    path = write(tmp_path, name, data)
    err = assert_refused(seeded, [path], f"{path}{fragment}")
    assert err.code == "E304"


@pytest.mark.parametrize("record,fragment,code", [
    ({"title": "no text"}, "missing text field 'text'", "E306"),
    ({"text": ""}, "text field 'text' is empty", "E306"),
    ({"text": " \n "}, "text field 'text' is empty", "E306"),
    ({"text": 42}, "text field 'text' must be a string, got a number", "E307"),
    ({"text": None}, "text field 'text' must be a string, got null", "E307"),
    ({"text": ["a"]}, "text field 'text' must be a string, got a list", "E307"),
    ({"text": "ok", "title": {"x": 1}}, "field 'title' must be a string, got an object", "E307"),
])
def test_bad_text_or_field(seeded, tmp_path, record, fragment, code):
    path = write(tmp_path, "a.jsonl", jsonl({"text": "good"}, record))
    err = assert_refused(seeded, [path], f"{path}:2: {fragment}")
    assert err.code == code


def test_lone_surrogate_escapes_are_refused(seeded, tmp_path):
    path = write(tmp_path, "a.jsonl", '{"text": "ok"}\n{"text": "bad \\ud83d here"}\n{"text": "x", "note": "\\udc00"}\n')
    err = assert_refused(seeded, [path], f"{path}:2: contains an unpaired surrogate", f"{path}:3: contains an unpaired")
    assert len(err.problems) == 2


def test_fast_and_standard_json_paths_agree(project, tmp_path):
    # Line 1 has a BOM and line 3 a big integer and an escaped pair: orjson refuses or differs on
    # some of these, the standard library decides. Escapes of astral characters are decoded.
    data = (b"\xef\xbb\xbf" + jsonl({"text": "premier"}).encode()
            + b'{"text": "\\ud83d\\ude97 auto", "n": 12}\n'
            + b'{"text": "trois", "x": {"y": [1, 2.5, true, null]}}\n')
    write(tmp_path, "a.jsonl", data)
    import_paths(project, [tmp_path / "a.jsonl"])
    docs = list(project.documents())
    assert [d.text for d in docs] == ["premier", "\U0001f697 auto", "trois"]
    assert docs[1].meta == {"n": 12}
    assert docs[2].meta == {"x": {"y": [1, 2.5, True, None]}}


def test_csv_without_the_text_column(seeded, tmp_path):
    path = write(tmp_path, "a.csv", "titre,corps\nA,B\n")
    err = assert_refused(seeded, [path], f"{path}:1: no 'text' column (columns: titre, corps)", "--text-field")
    assert err.code == "E308"


def test_csv_bad_rows(seeded, tmp_path):
    path = write(tmp_path, "a.csv", 'title,text\nA,ok\nB,too,many\nC\n"D","multi\nline"\nE,"never closed\n')
    err = assert_refused(seeded, [path], f"{path}:3: row has 3 fields, the header has 2",
                         f"{path}:4: row has 1 fields", f"{path}:7: bad CSV row: unexpected end of data")
    assert len(err.problems) == 3
    assert err.code == "E309"


def test_csv_empty_text_cell(seeded, tmp_path):
    path = write(tmp_path, "a.csv", "title,text\nA,ok\nB,\n")
    assert_refused(seeded, [path], f"{path}:3: text field 'text' is empty")


def test_html_without_article_text(seeded, tmp_path):
    path = write(tmp_path, "nav.html", "<html><head><title>Menu</title></head><body><nav><a href='/'>Accueil</a>"
                                       "</nav></body></html>")
    err = assert_refused(seeded, [path], f"{path}:1: no article text could be extracted")
    assert err.code == "E310"


def test_unknown_extension_and_missing_path(seeded, tmp_path):
    pdf = write(tmp_path, "report.pdf", b"%PDF-1.4")
    missing = tmp_path / "nowhere" / "a.txt"
    err = assert_refused(seeded, [pdf, missing], f"{pdf}: unsupported file type '.pdf'",
                         f"{missing}: no such file or folder")
    assert err.code == "E302"  # the first problem's code
    assert len(err.problems) == 2


def test_every_problem_is_listed_and_nothing_imported(seeded, tmp_path):
    write(tmp_path, "good.txt", "Un bon article")
    write(tmp_path, "bad.jsonl", 'nope\n{"text": 1}\n' + jsonl({"text": "bon"}))
    write(tmp_path, "empty.txt", "")
    err = assert_refused(seeded, [tmp_path], ":1: not valid JSON", ":2: text field 'text' must be a string",
                         "empty.txt:1: empty file")
    assert len(err.problems) == 3
    assert str(err).startswith("[E305] 3 problems in the input")


def test_skip_bad_imports_the_rest_and_lists_what_was_skipped(seeded, tmp_path):
    write(tmp_path, "good.txt", "Un bon article")
    write(tmp_path, "bad.jsonl", 'nope\n{"text": 1}\n' + jsonl({"text": "bon"}))
    write(tmp_path, "empty.txt", "")
    report = import_paths(seeded, [tmp_path, tmp_path / "missing.csv"], skip_bad=True)
    assert report.added == 2
    assert sorted(d.text for d in seeded.documents()) == ["Déjà là.", "Un bon article", "bon"]
    assert len(report.skipped) == 4
    joined = "\n".join(report.skipped)
    for fragment in ("bad.jsonl:1: not valid JSON", "bad.jsonl:2: text field", "empty.txt:1: empty file",
                     "missing.csv: no such file or folder"):
        assert fragment in joined


# ---------------------------------------------------------------------------------- progress & cancel
def test_cancel_before_commit_leaves_nothing(seeded, tmp_path):
    write(tmp_path, "a.jsonl", jsonl(*({"text": f"article {i}"} for i in range(20))))
    token = CancelToken()
    before = file_bytes(seeded.path)

    def progress(done, total, message):
        if message == "saving":
            token.cancel()

    with pytest.raises(Cancelled):
        import_paths(seeded, [tmp_path / "a.jsonl"], progress=progress, cancel=token)
    assert seeded.document_count() == 1
    assert file_bytes(seeded.path) == before
    # the project is usable afterwards
    assert import_paths(seeded, [tmp_path / "a.jsonl"]).added == 20


def test_progress_reports_reading_then_saving(project, tmp_path):
    write(tmp_path, "a.jsonl", jsonl(*({"text": f"article {i}"} for i in range(5))))
    calls = []
    import_paths(project, [tmp_path / "a.jsonl"], progress=lambda d, t, m: calls.append((d, t, m)))
    assert calls[0][2].startswith("reading")
    assert calls[-1] == (5, 5, "saved")
