-- Data for bench/overview.sh (issue 9): the demo tenant demo-a (Kommun A) gets 10,000
-- meetings spread evenly over the half year before and after now (about 190 a week), and
-- enough extra tenants are added to make :tenants in all, each with :others meetings over
-- the same year. Every meeting has what the overview reads with it: 2-8 participants, the
-- booking's audit entry (meeting.scheduled with details.via; one in twenty has none, as
-- for a meeting booked before the channel was kept), the status changes and consent
-- requests the audit trail also holds, and consent answers once the meeting has started.
-- Deterministic: values derive from each meeting's number, not from random().
-- Usage: psql -v tenants=100 -v others=1000 -f bench/overview-seed.sql
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO tenant (id, slug, name, time_zone, default_consent_level, version)
SELECT gen_random_uuid(), 'bench-' || lpad(n::text, 3, '0'), 'Benchkommun ' || n, 'Europe/Stockholm',
       (ARRAY['BAS', 'PLUS', 'JURIDIK'])[1 + n % 3], 0
FROM generate_series(1, :tenants - (SELECT count(*) FROM tenant)) n;

-- Each tenant's people: person 0-2 are demo-a's admin, member and auditor, 3-59 colleagues.
CREATE TEMP TABLE bench_tenant AS
SELECT id, (slug = 'demo-a') AS demo,
       CASE WHEN slug = 'demo-a' THEN 'kommun-a.example' ELSE slug || '.example' END AS domain,
       CASE WHEN slug = 'demo-a' THEN 10000 ELSE :others END AS meetings
FROM tenant
WHERE slug = 'demo-a' OR slug LIKE 'bench-%';

