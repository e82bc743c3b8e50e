-- The built-in simulated payment provider's own books (it stands for WeChat Pay or Alipay,
-- which keep theirs on their side): checkout sessions reached by an unguessable token,
-- and the signed callbacks it owes us, delivered by a job with retries.
CREATE TABLE simulated_checkouts (
    token              VARCHAR(64)              NOT NULL PRIMARY KEY,
    provider_reference VARCHAR(64)              NOT NULL,
    payment_id         UUID                     NOT NULL,
    amount             NUMERIC(14, 2)           NOT NULL,
    description        VARCHAR(200)             NOT NULL,
    status             VARCHAR(12)              NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT simulated_checkouts_reference_uq UNIQUE (provider_reference),
    CONSTRAINT simulated_checkouts_payment_uq UNIQUE (payment_id),
    CONSTRAINT simulated_checkouts_status_ck CHECK (status IN ('OPEN', 'PAID', 'DECLINED'))
);

CREATE TABLE simulated_callbacks (
    id           UUID                     NOT NULL PRIMARY KEY,
    event_id     VARCHAR(64)              NOT NULL,
    kind         VARCHAR(30)              NOT NULL,
    body         TEXT                     NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts     INTEGER                  NOT NULL DEFAULT 0,
    delivered_at TIMESTAMP WITH TIME ZONE,
    last_error   VARCHAR(500),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX simulated_callbacks_due_idx ON simulated_callbacks (delivered_at, due_at);
