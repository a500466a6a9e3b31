"""The team server: a PostgreSQL database that desktops sync their project files through.

``connection`` opens it (credentials from libpq: environment, service file, ``.pgpass``; never
from the project file) and migrates its schema (plain SQL files in ``resources/server``);
``remote`` reads and writes its tables. Ownership is enforced by the server itself with roles
and row-level security (see ``resources/server/001_initial.sql``).
"""
