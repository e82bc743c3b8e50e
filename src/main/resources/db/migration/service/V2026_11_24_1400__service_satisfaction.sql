-- Service center, satisfaction: one survey per delivered repair order (answered once
-- through its unguessable link) and the complaint a low score opens, with its first
-- response SLA and escalation levels.

-- status: PENDING (waiting for the send delay), SENT (handed to a channel), NOT_SENT (no
-- channel the owner consented to; channel_reason says why), ANSWERED.
CREATE TABLE service_satisfaction_surveys (
    id               UUID PRIMARY KEY,
    token            VARCHAR(43) NOT NULL,
    repair_order_id  UUID NOT NULL,
    dealer_id        UUID NOT NULL,
    customer_id      UUID NOT NULL,
    vin              VARCHAR(17),
    plate            VARCHAR(20),
    status           VARCHAR(10) NOT NULL,
    channel          VARCHAR(10),
    channel_reason   VARCHAR(300),
    delivered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    send_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    score            INT,
    comment          VARCHAR(1000),
    answered_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_service_satisfaction_token UNIQUE (token),
    CONSTRAINT uq_service_satisfaction_repair_order UNIQUE (repair_order_id),
    CONSTRAINT ck_service_satisfaction_status CHECK (status IN ('PENDING', 'SENT', 'NOT_SENT', 'ANSWERED')),
    CONSTRAINT ck_service_satisfaction_channel CHECK (channel IS NULL OR channel IN ('WECHAT', 'SMS', 'EMAIL')),
    CONSTRAINT ck_service_satisfaction_score CHECK (score IS NULL OR score BETWEEN 0 AND 10)
);

CREATE INDEX ix_service_satisfaction_pending ON service_satisfaction_surveys (status, send_at);
CREATE INDEX ix_service_satisfaction_dealer ON service_satisfaction_surveys (dealer_id, delivered_at);

-- escalation_level: 0 none, 1 dealer manager told (first response overdue), 2 HQ told
-- (still no response by escalation_due_at). due_at is the first-response SLA.
CREATE TABLE service_complaints (
    id                 UUID PRIMARY KEY,
    survey_id          UUID NOT NULL,
    repair_order_id    UUID NOT NULL,
    dealer_id          UUID NOT NULL,
    customer_id        UUID NOT NULL,
    score              INT NOT NULL,
    comment            VARCHAR(1000),
    status             VARCHAR(10) NOT NULL,
    opened_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    escalation_level   INT NOT NULL DEFAULT 0,
    escalated_at       TIMESTAMP WITH TIME ZONE,
    escalation_due_at  TIMESTAMP WITH TIME ZONE,
    response           VARCHAR(1000),
    responded_at       TIMESTAMP WITH TIME ZONE,
    responded_by       VARCHAR(200),
    resolution         VARCHAR(1000),
    resolved_at        TIMESTAMP WITH TIME ZONE,
    resolved_by        VARCHAR(200),
    CONSTRAINT uq_service_complaints_survey UNIQUE (survey_id),
    CONSTRAINT ck_service_complaints_status CHECK (status IN ('OPEN', 'RESPONDED', 'RESOLVED', 'CLOSED')),
    CONSTRAINT ck_service_complaints_level CHECK (escalation_level BETWEEN 0 AND 2)
);

CREATE INDEX ix_service_complaints_due ON service_complaints (status, escalation_level, due_at);
CREATE INDEX ix_service_complaints_dealer ON service_complaints (dealer_id, opened_at);
