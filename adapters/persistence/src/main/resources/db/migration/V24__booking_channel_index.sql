-- The dashboard reads how each listed meeting was booked from its meeting.scheduled audit
-- entry. With only (tenant_id, occurred_at) to go by, that read went through the tenant's
-- whole audit trail, which grows with every login and status change; this index holds
-- just the bookings, by meeting.
CREATE INDEX audit_event_meeting_scheduled_idx ON audit_event (tenant_id, subject_id, occurred_at)
    WHERE subject_type = 'meeting' AND action = 'meeting.scheduled';
