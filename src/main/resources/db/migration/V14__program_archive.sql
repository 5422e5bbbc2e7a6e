-- A program the region no longer runs this year is archived, not deleted: its history (published questionnaires,
-- answers, scores) stays, and it leaves the year's working list. Restoring clears the mark.
alter table program add column archived_at timestamptz;
