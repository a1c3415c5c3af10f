-- 003: what cleaning kept and removed, so reading a stored article does not clean it again.

ALTER TABLE articles ADD COLUMN paragraphs TEXT;  -- JSON [[start, end], ...] into raw; NULL: clean again
ALTER TABLE articles ADD COLUMN removed TEXT;     -- JSON [[kind, start, end], ...]