CREATE FUNCTION pg_temp.person_email(n integer, domain text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE n WHEN 0 THEN 'astrid.ek' WHEN 1 THEN 'erik.lund' WHEN 2 THEN 'maja.berg'
                  ELSE 'kollega' || n END || '@' || domain
$$;
CREATE FUNCTION pg_temp.person_name(n integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE n WHEN 0 THEN 'Astrid Ek' WHEN 1 THEN 'Erik Lund' WHEN 2 THEN 'Maja Berg'
                  ELSE 'Kollega ' || n END
$$;

CREATE TEMP TABLE bench_meeting AS
SELECT gen_random_uuid() AS id, t.id AS tenant_id, t.domain, i,
       date_trunc('minute', now()) - interval '182 days' + (i - 1) * (interval '365 days' / t.meetings)
           + ((i * 7) % 30) * interval '1 minute' AS starts_at,
       (i * 13) % 60 AS organizer,
       2 + (i * 5) % 7 AS participants
FROM bench_tenant t
CROSS JOIN LATERAL generate_series(1, t.meetings) i;

INSERT INTO meeting (id, tenant_id, title, platform, join_url, starts_at, ends_at, time_zone, organizer_name,
                     organizer_email, status, ical_uid, platform_meeting_id, version, scheduled_by, sequence,
                     occurrence, join_url_key)
SELECT m.id, m.tenant_id,
       (ARRAY['Styrgruppsmöte', 'Avstämning', 'Ledningsgrupp', 'Projektmöte', 'Nämndberedning',
              'Veckomöte'])[1 + m.i % 6] || ' ' || m.i,
       (ARRAY['TEAMS', 'TEAMS', 'TEAMS', 'TEAMS', 'ZOOM', 'ZOOM', 'GOOGLE_MEET', 'WEBEX', 'OTHER'])[1 + (m.i * 11) % 9],
       'https://meet.example/bench/' || m.id, m.starts_at,
       m.starts_at + (ARRAY[30, 45, 60, 60, 90])[1 + m.i % 5] * interval '1 minute', 'Europe/Stockholm',
       pg_temp.person_name(m.organizer), pg_temp.person_email(m.organizer, m.domain),
       CASE
           WHEN m.starts_at > now() THEN CASE WHEN m.i % 12 = 0 THEN 'CANCELLED' ELSE 'SCHEDULED' END
           WHEN m.starts_at > now() - interval '1 hour'
               THEN (ARRAY['ACTIVE', 'ACTIVE', 'IN_LOBBY', 'DEGRADED', 'JOINING'])[1 + m.i % 5]
           WHEN m.starts_at > now() - interval '3 hours' THEN 'POST_PROCESSING'
           ELSE (ARRAY['DONE', 'DONE', 'DONE', 'DONE', 'DONE', 'DONE', 'DONE', 'CANCELLED', 'FAILED',
                       'DONE'])[1 + (m.i * 3) % 10]
       END,
       'bench-' || m.id || '@' || m.domain, NULL, 0,
       -- Usually the organiser booked the agent; sometimes a colleague did.
       pg_temp.person_email(CASE WHEN m.i % 4 = 0 THEN (m.i * 17) % 60 ELSE m.organizer END, m.domain), 0, NULL,
       'meet.example/bench/' || m.id
FROM bench_meeting m;

INSERT INTO meeting_participant (meeting_id, position, tenant_id, name, email)
SELECT m.id, p, m.tenant_id, pg_temp.person_name((m.i * 31 + p * 17) % 60),
       pg_temp.person_email((m.i * 31 + p * 17) % 60, m.domain)
FROM bench_meeting m
CROSS JOIN LATERAL generate_series(0, m.participants - 1) p;

-- The booking, as MeetingScheduling records it, a few days before the meeting.
INSERT INTO audit_event (id, tenant_id, occurred_at, actor_kind, actor_id, action, subject_type, subject_id,
                         details, version)
SELECT gen_random_uuid(), m.tenant_id, m.starts_at - (1 + m.i % 14) * interval '1 day', 'USER',
       'bench-user-' || m.organizer, 'meeting.scheduled', 'meeting', m.id::text,
       jsonb_build_object('platform', 'TEAMS', 'via',
                          (ARRAY['API', 'INVITATION', 'CALENDAR', 'CALENDAR', 'MAGIC_LINK', 'CHAT'])[1 + m.i % 6]),
       0
FROM bench_meeting m
WHERE m.i % 20 <> 0;

-- The rest of a meeting's trail: status changes and consent requests and answers.
INSERT INTO audit_event (id, tenant_id, occurred_at, actor_kind, actor_id, action, subject_type, subject_id,
                         details, version)
SELECT gen_random_uuid(), m.tenant_id, m.starts_at + e * interval '1 minute', 'SYSTEM', 'bench',
       (ARRAY['meeting.joining', 'meeting.in-lobby', 'meeting.active', 'consent.asked', 'consent.accepted',
              'meeting.done'])[e],
       'meeting', m.id::text, jsonb_build_object('level', 'PLUS'), 0
FROM bench_meeting m
CROSS JOIN generate_series(1, 6) e
WHERE m.starts_at < now();

-- Consent answers for meetings that have started: every participant accepts at the
-- tenant's level, except that some organisers choose a lower one, one participant in a
-- few meetings declines, and some change their mind later (the later answer counts).
INSERT INTO consent_record (id, tenant_id, meeting_id, participant_name, participant_email, level, answer, channel,
                            answered_at, version)
SELECT gen_random_uuid(), m.tenant_id, m.id, pg_temp.person_name(who), pg_temp.person_email(who, m.domain),
       CASE WHEN p = -1 AND m.i % 5 = 0 THEN 'BAS' ELSE 'PLUS' END,
       CASE WHEN p = 1 AND m.i % 17 = 0 THEN 'DECLINED' ELSE 'ACCEPTED' END,
       (ARRAY['TEAMS', 'SLACK', 'ZOOM', 'WEB'])[1 + m.i % 4], m.starts_at + (2 + p) * interval '1 minute', 0
FROM bench_meeting m
JOIN meeting stored ON stored.id = m.id
CROSS JOIN LATERAL generate_series(-1, m.participants - 1) p
CROSS JOIN LATERAL (SELECT CASE WHEN p = -1 THEN m.organizer ELSE (m.i * 31 + p * 17) % 60 END AS who) person
WHERE m.starts_at < now() AND stored.status <> 'CANCELLED';

INSERT INTO consent_record (id, tenant_id, meeting_id, participant_name, participant_email, level, answer, channel,
                            answered_at, version)
SELECT gen_random_uuid(), m.tenant_id, m.id, pg_temp.person_name((m.i * 31) % 60),
       pg_temp.person_email((m.i * 31) % 60, m.domain), 'PLUS', 'DECLINED', 'WEB', m.starts_at + interval '20 minutes', 0
FROM bench_meeting m
WHERE m.starts_at < now() AND m.i % 9 = 0;

COMMIT;
ANALYZE;

SELECT (SELECT count(*) FROM tenant) AS tenants, (SELECT count(*) FROM meeting) AS meetings,
       (SELECT count(*) FROM meeting m JOIN tenant t ON t.id = m.tenant_id WHERE t.slug = 'demo-a') AS demo_a,
       (SELECT count(*) FROM meeting_participant) AS participants, (SELECT count(*) FROM consent_record) AS consent,
       (SELECT count(*) FROM audit_event) AS audit;
