"""``annotator import PROJECT PATH...``: import .txt, .jsonl, .csv and .html files or folders."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import", help="import articles (.txt, .jsonl, .csv, .html files or folders)",
        description="Import articles into a project. A .txt file is one article; a .jsonl file has one JSON "
                    "object per line with a text field plus metadata (title, source, url, published; other "
                    "fields are kept as metadata); a .csv file has a header line naming its columns; an .html "
                    "page gives its main text, title, date and url (boilerplate dropped). Folders are read "
                    "recursively. The text is stored exactly as given. Every file is checked first: by "
                    "default one bad record (file:line: what is wrong) imports nothing. Documents already in "
                    "the project (same text) are skipped and counted.",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.add_argument("paths", metavar="PATH", nargs="+", help="files or folders to import")
    p.add_argument("--skip-bad", action="store_true",
                   help="import the good records and list the bad ones instead of importing nothing")
    f = p.add_argument_group("annotations made in other tools (see docs/formats.md)")
    f.add_argument("--format", dest="fmt", choices=("prodigy", "labelstudio", "doccano", "conll", "spacy"),
                   help="read annotations in this tool's format (detected from the file when unambiguous: "
                        ".spacy, .conll/.iob, a Label Studio .json export, Prodigy or doccano .jsonl). Prodigy's "
                        "review output: each version becomes the annotators in its sessions', the reviewer's "
                        "result the gold version")
    f.add_argument("--annotator", metavar="NAME",
                   help="whose version the annotations become (doccano, CoNLL, spaCy: default the file name; "
                        "Prodigy: when a record has no _annotator_id/_session_id; Label Studio: overrides "
                        "completed_by)")
    f.add_argument("--add-labels", action="store_true",
                   help="add labels the file uses but the schema lacks (else they are listed and nothing is imported)")
    g = p.add_argument_group("fields (JSONL keys and CSV columns)")
    g.add_argument("--text-field", default="text", metavar="NAME", help="the article text (default: text)")
    g.add_argument("--title-field", default="title", metavar="NAME", help="default: title")
    g.add_argument("--source-field", default="source", metavar="NAME", help="default: source")
    g.add_argument("--url-field", default="url", metavar="NAME", help="default: url")
    g.add_argument("--date-field", default="published", metavar="NAME",
                   help="publication date (default: published, else date)")
    g.add_argument("--source", metavar="NAME", help="source of records that have none (default: the file name)")
    g.add_argument("--delimiter", metavar="CHAR", help="CSV delimiter (default: guessed from the header line)")
    g.add_argument("--encoding", default="utf-8", help="encoding of .txt, .jsonl, .csv files (default: utf-8)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import ProgressBar, open_project, plural
    from annotator.cli.import_formats import format_of, run_formats

    fmt = format_of(args)
    if fmt:
        return run_formats(args, fmt)
    from annotator.services.importer import ImportOptions, import_paths

    delimiter = args.delimiter
    if delimiter is not None:
        delimiter = {"\\t": "\t", "tab": "\t"}.get(delimiter, delimiter)
    options = ImportOptions(text_field=args.text_field, title_field=args.title_field,
                            source_field=args.source_field, url_field=args.url_field, date_field=args.date_field,
                            source=args.source, delimiter=delimiter, encoding=args.encoding)
    project = open_project(args.project)
    bar = ProgressBar("import")
    try:
        report = import_paths(project, args.paths, options=options, skip_bad=args.skip_bad, progress=bar)
        total = project.document_count()
    finally:
        bar.close()
        project.close()
    print(f"Imported {report.added} {plural(report.added, 'document')} from {report.files} "
          f"{plural(report.files, 'file')} ({report.duplicates} {plural(report.duplicates, 'duplicate')} skipped); "
          f"the project has {total} {plural(total, 'document')}.")
    for line in report.warnings:
        print(f"warning: {line}")
    if report.skipped:
        print(f"Skipped {len(report.skipped)} bad inputs:")
        for line in report.skipped:
            print(f"  {line}")
    if report.ignored:
        print(f"Ignored {len(report.ignored)} files of other types:")
        for line in report.ignored:
            print(f"  {line}")
    return 0
