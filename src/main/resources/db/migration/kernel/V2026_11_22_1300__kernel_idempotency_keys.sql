-- Idempotency-Key claims and stored responses of @Idempotent handlers (see IdempotencyKeys).
-- One row per caller and key: the primary key is what lets exactly one of two concurrent
-- requests claim a key, on every instance. A claim is IN_FLIGHT until its response is
-- stored (COMPLETED) or it is released (deleted) after a 5xx; an IN_FLIGHT claim whose
-- locked_until has passed belongs to a crashed request and may be taken over.
CREATE TABLE idempotency_keys (
    caller           VARCHAR(200)             NOT NULL,
    idempotency_key  VARCHAR(255)             NOT NULL,
    request_hash     VARCHAR(64)              NOT NULL,
    request_method   VARCHAR(10)              NOT NULL,
    request_path     VARCHAR(1000)            NOT NULL,
    state            VARCHAR(12)              NOT NULL,
    claim_token      UUID                     NOT NULL,
    claimed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE NOT NULL,
    response_status  INTEGER,
    content_type     VARCHAR(200),
    location         VARCHAR(2000),
    response_body    TEXT,
    completed_at     TIMESTAMP WITH TIME ZONE,
    expires_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT idempotency_keys_pk PRIMARY KEY (caller, idempotency_key),
    CONSTRAINT idempotency_keys_state_ck CHECK (state IN ('IN_FLIGHT', 'COMPLETED'))
);
CREATE INDEX idempotency_keys_expiry_idx ON idempotency_keys (expires_at);
CREATE INDEX idempotency_keys_lock_idx ON idempotency_keys (state, locked_until);
