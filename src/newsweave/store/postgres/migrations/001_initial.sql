-- 001: the schema of SQLite's migrations 001-004 in one step (PostgreSQL started there):
-- articles (every revision kept), stories and their articles with why each is in, the
-- clusterer's state, full-text search over current articles and digests per story version.
-- Same columns and encodings as SQLite (JSON as text, 0/1 flags), so one set of queries and
-- row conversions (newsweave.store.sql, newsweave.store.records) serves both.

CREATE TABLE articles (
    seq           BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- ingest order
    content_hash  TEXT    NOT NULL UNIQUE,            -- sha256 of the normalised cleaned text
    id            TEXT    NOT NULL,                   -- Article.id
    url           TEXT,
    revision      INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    is_current    SMALLINT NOT NULL DEFAULT 1 CHECK (is_current IN (0, 1)),
    source        TEXT,
    title         TEXT,
    byline        TEXT,
    published     TEXT,                               -- ISO 8601 (newsweave.text.dates.format_date)
    published_ts  DOUBLE PRECISION,                   -- seconds since the epoch, for ordering
    language      TEXT,
    origin        TEXT    NOT NULL DEFAULT '',
    metadata      TEXT    NOT NULL DEFAULT '{}',      -- JSON object
    raw           TEXT    NOT NULL,
    text          TEXT    NOT NULL,                   -- CleanArticle.text
    quality_score DOUBLE PRECISION NOT NULL,
    quality_flags TEXT    NOT NULL DEFAULT '[]',      -- JSON array of strings
    ingested_at   TEXT    NOT NULL,                   -- ISO 8601 UTC
    paragraphs    TEXT,                               -- JSON [[start, end], ...] into raw
    removed       TEXT,                               -- JSON [[kind, start, end], ...]
    -- Words as SQLite's unicode61 tokenizer takes them ('simple': lower case, no stemming),
    -- the title weighing more than the body.
    search        TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple', text), 'B')
    ) STORED,
    UNIQUE (url, revision)
);

-- At most one current revision per URL; articles without a URL are each their own.
CREATE UNIQUE INDEX articles_current_url ON articles (url) WHERE is_current = 1 AND url IS NOT NULL;
CREATE INDEX articles_current ON articles (is_current, published_ts, seq);
CREATE INDEX articles_id ON articles (id, is_current);
-- Only current revisions are searched.
CREATE INDEX articles_search ON articles USING GIN (search) WHERE is_current = 1;

CREATE TABLE stories (
    id       TEXT    PRIMARY KEY,
    title    TEXT    NOT NULL,
    position INTEGER NOT NULL                         -- order of creation
);

CREATE TABLE story_articles (
    story_id     TEXT    NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    article_seq  BIGINT  NOT NULL REFERENCES articles (seq),
    position     INTEGER NOT NULL,
    score        DOUBLE PRECISION,
    nearest      TEXT,                                -- Article.id
    shared_terms TEXT    NOT NULL DEFAULT '[]',       -- JSON array
    shared_names TEXT    NOT NULL DEFAULT '[]',       -- JSON array
    gap_days     DOUBLE PRECISION,
    PRIMARY KEY (story_id, article_seq)
);

CREATE INDEX story_articles_article ON story_articles (article_seq);

CREATE TABLE cluster_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),  -- one row
    state      TEXT    NOT NULL,                    -- JSON (newsweave.cluster.state)
    updated_at TEXT    NOT NULL
);

CREATE TABLE story_digests (
    story_id TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    version  TEXT NOT NULL,   -- hash of the story's current article ids and contents
    digest   TEXT NOT NULL,   -- JSON (newsweave.render.json.digest_record)
    saved_at TEXT NOT NULL
);
