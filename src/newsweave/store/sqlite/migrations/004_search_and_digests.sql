-- 004: full-text search over current articles (FTS5, kept in step by triggers), and digests
-- computed once per story version.

CREATE VIRTUAL TABLE article_search USING fts5(
    title, text, content = 'articles', content_rowid = 'seq', tokenize = 'unicode61'
);
INSERT INTO article_search (rowid, title, text)
    SELECT seq, coalesce(title, ''), text FROM articles WHERE is_current = 1;

-- Only current revisions are searchable: a row enters when inserted current and leaves when
-- a newer revision replaces it.
CREATE TRIGGER article_search_insert AFTER INSERT ON articles WHEN new.is_current = 1 BEGIN
    INSERT INTO article_search (rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER article_search_retire AFTER UPDATE OF is_current ON articles
WHEN old.is_current = 1 AND new.is_current = 0 BEGIN
    INSERT INTO article_search (article_search, rowid, title, text)
        VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
END;

CREATE TABLE story_digests (
    story_id TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    version  TEXT NOT NULL,   -- hash of the story's current article ids and contents
    digest   TEXT NOT NULL,   -- JSON (newsweave.render.json.digest_record)
    saved_at TEXT NOT NULL
);
