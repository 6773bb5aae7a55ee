-- Issue 11: the trace a job continues (docs/adr/0010-tracing.md). The W3C traceparent of
-- the span that queued the job, e.g. 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01;
-- each run of the job is a child of it. NULL for jobs queued before this column existed and
-- when tracing is off: their runs start traces of their own. Nullable and without a default,
-- so adding it rewrites no rows and instances of the previous release keep writing jobs.
ALTER TABLE agent_job ADD COLUMN trace_context text CHECK (length(trace_context) <= 512);
