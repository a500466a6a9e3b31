"""Command line: ``annotator new | import | preannotate | export | stats | gui | ...``.

Each command lives in its own module ``annotator.cli.cmd_<name>`` exposing ``add_parser(sub)``;
a module is imported only to build the parser, and heavy libraries (spaCy, Qt) only inside the
command that runs, so ``annotator --help`` is instant.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Sequence

from annotator import __version__
from annotator.core.errors import AnnotatorError, Cancelled
from annotator.cli.safe import clean, clean_stdout
from annotator.store.faults import storage_error

COMMANDS = [
    "new", "import", "preannotate", "export", "stats", "schema", "gui", "demo",
    "evaluate", "assign", "bundle", "merge", "agreement", "review", "check", "backup",
    "dump", "restore", "tokenize",
    "train", "models", "model_report", "smoke",
    "server", "publish", "join", "sync",
    "search",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        description="Label news articles (entities, company sentiment, event types) and export spaCy training data.",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS:
        module = importlib.import_module(f"annotator.cli.cmd_{name}")
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from annotator.cli.launch import route  # `annotator FILE.annotator` opens it (desktop file associations)

    parser = build_parser()
    args = parser.parse_args(route(sys.argv[1:] if argv is None else argv, COMMANDS))
    try:
        with clean_stdout():
            return int(args.func(args) or 0)
    except BrokenPipeError:
        return importlib.import_module("annotator.cli.common").quiet_broken_pipe()
    except (AnnotatorError, OSError, sqlite3.Error) as exc:
        exc = storage_error(exc)  # a disk or file fault in words, with its code; never a traceback
        print(clean(f"annotator: error: {exc}"), file=sys.stderr)
        for problem in getattr(exc, "problems", [])[:200]:
            print(clean(f"  {problem}"), file=sys.stderr)
        return 2
    except Cancelled:
        print("annotator: cancelled; nothing was changed", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("annotator: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
