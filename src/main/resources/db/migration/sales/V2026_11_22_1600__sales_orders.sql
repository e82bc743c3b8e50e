-- Orders from deposit (定金) to delivery (交车). An order keeps the priced configuration it
-- was made from (lines and total), so the buyer pays what they were shown even after the
-- price list changes. Transitions update the row over its version (optimistic
-- concurrency) and add a step, which is what the buyer's progress page shows.
CREATE TABLE sales_orders (
    id                   UUID          NOT NULL PRIMARY KEY,
    configuration_code   VARCHAR(40)   NOT NULL,
    model_code           VARCHAR(40)   NOT NULL,
    trim_code            VARCHAR(40)   NOT NULL,
    exterior_colour_code VARCHAR(40)   NOT NULL,
    interior_colour_code VARCHAR(40)   NOT NULL,
    name_zh              VARCHAR(200)  NOT NULL,
    name_en              VARCHAR(200)  NOT NULL,
    -- the configuration's MSRP total at the time it was priced
    total                NUMERIC(14,2) NOT NULL,
    deposit_amount       NUMERIC(14,2) NOT NULL,
    customer_id          UUID          NOT NULL,
    -- the only personal data the progress page shows
    buyer_first_name     VARCHAR(40),
    lead_id              UUID,
    dealer_id            UUID          NOT NULL,
    consultant_id        UUID,
    -- CREATED, DEPOSIT_PAID, CONTRACT_SIGNED, VIN_ALLOCATED, IN_TRANSIT, ARRIVED, PDI_DONE,
    -- DELIVERED, CANCELLED
    status               VARCHAR(20)   NOT NULL,
    -- the succeeded deposit payment and what it paid
    deposit_payment_id   UUID,
    deposit_paid         NUMERIC(14,2),
    vin                  VARCHAR(17),
    stock_vehicle_id     UUID,
    -- set while the factory builds the car (the order waits in CONTRACT_SIGNED)
    factory_order_id     UUID,
    cancel_reason        VARCHAR(30),
    refunded             NUMERIC(14,2),
    forfeited            NUMERIC(14,2),
    -- the link the buyer follows (192 random bits, base64url): kept, not hashed, so staff
    -- and the brand app can hand it out again; it reveals no personal data
    progress_token       VARCHAR(64)   NOT NULL,
    placed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(200)  NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT sales_orders_status CHECK (status IN ('CREATED', 'DEPOSIT_PAID', 'CONTRACT_SIGNED', 'VIN_ALLOCATED',
        'IN_TRANSIT', 'ARRIVED', 'PDI_DONE', 'DELIVERED', 'CANCELLED')),
    CONSTRAINT sales_orders_amounts CHECK (total > 0 AND deposit_amount > 0 AND deposit_amount <= total),
    CONSTRAINT sales_orders_progress_token UNIQUE (progress_token)
);
CREATE INDEX sales_orders_dealer_idx ON sales_orders (dealer_id, status);
CREATE INDEX sales_orders_customer_idx ON sales_orders (customer_id);
CREATE INDEX sales_orders_lead_idx ON sales_orders (lead_id);

-- The priced configuration's lines, the trim first.
CREATE TABLE sales_order_lines (
    order_id     UUID          NOT NULL REFERENCES sales_orders (id),
    position     INT           NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    code         VARCHAR(40)   NOT NULL,
    name_zh      VARCHAR(200)  NOT NULL,
    name_en      VARCHAR(200)  NOT NULL,
    msrp         NUMERIC(14,2) NOT NULL,
    dealer_price NUMERIC(14,2) NOT NULL,
    included_in  VARCHAR(40),
    PRIMARY KEY (order_id, position)
);

-- Every state the order reached, when and by whom: the progress page's steps.
CREATE TABLE sales_order_steps (
    id         UUID          NOT NULL PRIMARY KEY,
    order_id   UUID          NOT NULL REFERENCES sales_orders (id),
    status     VARCHAR(20)   NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(200)  NOT NULL,
    note       VARCHAR(500)
);
CREATE INDEX sales_order_steps_order_idx ON sales_order_steps (order_id, at);
