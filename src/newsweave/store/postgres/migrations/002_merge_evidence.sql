-- 002: the evidence that decided an assignment (event particulars shared, a repair's centroid
-- cosine) and the story a repair merged the article's first story into (SQLite's 005).

ALTER TABLE story_articles ADD COLUMN evidence TEXT NOT NULL DEFAULT '[]';  -- JSON array
ALTER TABLE story_articles ADD COLUMN merged_from TEXT;                      -- Story.id
