-- Issue 8: task boards. Where each tenant's actions are pushed (a Planner plan and bucket,
-- or a Trello board and list), how each push went, and a way back from a board's task to
-- its action for the board's webhooks.
CREATE TABLE task_board_setup (
    tenant_id  uuid        PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
    board      text        NOT NULL CHECK (board IN ('PLANNER', 'TRELLO')),
    board_id   text        NOT NULL CHECK (length(board_id) <= 100),
    list_id    text        NOT NULL CHECK (length(list_id) <= 100),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- One row per action ever pushed. PUSHING is written (and committed) before each create is
-- sent, so that an attempt after a lost answer looks for the task before creating another;
-- started_at is the first create's time, before which no task on the board can be this
-- push's. Errors are short codes ("Trello answered 404"), never the action's text.
CREATE TABLE task_push (
    action_id  uuid        PRIMARY KEY REFERENCES action_item (id) ON DELETE CASCADE,
    tenant_id  uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    board      text        NOT NULL CHECK (board IN ('PLANNER', 'TRELLO')),
    state      text        NOT NULL CHECK (state IN ('PUSHING', 'PUSHED', 'FAILED')),
    started_at timestamptz NOT NULL,
    error      text        CHECK (length(error) <= 500),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_push_tenant_idx ON task_push (tenant_id);

-- A board's webhook names its task; this finds the action.
CREATE INDEX action_item_task_idx ON action_item (task_board, task_id) WHERE task_id IS NOT NULL;
