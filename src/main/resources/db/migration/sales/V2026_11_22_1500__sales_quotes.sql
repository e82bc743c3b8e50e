-- Quotes (报价): a priced configuration offered to a customer with discount, purchase tax,
-- registration and insurance estimates, trade-in and an optional finance plan. Amounts in
-- yuan, exact to the fen.

-- How much discount a dealer's consultants may give without their manager's approval:
-- both limits hold (an amount and a share of the MSRP). HQ sets them per dealer; a
-- dealer without a row gets the configured default.
CREATE TABLE sales_discount_limits (
    dealer_id   UUID          PRIMARY KEY,
    max_amount  NUMERIC(14,2) NOT NULL CHECK (max_amount >= 0),
    max_percent NUMERIC(5,2)  NOT NULL CHECK (max_percent >= 0 AND max_percent <= 100),
    updated_by  VARCHAR(200)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INTEGER       NOT NULL DEFAULT 0
);

CREATE TABLE sales_quotes (
    id                     UUID          PRIMARY KEY,
    number                 VARCHAR(20)   NOT NULL UNIQUE,
    dealer_id              UUID          NOT NULL,
    consultant_id          UUID,
    created_by             VARCHAR(200)  NOT NULL,
    customer_id            UUID,
    lead_id                UUID,
    configuration_code     VARCHAR(16)   NOT NULL,
    model_code             VARCHAR(40)   NOT NULL,
    trim_code              VARCHAR(40)   NOT NULL,
    vehicle_name_zh        VARCHAR(200)  NOT NULL,
    vehicle_name_en        VARCHAR(200)  NOT NULL,
    powertrain             VARCHAR(10)   NOT NULL,
    msrp                   NUMERIC(14,2) NOT NULL,
    discount               NUMERIC(14,2) NOT NULL CHECK (discount >= 0),
    discount_reason        VARCHAR(500),
    invoice_price          NUMERIC(14,2) NOT NULL,
    purchase_tax           NUMERIC(14,2) NOT NULL,
    purchase_tax_note      VARCHAR(1000) NOT NULL,
    registration_city      VARCHAR(6)    NOT NULL,
    registration_fee       NUMERIC(14,2) NOT NULL,
    seats                  INTEGER       NOT NULL,
    insurance              NUMERIC(14,2) NOT NULL,
    trade_in_allowance     NUMERIC(14,2) NOT NULL CHECK (trade_in_allowance >= 0),
    trade_in_description   VARCHAR(500),
    on_the_road_price      NUMERIC(14,2) NOT NULL,
    amount_due             NUMERIC(14,2) NOT NULL,
    finance_product        VARCHAR(30),
    finance_down_payment   NUMERIC(14,2),
    finance_term_months    INTEGER,
    finance_annual_rate    NUMERIC(7,4),
    finance_final_payment  NUMERIC(14,2),
    finance_fees           NUMERIC(14,2),
    finance_fee_treatment  VARCHAR(10),
    finance_first_payment  NUMERIC(14,2),
    finance_total_interest NUMERIC(14,2),
    status                 VARCHAR(20)   NOT NULL,
    decided_by             VARCHAR(200),
    decided_at             TIMESTAMP WITH TIME ZONE,
    decision_note          VARCHAR(2000),
    valid_until            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                INTEGER       NOT NULL DEFAULT 0
);

CREATE INDEX sales_quotes_dealer_status ON sales_quotes (dealer_id, status, created_at);
CREATE INDEX sales_quotes_customer ON sales_quotes (customer_id);
CREATE INDEX sales_quotes_lead ON sales_quotes (lead_id);
