-- Issue 8: what stakeholder profiles are made of. Every fact names the meeting it came
-- from and goes with it, so retention (issue 11) acts on meetings and their facts follow;
-- erasure deletes them explicitly to count them for the receipt. A stakeholder left with no
-- fact is deleted by the application (see StakeholderFacts). Commitments point at their
-- action, so a profile reads whether it is done from the action itself.
CREATE TABLE stakeholder_fact (
    id             uuid        PRIMARY KEY,
    tenant_id      uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    stakeholder_id uuid        NOT NULL REFERENCES stakeholder (id) ON DELETE CASCADE,
    meeting_id     uuid        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    kind           text        NOT NULL CHECK (kind IN ('ATTENDED', 'TOPIC', 'COMMITMENT')),
    topic          text        CHECK (length(topic) <= 200),
    action_item_id uuid        REFERENCES action_item (id) ON DELETE CASCADE,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'TOPIC') = (topic IS NOT NULL)),
    CHECK ((kind = 'COMMITMENT') = (action_item_id IS NOT NULL))
);
CREATE INDEX stakeholder_fact_stakeholder_idx ON stakeholder_fact (tenant_id, stakeholder_id);
CREATE INDEX stakeholder_fact_meeting_idx ON stakeholder_fact (tenant_id, meeting_id);
