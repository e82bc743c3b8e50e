-- The lead's life after capture: routing to a dealer, assignment to a consultant, the
-- first-contact SLA, follow-ups, defeat and the funnel stages. Rules and policies are data
-- HQ edits; the defaults below are product configuration, so they ship with the schema.

-- Who holds the lead now, and the clock running on it.
ALTER TABLE leads ADD COLUMN consultant_id UUID;
ALTER TABLE leads ADD COLUMN routed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE leads ADD COLUMN assigned_at TIMESTAMP WITH TIME ZONE;
-- the first-contact deadline while one runs; null once contacted or closed
ALTER TABLE leads ADD COLUMN sla_due_at TIMESTAMP WITH TIME ZONE;
-- breaches of the current holder; a reclaim starts the count again
ALTER TABLE leads ADD COLUMN sla_breaches INT DEFAULT 0 NOT NULL;
ALTER TABLE leads ADD COLUMN reclaims INT DEFAULT 0 NOT NULL;
ALTER TABLE leads ADD COLUMN next_action_at TIMESTAMP WITH TIME ZONE;
-- Funnel stages: when the lead first reached each (null: not yet).
ALTER TABLE leads ADD COLUMN contacted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE leads ADD COLUMN visited_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE leads ADD COLUMN test_driven_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE leads ADD COLUMN ordered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE leads ADD COLUMN delivered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE leads ADD COLUMN defeated_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX leads_consultant_idx ON leads (consultant_id, status);
CREATE INDEX leads_sla_idx ON leads (sla_due_at);

