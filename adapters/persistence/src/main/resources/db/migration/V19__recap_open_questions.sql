-- Issue 8: the questions a meeting left open are part of its recap, written and replaced
-- with it; each is a sentence as said.
ALTER TABLE recap ADD COLUMN open_questions text[] NOT NULL DEFAULT '{}';
