-- 001: articles (every revision of every article is kept), stories and their articles.

CREATE TABLE articles (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,  -- ingest order
    content_hash  TEXT    NOT NULL UNIQUE,            -- sha256 of the normalised cleaned text
    id            TEXT    NOT NULL,                   -- Article.id
    url           TEXT,
    revision      INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    is_current    INTEGER NOT NULL DEFAULT 1 CHECK (is_current IN (0, 1)),
    source        TEXT,
    title         TEXT,
    byline        TEXT,
    published     TEXT,                               -- ISO 8601 (newsweave.text.dates.format_date)
    published_ts  REAL,                               -- seconds since the epoch, for ordering
    language      TEXT,
    origin        TEXT    NOT NULL DEFAULT '',
    metadata      TEXT    NOT NULL DEFAULT '{}',      -- JSON object
    raw           TEXT    NOT NULL,
    text          TEXT    NOT NULL,                   -- CleanArticle.text
    quality_score REAL    NOT NULL,
    quality_flags TEXT    NOT NULL DEFAULT '[]',      -- JSON array of strings
    ingested_at   TEXT    NOT NULL,                   -- ISO 8601 UTC
    UNIQUE (url, revision)
);

-- At most one current revision per URL; articles without a URL are each their own.
CREATE UNIQUE INDEX articles_current_url ON articles (url) WHERE is_current = 1 AND url IS NOT NULL;
CREATE INDEX articles_current ON articles (is_current, published_ts, seq);
CREATE INDEX articles_id ON articles (id, is_current);

CREATE TABLE stories (
    id       TEXT    PRIMARY KEY,
    title    TEXT    NOT NULL,
    position INTEGER NOT NULL                         -- order given to replace_stories
);

CREATE TABLE story_articles (
    story_id    TEXT    NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    article_seq INTEGER NOT NULL REFERENCES articles (seq),
    position    INTEGER NOT NULL,
    PRIMARY KEY (story_id, article_seq)
);

CREATE INDEX story_articles_article ON story_articles (article_seq);
