"""A real PostgreSQL for the sync tests: one cluster per test session, one database per test.

The cluster comes from the system's PostgreSQL packages (``.ci/run`` installs them); it runs on a
free loopback port from a temporary folder that is removed at the end. Logins need passwords,
which the desktops read from a password file (``PGPASSFILE``), never from the project file.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotator.core.model import Document
from annotator.services.assign import assign
from annotator.store.project import Project
from annotator.store.server import connection, remote
from tests.pgcluster import PgCluster, find_bindir

PEOPLE = {"lead": "lead", "alice": "annotator", "bob": "annotator", "carol": "annotator", "rita": "reviewer"}
_counter = itertools.count()


@pytest.fixture(scope="session")
def pg():
    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("ANNOTATOR_REQUIRE_POSTGRES"):
            pytest.fail("ANNOTATOR_REQUIRE_POSTGRES is set but initdb/postgres are not installed")
        pytest.skip("PostgreSQL server binaries (initdb, postgres) are not installed: "
                    "apt-get install postgresql (CI's .ci/run does)")
    cluster = PgCluster(bindir).start()
    old = os.environ.get("PGPASSFILE")
    os.environ.update(cluster.env())
    try:
        for person in PEOPLE:
            cluster.create_login(person)
        cluster.create_login("mallory")  # a login that is nobody's member
        yield cluster
    finally:
        cluster.stop()
        if old is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = old


@dataclass
class Team:
    pg: PgCluster
    db: str
    project: str = "news"

    def url(self, person: str = "postgres") -> str:
        return self.pg.url(person, self.db)

    def admin(self):
        return connection.connect(self.url(), autocommit=True)


TEXTS = [
    "Renault et Nissan signent un accord à Paris. " + "mot " * 40,
    "Stellantis annonce des résultats trimestriels en hausse. " + "mot " * 40,
    "Michelin ferme une usine à Cholet, selon la direction. " + "mot " * 40,
    "TotalEnergies rachète une société de recharge électrique. " + "mot " * 40,
]


@pytest.fixture
def team(pg: PgCluster) -> Team:
    """A fresh server database (schema initialised) with lead, alice, bob, carol and rita as members."""
    db = pg.create_database(f"team{next(_counter)}")
    t = Team(pg, db)
    with t.admin() as conn:
        connection.migrate(conn)
        conn.autocommit = False
        for person, role in PEOPLE.items():
            remote.add_member(conn, t.project, person, person, role)
        conn.commit()
    return t


@pytest.fixture
def lead_project(tmp_path: Path) -> Project:
    """The lead's project file: four documents, shared between alice and bob (each sees every one)."""
    (tmp_path / "lead").mkdir()
    p = Project.create(tmp_path / "lead" / "news.annotator")
    p.add_documents(Document(text=t, title=f"doc {i}") for i, t in enumerate(TEXTS))
    assign(p, ["alice", "bob"], per_doc=2)
    yield p
    p.close()
