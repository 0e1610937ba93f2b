-- The date a unit signed its report ("Banjarmasin, 5 September 2026" under the data), when the
-- file has one: the best evidence of when the report was sent, used to judge lateness.
ALTER TABLE source_file ADD COLUMN IF NOT EXISTS signed_on DATE;
