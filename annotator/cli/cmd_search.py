"""``annotator search PROJECT QUERY [--limit N] [--ids]``: full-text search over titles and texts."""

from __future__ import annotations

import argparse
import re

_SPACE = re.compile(r"\s+")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "search", help="find documents by words in their title or text",
        description="Search the project's documents (titles and texts) with SQLite's full-text index; best "
                    "matches first, each with a snippet (matches in [brackets]). Case and accents are ignored "
                    "(renault finds Rénault). QUERY uses FTS5 syntax: words (all must appear), \"a phrase\", "
                    "AND / OR / NOT, a prefix*, title:word. Writes nothing.",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.add_argument("query", metavar="QUERY", help='e.g. renault, "accord de cession", renau* NOT nissan')
    p.add_argument("--limit", type=int, default=20, metavar="N", help="show at most N documents (default 20)")
    p.add_argument("--ids", action="store_true", help="print only the matching document ids, one per line")
    p.set_defaults(func=run)


def one_line(text: str) -> str:
    """Data on one line of plain text: no control characters or escapes, whitespace runs as one space."""
    from annotator.cli.safe import clean

    return _SPACE.sub(" ", clean(text)).strip()


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_project, plural
    from annotator.core.errors import ProjectError

    if args.limit < 1:
        raise ProjectError(f"search: --limit must be at least 1 (got {args.limit})", code="E762")
    project = open_project(args.project)
    try:
        total = project.search_count(args.query)
        hits = project.search_hits(args.query, limit=args.limit)
    finally:
        project.close()
    if args.ids:
        for hit in hits:
            print(hit.id)
        return 0 if hits else 1
    if not hits:
        print(f"No document matches {one_line(args.query)}.")
        return 1
    shown = f" (the best {len(hits)} shown)" if total > len(hits) else ""
    print(f"{total} {plural(total, 'document')} {plural(total, 'matches', 'match')} {one_line(args.query)}{shown}:")
    for hit in hits:
        where = ", ".join(one_line(x) for x in (hit.source, hit.published) if x.strip())
        print(f"{hit.id:>6}  {one_line(hit.title) or '(no title)'}" + (f"  ({where})" if where else ""))
        print(f"        {one_line(hit.snippet)}")
    return 0
