-- Online presale (issue 6): limited-quota launches. See docs/presale.md for why the quota is
-- kept as rows: a campaign of quota Q has exactly Q unit rows, a configuration with its own
-- cap c exactly c token rows, and a live reservation holds one of each it needs. Claimers
-- lock different rows (FOR UPDATE SKIP LOCKED from a random slot), so there is no hot row,
-- and nothing can be sold that has no row.
CREATE TABLE presale_campaigns (
    id                     UUID          NOT NULL PRIMARY KEY,
    code                   VARCHAR(40)   NOT NULL UNIQUE,
    name_zh                VARCHAR(100)  NOT NULL,
    name_en                VARCHAR(100)  NOT NULL,
    brand                  VARCHAR(40)   NOT NULL,
    model_code             VARCHAR(40)   NOT NULL,
    quota                  INT           NOT NULL,
    opens_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    -- yuan, paid within the payment window after reserving
    deposit                NUMERIC(14, 2) NOT NULL,
    payment_window_seconds INT           NOT NULL,
    -- live (unpaid or paid) reservations one person may hold
    per_person_limit       INT           NOT NULL,
    -- whether the person is also identified (and limited) by their resident ID number
    id_number_required     BOOLEAN       NOT NULL,
    -- comma-separated network region codes and GB/T 2260 city codes; both empty: anywhere
    region_codes           VARCHAR(400)  NOT NULL,
    city_codes             VARCHAR(2000) NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by             VARCHAR(200)  NOT NULL,
    CONSTRAINT presale_campaigns_quota CHECK (quota BETWEEN 1 AND 100000),
    CONSTRAINT presale_campaigns_window CHECK (closes_at > opens_at),
    CONSTRAINT presale_campaigns_deposit CHECK (deposit > 0),
    CONSTRAINT presale_campaigns_payment_window CHECK (payment_window_seconds BETWEEN 60 AND 86400),
    CONSTRAINT presale_campaigns_person_limit CHECK (per_person_limit BETWEEN 1 AND 10)
);

-- The configurations on sale (catalog share codes, priced as they were configured); cap is
-- the configuration's own quota within the campaign's, null when it has none.
CREATE TABLE presale_offers (
    campaign_id        UUID           NOT NULL REFERENCES presale_campaigns (id),
    configuration_code VARCHAR(8)     NOT NULL,
    name_zh            VARCHAR(201)   NOT NULL,
    name_en            VARCHAR(201)   NOT NULL,
    msrp               NUMERIC(14, 2) NOT NULL,
    cap                INT,
    sort_order         INT            NOT NULL,
    PRIMARY KEY (campaign_id, configuration_code),
    CONSTRAINT presale_offers_cap CHECK (cap IS NULL OR cap >= 1)
);

-- The quota, one row per unit. Free: no reservation, or a hold whose deadline has passed
-- (held_until <= now; the unit returns at the deadline without anyone writing). Paid: a
-- reservation and no deadline.
CREATE TABLE presale_units (
    campaign_id    UUID NOT NULL REFERENCES presale_campaigns (id),
    slot           INT  NOT NULL,
    reservation_id UUID,
    held_until     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (campaign_id, slot)
);

-- A capped configuration's own quota, one row per unit of it, held like presale_units.
CREATE TABLE presale_config_tokens (
    campaign_id        UUID       NOT NULL,
    configuration_code VARCHAR(8) NOT NULL,
    slot               INT        NOT NULL,
    reservation_id     UUID,
    held_until         TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (campaign_id, configuration_code, slot),
    FOREIGN KEY (campaign_id, configuration_code) REFERENCES presale_offers (campaign_id, configuration_code)
);

-- A reservation. While it is live (RESERVED or PAID) it names its unit (and token) and
-- takes one of its person's slots 1..per_person_limit; once it ends those columns become
-- null, which frees them (nulls are distinct in unique indexes on PostgreSQL and H2). The
-- unique indexes are the structural backstop: two live reservations can never name one
-- unit, one token, or one person slot.
CREATE TABLE presale_reservations (
    id                 UUID           NOT NULL PRIMARY KEY,
    campaign_id        UUID           NOT NULL REFERENCES presale_campaigns (id),
    status             VARCHAR(20)    NOT NULL,
    unit_slot          INT,
    configuration_code VARCHAR(8),
    token_slot         INT,
    -- keyed hashes (HMAC-SHA256) of the E.164 phone and, where required, the ID number
    person_key         CHAR(64)       NOT NULL,
    person_seq         INT,
    id_number_key      CHAR(64),
    id_number_seq      INT,
    phone              VARCHAR(16)    NOT NULL,
    name               VARCHAR(100),
    city_code          CHAR(6),
    dealer_id          UUID,
    consent_marketing  BOOLEAN        NOT NULL,
    deposit            NUMERIC(14, 2) NOT NULL,
    reserved_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    payment_id         UUID,
    paid_at            TIMESTAMP WITH TIME ZONE,
    order_id           UUID,
    -- why the paid reservation has no order yet (the sales center refused it)
    order_problem      VARCHAR(500),
    -- the buyer's order progress page, relative to the site
    order_progress_path VARCHAR(200),
    ended_at           TIMESTAMP WITH TIME ZONE,
    -- a payment that arrived after the unit was lost (or a second one), refunded in full
    refunded_payment_id UUID,
    CONSTRAINT presale_reservations_status CHECK (status IN ('RESERVED', 'PAID', 'EXPIRED')),
    CONSTRAINT presale_reservations_live CHECK ((status = 'EXPIRED') = (unit_slot IS NULL)),
    CONSTRAINT presale_reservations_unit FOREIGN KEY (campaign_id, unit_slot) REFERENCES presale_units (campaign_id, slot)
);

CREATE UNIQUE INDEX presale_reservations_one_per_unit ON presale_reservations (campaign_id, unit_slot);
CREATE UNIQUE INDEX presale_reservations_one_per_token ON presale_reservations (campaign_id, configuration_code, token_slot);
CREATE UNIQUE INDEX presale_reservations_person_slot ON presale_reservations (campaign_id, person_key, person_seq);
CREATE UNIQUE INDEX presale_reservations_id_number_slot ON presale_reservations (campaign_id, id_number_key, id_number_seq);
CREATE INDEX presale_reservations_due ON presale_reservations (status, expires_at);
CREATE INDEX presale_reservations_recent ON presale_reservations (campaign_id, reserved_at);

-- Everyone who took part, once per campaign, with the answer to their first attempt:
-- written in batches (group commit) together with the PresaleParticipantsJoined event.
CREATE TABLE presale_participants (
    campaign_id  UUID        NOT NULL REFERENCES presale_campaigns (id),
    person_key   CHAR(64)    NOT NULL,
    outcome      VARCHAR(20) NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (campaign_id, person_key)
);

-- Attempts and their answers, counted in each instance's memory and added here every
-- second, one row per instance so instances never wait on each other; the launch
-- dashboard sums the instances.
CREATE TABLE presale_counters (
    campaign_id UUID        NOT NULL REFERENCES presale_campaigns (id),
    instance_id VARCHAR(80) NOT NULL,
    counter     VARCHAR(40) NOT NULL,
    total       BIGINT      NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (campaign_id, instance_id, counter)
);
