-- Payments and refunds through a payment provider (see sales.payments). Amounts are exact
-- yuan with two decimals. The unique idempotency keys are the domain's backstop against
-- double charges and double refunds, whatever happens to the HTTP-level Idempotency-Key;
-- the checks keep a payment's refunded total between zero and what was paid.
CREATE TABLE payments (
    id                 UUID                     NOT NULL PRIMARY KEY,
    purpose            VARCHAR(40)              NOT NULL,
    reference          UUID                     NOT NULL,
    customer_id        UUID,
    dealer_id          UUID,
    amount             NUMERIC(14, 2)           NOT NULL,
    refunded           NUMERIC(14, 2)           NOT NULL DEFAULT 0,
    currency           CHAR(3)                  NOT NULL DEFAULT 'CNY',
    description        VARCHAR(200)             NOT NULL,
    status             VARCHAR(12)              NOT NULL,
    provider           VARCHAR(40)              NOT NULL,
    provider_reference VARCHAR(128),
    checkout_url       VARCHAR(1000),
    idempotency_key    VARCHAR(255)             NOT NULL,
    failure_reason     VARCHAR(500),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at            TIMESTAMP WITH TIME ZONE,
    failed_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT payments_idempotency_uq UNIQUE (purpose, reference, idempotency_key),
    CONSTRAINT payments_provider_reference_uq UNIQUE (provider, provider_reference),
    CONSTRAINT payments_amount_ck CHECK (amount > 0),
    CONSTRAINT payments_refunded_ck CHECK (refunded >= 0 AND refunded <= amount),
    CONSTRAINT payments_status_ck CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED'))
);
CREATE INDEX payments_reference_idx ON payments (purpose, reference, created_at);
CREATE INDEX payments_dealer_idx ON payments (dealer_id, created_at);

CREATE TABLE payment_refunds (
    id                 UUID                     NOT NULL PRIMARY KEY,
    payment_id         UUID                     NOT NULL REFERENCES payments (id),
    amount             NUMERIC(14, 2)           NOT NULL,
    reason             VARCHAR(500)             NOT NULL,
    status             VARCHAR(12)              NOT NULL,
    provider_reference VARCHAR(128),
    idempotency_key    VARCHAR(255)             NOT NULL,
    failure_reason     VARCHAR(500),
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT payment_refunds_idempotency_uq UNIQUE (payment_id, idempotency_key),
    CONSTRAINT payment_refunds_amount_ck CHECK (amount > 0),
    CONSTRAINT payment_refunds_status_ck CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED'))
);
CREATE INDEX payment_refunds_payment_idx ON payment_refunds (payment_id, requested_at);

-- Provider callbacks already applied, by the provider's event id: a repeated callback
-- finds its id here and changes nothing.
CREATE TABLE payment_callback_events (
    provider    VARCHAR(40)              NOT NULL,
    event_id    VARCHAR(128)             NOT NULL,
    kind        VARCHAR(30)              NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payment_callback_events_pk PRIMARY KEY (provider, event_id)
);
CREATE INDEX payment_callback_events_received_idx ON payment_callback_events (received_at);
