-- One ID: customers, the identifiers that resolve to them, merges and merge suggestions.
-- Merging never moves rows: a merged customer points at its survivor (merged_into), so
-- every identity, consent and timeline entry stays with the customer it was recorded for
-- and an unmerge restores exactly what was there.
CREATE TABLE customers (
    id                  UUID         NOT NULL PRIMARY KEY,
    status              VARCHAR(10)  NOT NULL,
    merged_into         UUID REFERENCES customers (id),
    name                VARCHAR(100),
    gender              VARCHAR(10),
    birthday            DATE,
    city_code           CHAR(6),
    household           VARCHAR(400),
    preferred_dealer_id UUID,
    preferred_language  VARCHAR(10),
    model_interest      VARCHAR(100),
    lifecycle_stage     VARCHAR(20)  NOT NULL,
    version             BIGINT       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX customers_merged_into_idx ON customers (merged_into);
-- Weak matching (same name, city and model interest) and search by name.
CREATE INDEX customers_name_city_idx ON customers (name, city_code);

-- One row per identifier. (identifier, kind) is unique: two requests carrying the same new
-- phone at the same moment cannot both create a customer for it.
CREATE TABLE customer_identities (
    id              UUID         NOT NULL PRIMARY KEY,
    customer_id     UUID         NOT NULL REFERENCES customers (id),
    kind            VARCHAR(20)  NOT NULL,
    -- the normalised identifier ("value" is reserved in H2); for national ID numbers a keyed
    -- hash, never the number
    identifier      VARCHAR(200) NOT NULL,
    -- national ID numbers only: the number, encrypted
    protected_value VARCHAR(400),
    source          VARCHAR(60)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT customer_identities_identifier_kind_key UNIQUE (identifier, kind)
);
CREATE INDEX customer_identities_customer_idx ON customer_identities (customer_id);

-- Which dealers a customer is linked to (preferred dealer now; leads, orders and service
-- visits later): dealer staff see the customers of their dealer.
CREATE TABLE customer_dealers (
    customer_id UUID        NOT NULL REFERENCES customers (id),
    dealer_id   UUID        NOT NULL,
    reason      VARCHAR(40) NOT NULL,
    linked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (customer_id, dealer_id)
);
CREATE INDEX customer_dealers_dealer_idx ON customer_dealers (dealer_id);

CREATE TABLE customer_merges (
    id          UUID          NOT NULL PRIMARY KEY,
    survivor_id UUID          NOT NULL REFERENCES customers (id),
    merged_id   UUID          NOT NULL REFERENCES customers (id),
    reason      VARCHAR(300)  NOT NULL,
    merged_by   VARCHAR(200)  NOT NULL,
    merged_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    undone_by   VARCHAR(200),
    undone_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX customer_merges_survivor_idx ON customer_merges (survivor_id);
CREATE INDEX customer_merges_merged_idx ON customer_merges (merged_id);

-- Weak matches wait here for a person to accept (merge) or reject. customer_a < customer_b.
CREATE TABLE merge_suggestions (
    id          UUID         NOT NULL PRIMARY KEY,
    customer_a  UUID         NOT NULL REFERENCES customers (id),
    customer_b  UUID         NOT NULL REFERENCES customers (id),
    reason      VARCHAR(300) NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by  VARCHAR(200),
    decided_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT merge_suggestions_pair_key UNIQUE (customer_a, customer_b)
);
CREATE INDEX merge_suggestions_status_idx ON merge_suggestions (status, created_at);
