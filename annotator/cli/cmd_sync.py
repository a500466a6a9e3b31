"""``annotator sync PROJECT [--watch]``: push this desktop's work, pull everyone else's."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sync", help="sync with the team server (push your work, pull the others')",
        description="Push this desktop's new history and pull everyone else's, the assignment plan and schema "
                    "changes. Safe to repeat and to interrupt: nothing is pushed or pulled twice. With --watch, "
                    "keep syncing (the server notifies every desktop of new work) until Ctrl+C; while the server "
                    "is unreachable, work goes on locally and is pushed when it is back.",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.add_argument("--watch", action="store_true", help="keep syncing until interrupted")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_project
    from annotator.services.sync import sync, watch

    if not args.watch:
        project = open_project(args.project)
        try:
            report = sync(project)
        finally:
            project.close()
        print(report.summary())
        return 0
    last = [""]

    def show(status, report) -> None:
        line = status.label() if report is None else f"synced: {report.summary()}"
        if status.state == "offline":
            line += f" ({status.message})"
        if line != last[0] and (report is None or report.pushed_history or report.changed_here or not last[0]):
            print(line, flush=True)
        last[0] = line

    try:
        watch(args.project, stop=lambda: False, on_status=show)
    except KeyboardInterrupt:
        print("stopped watching", flush=True)
    return 0