-- Every hand-over: routing, manager re-assignment, reclaim to HQ.
CREATE TABLE lead_assignments (
    id            UUID          NOT NULL PRIMARY KEY,
    lead_id       UUID          NOT NULL REFERENCES leads (id),
    -- null when the lead went (back) to the HQ pool
    dealer_id     UUID,
    consultant_id UUID,
    -- ROUTED, REASSIGNED, RECLAIMED, REACTIVATED
    reason        VARCHAR(20)   NOT NULL,
    explanation   VARCHAR(1000) NOT NULL,
    assigned_by   VARCHAR(100)  NOT NULL,
    assigned_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lead_assignments_lead_idx ON lead_assignments (lead_id, assigned_at);
CREATE INDEX lead_assignments_dealer_idx ON lead_assignments (dealer_id, assigned_at);

-- Routing: strategies tried in position order until one finds a dealer.
CREATE TABLE lead_routing_rules (
    id          VARCHAR(60)  NOT NULL PRIMARY KEY,
    position    INT          NOT NULL,
    -- PREFERRED_DEALER, PREVIOUS_DEALER, SAME_CITY, SAME_PROVINCE
    strategy    VARCHAR(20)  NOT NULL,
    description VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lead_routing_rules_strategy
        CHECK (strategy IN ('PREFERRED_DEALER', 'PREVIOUS_DEALER', 'SAME_CITY', 'SAME_PROVINCE'))
);
INSERT INTO lead_routing_rules (id, position, strategy, description, active, version, updated_at) VALUES
    ('preferred-dealer', 10, 'PREFERRED_DEALER', 'The dealer the customer chose',             TRUE, 0, CURRENT_TIMESTAMP),
    ('previous-dealer',  20, 'PREVIOUS_DEALER',  'The dealer of the customer''s last lead',   TRUE, 0, CURRENT_TIMESTAMP),
    ('same-city',        30, 'SAME_CITY',        'Active dealers in the customer''s city',     TRUE, 0, CURRENT_TIMESTAMP),
    ('same-province',    40, 'SAME_PROVINCE',    'Active dealers in the customer''s province', TRUE, 0, CURRENT_TIMESTAMP);

-- How candidates of one strategy are weighed against each other (one row).
CREATE TABLE lead_routing_weights (
    id                 INT     NOT NULL PRIMARY KEY,
    -- weight of the share of today's capacity still free
    capacity_weight    INT     NOT NULL,
    -- weight of the share of leads contacted within their SLA lately
    sla_weight         INT     NOT NULL,
    sla_lookback_days  INT     NOT NULL,
    -- leads a day a dealer takes when HQ has set nothing for it
    default_daily_capacity INT NOT NULL,
    version            BIGINT  NOT NULL,
    CONSTRAINT lead_routing_weights_one_row CHECK (id = 1)
);
INSERT INTO lead_routing_weights VALUES (1, 60, 40, 30, 40, 0);

-- A dealer's lead capacity; also the row assignment locks so that consultants of one
-- dealer are picked one lead at a time (their open loads stay exact under concurrency).
CREATE TABLE lead_dealer_capacity (
    dealer_id      UUID    NOT NULL PRIMARY KEY,
    -- null: the default from lead_routing_weights
    daily_capacity INT,
    accepting      BOOLEAN NOT NULL,
    version        BIGINT  NOT NULL
);

-- A consultant's share of new leads relative to colleagues (default 1).
CREATE TABLE lead_consultant_weights (
    staff_id UUID NOT NULL PRIMARY KEY,
    weight   INT  NOT NULL,
    CONSTRAINT lead_consultant_weights_positive CHECK (weight BETWEEN 0 AND 100)
);

-- First-contact SLA per grade, in minutes.
CREATE TABLE lead_sla_policies (
    grade                 CHAR(1) NOT NULL PRIMARY KEY,
    first_contact_minutes INT     NOT NULL,
    version               BIGINT  NOT NULL,
    CONSTRAINT lead_sla_policies_grade CHECK (grade IN ('H', 'A', 'B', 'C')),
    CONSTRAINT lead_sla_policies_positive CHECK (first_contact_minutes > 0)
);
INSERT INTO lead_sla_policies VALUES ('H', 15, 0), ('A', 60, 0), ('B', 1440, 0), ('C', 1440, 0);

-- Each breach and what was done about it.
CREATE TABLE lead_sla_breaches (
    id            UUID        NOT NULL PRIMARY KEY,
    lead_id       UUID        NOT NULL REFERENCES leads (id),
    dealer_id     UUID,
    consultant_id UUID,
    breach_number INT         NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    detected_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- MANAGER_NOTIFIED or RECLAIMED
    action        VARCHAR(20) NOT NULL
);
CREATE INDEX lead_sla_breaches_lead_idx ON lead_sla_breaches (lead_id);
CREATE INDEX lead_sla_breaches_dealer_idx ON lead_sla_breaches (dealer_id, detected_at);

-- What a dealer's managers are told (SLA breaches, defeat proposals), until they read it.
CREATE TABLE lead_alerts (
    id         UUID          NOT NULL PRIMARY KEY,
    dealer_id  UUID          NOT NULL,
    lead_id    UUID          NOT NULL REFERENCES leads (id),
    kind       VARCHAR(30)   NOT NULL,
    message    VARCHAR(500)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX lead_alerts_dealer_idx ON lead_alerts (dealer_id, created_at);

-- Follow-ups a consultant logs.
CREATE TABLE lead_follow_ups (
    id             UUID          NOT NULL PRIMARY KEY,
    lead_id        UUID          NOT NULL REFERENCES leads (id),
    staff_id       UUID,
    -- CALL, WECHAT, VISIT, TEST_DRIVE, NOTE
    kind           VARCHAR(20)   NOT NULL,
    -- REACHED, NO_ANSWER, WRONG_NUMBER, INTERESTED, NOT_INTERESTED, APPOINTMENT_MADE, ...
    outcome        VARCHAR(30)   NOT NULL,
    note           VARCHAR(2000),
    next_action_at TIMESTAMP WITH TIME ZONE,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by    VARCHAR(100)  NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lead_follow_ups_lead_idx ON lead_follow_ups (lead_id, occurred_at);

-- Reasons a lead is lost (战败), as data.
CREATE TABLE lead_defeat_reasons (
    code    VARCHAR(30)  NOT NULL PRIMARY KEY,
    name_zh VARCHAR(100) NOT NULL,
    name_en VARCHAR(100) NOT NULL,
    active  BOOLEAN      NOT NULL
);
INSERT INTO lead_defeat_reasons VALUES
    ('BOUGHT_COMPETITOR', '已购竞品',       'Bought a competitor',     TRUE),
    ('PRICE',             '价格原因',       'Price',                   TRUE),
    ('BUDGET',            '预算不足',       'Budget',                  TRUE),
    ('NO_CONTACT',        '无法联系',       'Could not be reached',    TRUE),
    ('NOT_INTERESTED',    '无购车意向',     'No intention to buy',     TRUE),
    ('PURCHASE_DELAYED',  '购车计划推迟',   'Purchase postponed',      TRUE),
    ('BOUGHT_ELSEWHERE',  '已在其他门店购买', 'Bought at another dealer', TRUE),
    ('OTHER',             '其他',           'Other',                   TRUE);

-- Defeat proposals and the manager's decision.
CREATE TABLE lead_defeats (
    id            UUID          NOT NULL PRIMARY KEY,
    lead_id       UUID          NOT NULL REFERENCES leads (id),
    dealer_id     UUID,
    reason_code   VARCHAR(30)   NOT NULL REFERENCES lead_defeat_reasons (code),
    note          VARCHAR(2000),
    -- the status the lead returns to when the proposal is returned
    prior_status  VARCHAR(20)   NOT NULL,
    proposed_by   VARCHAR(100)  NOT NULL,
    proposed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- PENDING, APPROVED, RETURNED
    decision      VARCHAR(20)   NOT NULL,
    decided_by    VARCHAR(100),
    decided_at    TIMESTAMP WITH TIME ZONE,
    decision_note VARCHAR(2000)
);
CREATE INDEX lead_defeats_lead_idx ON lead_defeats (lead_id);
CREATE INDEX lead_defeats_dealer_idx ON lead_defeats (dealer_id, decision);
