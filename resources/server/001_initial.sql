-- annotator server schema, migration 1: projects, people, documents, assignments, versions, history.
-- Ownership is enforced here, with row-level security, not by the desktops:
--   * an annotator's version (and its history) is written only by the person mapped to it;
--   * the gold version only by reviewers; model versions, documents, schema and assignments only by leads.
-- Every person logs in with their own PostgreSQL role and is a member of the group role annotator_member.

CREATE SCHEMA IF NOT EXISTS annotator;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'annotator_member') THEN
        CREATE ROLE annotator_member NOLOGIN;
    END IF;
END
$$;

-- One counter for every change, per server: a desktop pulls what is newer than the last value it saw.
-- Writers of one project take a transaction-level advisory lock, so numbers commit in order.
CREATE SEQUENCE annotator.change_seq;

CREATE TABLE annotator.members (
    project   text NOT NULL CHECK (project <> ''),
    person    name NOT NULL,                       -- the PostgreSQL role they log in with
    annotator text NOT NULL CHECK (annotator <> '' AND annotator <> 'gold' AND annotator NOT LIKE 'model:%'),
    role      text NOT NULL CHECK (role IN ('annotator', 'reviewer', 'lead')),
    added_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project, person),
    UNIQUE (project, annotator)
);

CREATE TABLE annotator.projects (
    name      text PRIMARY KEY CHECK (name <> ''),
    schema    jsonb NOT NULL,
    settings  jsonb NOT NULL DEFAULT '{}',
    seq       bigint NOT NULL DEFAULT nextval('annotator.change_seq'),
    published_by name NOT NULL DEFAULT current_user,
    published_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE annotator.documents (
    project   text NOT NULL REFERENCES annotator.projects(name),
    hash      text NOT NULL CHECK (length(hash) = 64),
    text      text NOT NULL,
    title     text NOT NULL DEFAULT '',
    source    text NOT NULL DEFAULT '',
    url       text NOT NULL DEFAULT '',
    published text NOT NULL DEFAULT '',
    meta      jsonb NOT NULL DEFAULT '{}',
    seq       bigint NOT NULL DEFAULT nextval('annotator.change_seq'),
    PRIMARY KEY (project, hash)
);

CREATE TABLE annotator.assignments (
    project   text NOT NULL REFERENCES annotator.projects(name),
    annotator text NOT NULL,
    doc_hash  text NOT NULL,
    PRIMARY KEY (project, annotator, doc_hash),
    FOREIGN KEY (project, doc_hash) REFERENCES annotator.documents(project, hash)
);

-- The current state of one annotator's version of one document (what another desktop shows).
CREATE TABLE annotator.versions (
    project   text NOT NULL REFERENCES annotator.projects(name),
    doc_hash  text NOT NULL,
    annotator text NOT NULL,
    kind      text NOT NULL CHECK (kind IN ('human', 'model', 'gold')),
    state     jsonb NOT NULL,
    updated   text NOT NULL,                      -- "<newest history time>#<history rows>": only grows
    seq       bigint NOT NULL DEFAULT nextval('annotator.change_seq'),
    pushed_by name NOT NULL DEFAULT current_user,
    PRIMARY KEY (project, doc_hash, annotator),
    FOREIGN KEY (project, doc_hash) REFERENCES annotator.documents(project, hash)
);
CREATE INDEX versions_seq ON annotator.versions(project, seq);

-- Each desktop's latest state of a version it owns, with the history rows it had then: another
-- desktop of the same person merges it item by item, as it would merge that desktop's bundle.
CREATE TABLE annotator.desktop_versions (
    project   text NOT NULL REFERENCES annotator.projects(name),
    doc_hash  text NOT NULL,
    annotator text NOT NULL,
    origin    text NOT NULL,
    state     jsonb NOT NULL,
    uids      text[] NOT NULL,
    seq       bigint NOT NULL DEFAULT nextval('annotator.change_seq'),
    PRIMARY KEY (project, doc_hash, annotator, origin),
    FOREIGN KEY (project, doc_hash) REFERENCES annotator.documents(project, hash)
);
CREATE INDEX desktop_versions_seq ON annotator.desktop_versions(project, seq);

-- Every edit, once: uid is its global identity, origin the desktop that made it, clock its Lamport clock.
CREATE TABLE annotator.history (
    project   text NOT NULL REFERENCES annotator.projects(name),
    uid       text NOT NULL,
    origin    text NOT NULL,
    clock     bigint NOT NULL,
    doc_hash  text NOT NULL,
    annotator text NOT NULL,
    ts        text NOT NULL,
    action    text NOT NULL,
    changes   jsonb NOT NULL,
    undoes    text,
    redoes    text,
    seq       bigint NOT NULL DEFAULT nextval('annotator.change_seq'),
    pushed_by name NOT NULL DEFAULT current_user,
    pushed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project, uid),
    FOREIGN KEY (project, doc_hash) REFERENCES annotator.documents(project, hash)
);
CREATE INDEX history_seq ON annotator.history(project, seq);

CREATE TABLE annotator.server_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);

-- A changed row takes a new number, so desktops pull it again.
CREATE FUNCTION annotator.bump_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.seq := nextval('annotator.change_seq');
    RETURN NEW;
END
$$;
CREATE TRIGGER versions_seq BEFORE UPDATE ON annotator.versions FOR EACH ROW EXECUTE FUNCTION annotator.bump_seq();
CREATE TRIGGER desktop_versions_seq BEFORE UPDATE ON annotator.desktop_versions FOR EACH ROW
    EXECUTE FUNCTION annotator.bump_seq();
