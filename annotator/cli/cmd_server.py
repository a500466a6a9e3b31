"""``annotator server init URL`` and ``annotator server add URL PROJECT PERSON --as ROLE``: the team server."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "server", help="set up a team server (PostgreSQL) and its people",
        description="A team server is a PostgreSQL database that desktops sync through. `init` creates or "
                    "upgrades its schema (run it as the database owner, with the right to create roles); "
                    "`add` maps a PostgreSQL login to an annotator name and a role in a project; `members` "
                    "lists them. Passwords never go on the command line: use ~/.pgpass, a service file or "
                    "PGPASSWORD. See docs/team.md.",
    )
    ssub = p.add_subparsers(dest="server_command", metavar="ACTION")
    ssub.required = True
    init = ssub.add_parser("init", help="create or upgrade the server schema")
    init.add_argument("url", metavar="URL", help="postgresql://user@host/db, a conninfo string or service=NAME")
    init.set_defaults(func=run_init)
    add = ssub.add_parser("add", help="add a person to a project (or change their role)")
    add.add_argument("url", metavar="URL")
    add.add_argument("project", metavar="PROJECT", help="the project's name on the server")
    add.add_argument("person", metavar="PERSON", help="their PostgreSQL login role (create it first)")
    add.add_argument("--as", dest="role", choices=["annotator", "reviewer", "lead"], default="annotator")
    add.add_argument("--name", default=None, metavar="ANNOTATOR",
                     help="their annotator name in the project (default: the login name)")
    add.set_defaults(func=run_add)
    mem = ssub.add_parser("members", help="list a project's people")
    mem.add_argument("url", metavar="URL")
    mem.add_argument("project", metavar="PROJECT")
    mem.set_defaults(func=run_members)


def run_init(args: argparse.Namespace) -> int:
    from annotator.store.server import connection

    with connection.connect(args.url, autocommit=True) as conn:
        before, after = connection.migrate(conn)
    where = connection.describe(args.url)
    if before == after:
        print(f"{where}: the server schema is up to date (version {after})")
    else:
        print(f"{where}: server schema migrated from version {before} to {after}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from annotator.store.server import connection, remote

    name = (args.name or args.person).strip()
    with connection.connect(args.url) as conn:
        connection.check_version(conn)
        with conn.transaction():
            remote.add_member(conn, args.project, args.person, name, args.role)
    print(f"{args.person} is {args.role} of {args.project!r} as annotator {name!r}")
    return 0


def run_members(args: argparse.Namespace) -> int:
    from annotator.store.server import connection, remote

    with connection.connect(args.url) as conn:
        connection.check_version(conn)
        for m in remote.members(conn, args.project):
            print(f"{m.person}\t{m.annotator}\t{m.role}")
    return 0
