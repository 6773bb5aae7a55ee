-- Microsoft 365 delta rounds keep the window they started with; Kollegan starts a new
-- round daily (issue 5 review).
ALTER TABLE microsoft_calendar ADD COLUMN delta_started_at timestamptz;
