-- 002: why each article is in its story, and the clusterer's state for incremental ingest.

ALTER TABLE story_articles ADD COLUMN score REAL;
ALTER TABLE story_articles ADD COLUMN nearest TEXT;                         -- Article.id
ALTER TABLE story_articles ADD COLUMN shared_terms TEXT NOT NULL DEFAULT '[]';  -- JSON array
ALTER TABLE story_articles ADD COLUMN shared_names TEXT NOT NULL DEFAULT '[]';  -- JSON array
ALTER TABLE story_articles ADD COLUMN gap_days REAL;

CREATE TABLE cluster_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),  -- one row
    state      TEXT    NOT NULL,                    -- JSON (newsweave.cluster.state)
    updated_at TEXT    NOT NULL
);
