-- The shared register: the same columns as the SQLite register (lawgen/store.py), plus the station a case
-- belongs to, and the audit log kept beside it.
CREATE TABLE cases (
    id          TEXT PRIMARY KEY,
    station     TEXT NOT NULL,
    worker_name TEXT NOT NULL DEFAULT '',
    respondent  TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL,
    updated     TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('draft', 'complete', 'generated')),
    step        TEXT NOT NULL DEFAULT '',
    draft       TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    number      BIGSERIAL UNIQUE
);
CREATE INDEX cases_station_updated ON cases (station, updated DESC);

CREATE TABLE written_files (
    case_id TEXT NOT NULL,
    path    TEXT NOT NULL,
    PRIMARY KEY (case_id, path)
);

-- Supervising lawyers' comments (督导律师意见): readable with the case, never part of the filings.
CREATE TABLE comments (
    id      BIGSERIAL PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    account TEXT NOT NULL,
    at      TEXT NOT NULL,
    body    TEXT NOT NULL
);

-- Who did what to which case, when: ids and fixed words only, never a worker's data.
CREATE TABLE audit (
    id      BIGSERIAL PRIMARY KEY,
    at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    account TEXT NOT NULL,
    station TEXT NOT NULL,
    action  TEXT NOT NULL,
    case_id TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL
);

CREATE FUNCTION audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END $$;
CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
    FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();
