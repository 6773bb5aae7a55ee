-- agent-jobs: the durable job queue (docs/adr/0002-job-queue.md).

-- db-scheduler's own table, as its documentation gives it for Postgres (version 16.7).
-- It polls this table with SELECT … FOR UPDATE SKIP LOCKED and keeps the heartbeats
-- that let another instance take over the work of a dead one.
CREATE TABLE scheduled_tasks (
    task_name            text                     NOT NULL,
    task_instance        text                     NOT NULL,
    task_data            bytea,
    execution_time       timestamp with time zone NOT NULL,
    picked               boolean                  NOT NULL,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- The queue's own state on top: the caller's key (unique, so enqueuing twice does nothing),
-- the typed payload, attempts, and where the job stands. Finished and dead jobs stay (the
-- key keeps its meaning) until retention removes them.
CREATE TABLE agent_job (
    id          uuid        PRIMARY KEY,
    job_key     text        NOT NULL UNIQUE,
    type        text        NOT NULL,
    tenant_id   uuid        REFERENCES tenant (id) ON DELETE CASCADE,
    owner       text,
    payload     jsonb       NOT NULL,
    status      text        NOT NULL CHECK (status IN ('QUEUED', 'DONE', 'DEAD', 'CANCELLED')),
    attempts    integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    due_at      timestamptz NOT NULL,
    last_error  text,
    stack_hash  text,
    finished_at timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agent_job_owner_idx ON agent_job (owner) WHERE owner IS NOT NULL AND status = 'QUEUED';
CREATE INDEX agent_job_dead_idx ON agent_job (tenant_id, finished_at DESC) WHERE status = 'DEAD';
CREATE INDEX agent_job_finished_idx ON agent_job (finished_at) WHERE finished_at IS NOT NULL;

-- One row per attempt, for the dashboard and for questions afterwards; kept for the
-- retention period of job history.
CREATE TABLE agent_job_run (
    id          bigserial   PRIMARY KEY,
    job_id      uuid        NOT NULL,
    job_key     text        NOT NULL,
    type        text        NOT NULL,
    tenant_id   uuid        REFERENCES tenant (id) ON DELETE CASCADE,
    attempt     integer     NOT NULL,
    due_at      timestamptz NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    outcome     text        NOT NULL CHECK (outcome IN ('DONE', 'RETRY', 'DEAD', 'CANCELLED')),
    duration_ms bigint      NOT NULL
);
CREATE INDEX agent_job_run_started_idx ON agent_job_run (started_at);
CREATE INDEX agent_job_run_tenant_idx ON agent_job_run (tenant_id, started_at DESC);
