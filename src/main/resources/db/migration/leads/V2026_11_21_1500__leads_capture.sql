-- Lead capture and cleansing. A lead is kept whatever arrives: invalid phones and junk are
-- flagged by status, never dropped, so channels can be held to account for what they send.
CREATE TABLE leads (
    id                   UUID          NOT NULL PRIMARY KEY,
    -- null when the phone is invalid or the lead is junk: One ID is never asked about them
    customer_id          UUID,
    -- the customer One ID resolved at capture; a merge re-points customer_id and an unmerge
    -- restores it from here
    original_customer_id UUID,
    -- filled by routing (later); dealer staff see the leads of their dealer
    dealer_id            UUID,
    brand                VARCHAR(60)   NOT NULL,
    channel              VARCHAR(60)   NOT NULL,
    campaign             VARCHAR(200),
    utm_source           VARCHAR(200),
    utm_medium           VARCHAR(200),
    utm_campaign         VARCHAR(200),
    utm_content          VARCHAR(200),
    utm_term             VARCHAR(200),
    name                 VARCHAR(100),
    -- null only after erasure
    phone_raw            VARCHAR(60),
    phone_e164           VARCHAR(20),
    phone_valid          BOOLEAN       NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    junk_reason          VARCHAR(200),
    model_of_interest    VARCHAR(100),
    city_code            CHAR(6),
    purchase_timeframe   VARCHAR(20)   NOT NULL,
    test_drive_requested BOOLEAN       NOT NULL,
    budget               NUMERIC(12, 2),
    consent_marketing    BOOLEAN       NOT NULL,
    grade                CHAR(1),
    grade_score          INT,
    grade_explanation    VARCHAR(2000),
    raw_payload          TEXT,
    captured_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL
);
-- Dedup: the open lead of a customer and brand inside the window.
CREATE INDEX leads_dedup_idx ON leads (customer_id, brand, status, captured_at);
CREATE INDEX leads_original_customer_idx ON leads (original_customer_id);
CREATE INDEX leads_dealer_idx ON leads (dealer_id, captured_at);
CREATE INDEX leads_status_idx ON leads (status, captured_at);

-- Every arrival, the first and each duplicate: attribution and burst detection.
CREATE TABLE lead_sources (
    id           UUID         NOT NULL PRIMARY KEY,
    lead_id      UUID         NOT NULL REFERENCES leads (id),
    channel      VARCHAR(60)  NOT NULL,
    campaign     VARCHAR(200),
    utm_source   VARCHAR(200),
    utm_medium   VARCHAR(200),
    utm_campaign VARCHAR(200),
    utm_content  VARCHAR(200),
    utm_term     VARCHAR(200),
    phone_e164   VARCHAR(20),
    raw_payload  TEXT,
    captured_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lead_sources_lead_idx ON lead_sources (lead_id, captured_at);
-- Bursts: many arrivals of one phone, or from one channel, in a short window.
CREATE INDEX lead_sources_phone_idx ON lead_sources (phone_e164, captured_at);
CREATE INDEX lead_sources_channel_idx ON lead_sources (channel, captured_at);

-- Every grade a lead had, with why.
CREATE TABLE lead_grade_history (
    id          UUID          NOT NULL PRIMARY KEY,
    lead_id     UUID          NOT NULL REFERENCES leads (id),
    grade       CHAR(1)       NOT NULL,
    score       INT           NOT NULL,
    explanation VARCHAR(2000) NOT NULL,
    changed_by  VARCHAR(100)  NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reason      VARCHAR(200)  NOT NULL
);
CREATE INDEX lead_grade_history_lead_idx ON lead_grade_history (lead_id, changed_at);

-- Known spam numbers, maintained by HQ.
CREATE TABLE lead_spam_numbers (
    phone_e164 VARCHAR(20)  NOT NULL PRIMARY KEY,
    reason     VARCHAR(200) NOT NULL,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per customer and brand, locked while a capture checks for an open lead, so two
-- captures for the same person cannot both find none and both open one. The leads module
-- locks its own row instead of identity's customer row: modules never lock each other's
-- tables.
CREATE TABLE lead_dedup_locks (
    customer_id UUID        NOT NULL,
    brand       VARCHAR(60) NOT NULL,
    PRIMARY KEY (customer_id, brand)
);