CREATE TRIGGER projects_seq BEFORE UPDATE ON annotator.projects FOR EACH ROW EXECUTE FUNCTION annotator.bump_seq();

-- Who is this login in this project? (SECURITY DEFINER: the policies below read members through it.)
CREATE FUNCTION annotator.role_of(p text, who name) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
    SELECT role FROM annotator.members WHERE project = p AND person = who
$$;

CREATE FUNCTION annotator.may_write_version(p text, ann text, who name) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
    SELECT CASE
        WHEN ann = 'gold' THEN m.role = 'reviewer'
        WHEN ann LIKE 'model:%' THEN m.role = 'lead'
        ELSE m.annotator = ann
    END
    FROM annotator.members m WHERE m.project = p AND m.person = who
$$;

ALTER TABLE annotator.members ENABLE ROW LEVEL SECURITY;
ALTER TABLE annotator.projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE annotator.documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE annotator.assignments ENABLE ROW LEVEL SECURITY;
ALTER TABLE annotator.versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE annotator.history ENABLE ROW LEVEL SECURITY;
ALTER TABLE annotator.desktop_versions ENABLE ROW LEVEL SECURITY;

-- Members of a project read everything in it.
CREATE POLICY read_members ON annotator.members FOR SELECT USING (annotator.role_of(project, current_user) IS NOT NULL);
CREATE POLICY read_projects ON annotator.projects FOR SELECT USING (annotator.role_of(name, current_user) IS NOT NULL);
CREATE POLICY read_documents ON annotator.documents FOR SELECT USING (annotator.role_of(project, current_user) IS NOT NULL);
CREATE POLICY read_assignments ON annotator.assignments FOR SELECT USING (annotator.role_of(project, current_user) IS NOT NULL);
CREATE POLICY read_versions ON annotator.versions FOR SELECT USING (annotator.role_of(project, current_user) IS NOT NULL);
CREATE POLICY read_desktop_versions ON annotator.desktop_versions FOR SELECT
    USING (annotator.role_of(project, current_user) IS NOT NULL);
CREATE POLICY read_history ON annotator.history FOR SELECT USING (annotator.role_of(project, current_user) IS NOT NULL);

-- Leads: people, the project (schema, settings), documents and assignments.
CREATE POLICY lead_members ON annotator.members FOR ALL
    USING (annotator.role_of(project, current_user) = 'lead') WITH CHECK (annotator.role_of(project, current_user) = 'lead');
CREATE POLICY lead_projects_insert ON annotator.projects FOR INSERT WITH CHECK (annotator.role_of(name, current_user) = 'lead');
CREATE POLICY lead_projects_update ON annotator.projects FOR UPDATE
    USING (annotator.role_of(name, current_user) = 'lead') WITH CHECK (annotator.role_of(name, current_user) = 'lead');
CREATE POLICY lead_documents ON annotator.documents FOR INSERT WITH CHECK (annotator.role_of(project, current_user) = 'lead');
CREATE POLICY lead_assignments ON annotator.assignments FOR ALL
    USING (annotator.role_of(project, current_user) = 'lead') WITH CHECK (annotator.role_of(project, current_user) = 'lead');

-- Versions and history: only their owner. History is append-only for everyone (no UPDATE/DELETE grant).
CREATE POLICY own_versions_insert ON annotator.versions FOR INSERT
    WITH CHECK (annotator.may_write_version(project, annotator, current_user));
CREATE POLICY own_versions_update ON annotator.versions FOR UPDATE
    USING (annotator.may_write_version(project, annotator, current_user))
    WITH CHECK (annotator.may_write_version(project, annotator, current_user));
CREATE POLICY own_desktop_versions_insert ON annotator.desktop_versions FOR INSERT
    WITH CHECK (annotator.may_write_version(project, annotator, current_user));
CREATE POLICY own_desktop_versions_update ON annotator.desktop_versions FOR UPDATE
    USING (annotator.may_write_version(project, annotator, current_user))
    WITH CHECK (annotator.may_write_version(project, annotator, current_user));
CREATE POLICY own_history_insert ON annotator.history FOR INSERT
    WITH CHECK (annotator.may_write_version(project, annotator, current_user));

GRANT USAGE ON SCHEMA annotator TO annotator_member;
GRANT USAGE ON SEQUENCE annotator.change_seq TO annotator_member;
GRANT SELECT ON annotator.server_meta TO annotator_member;
GRANT SELECT, INSERT, UPDATE, DELETE ON annotator.members TO annotator_member;
GRANT SELECT, INSERT, UPDATE ON annotator.projects TO annotator_member;
GRANT SELECT, INSERT ON annotator.documents TO annotator_member;
GRANT SELECT, INSERT, DELETE ON annotator.assignments TO annotator_member;
GRANT SELECT, INSERT, UPDATE ON annotator.versions TO annotator_member;
GRANT SELECT, INSERT ON annotator.history TO annotator_member;
GRANT SELECT, INSERT, UPDATE ON annotator.desktop_versions TO annotator_member;
REVOKE ALL ON FUNCTION annotator.role_of(text, name) FROM PUBLIC;
REVOKE ALL ON FUNCTION annotator.may_write_version(text, text, name) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION annotator.role_of(text, name) TO annotator_member;
GRANT EXECUTE ON FUNCTION annotator.may_write_version(text, text, name) TO annotator_member;
