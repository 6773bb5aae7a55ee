-- A calendar marked always-on: every online meeting in it gets the agent (issue 5).
ALTER TABLE calendar_connection ADD COLUMN always_on_feed_url text
    CHECK (always_on_feed_url IS NULL OR (always_on_feed_url LIKE 'https://%' AND length(always_on_feed_url) <= 2048));
