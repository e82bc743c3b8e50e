-- Service center, repair orders (透明车间): the order opened from a checked-in appointment
-- or a walk-in, its job lines (labour and parts, priced, approved or proposed to the owner),
-- every step it went through with who moved it, each dealer's labour rate, and each
-- vehicle's service history written at delivery (docs/service-repairs.md).

-- A dealer's labour rate (yuan per standard hour); dealers without a row use the default.
CREATE TABLE service_labour_rates (
    dealer_id    UUID PRIMARY KEY,
    hourly_rate  NUMERIC(14, 2) NOT NULL,
    set_by       VARCHAR(200) NOT NULL,
    set_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_service_labour_rates CHECK (hourly_rate >= 0)
);

CREATE TABLE service_repair_orders (
    id                 UUID PRIMARY KEY,
    dealer_id          UUID NOT NULL,
    customer_id        UUID NOT NULL,
    -- one repair order per appointment: what makes opening from it idempotent
    appointment_id     UUID UNIQUE,
    service_type_code  VARCHAR(40),
    vin                VARCHAR(17),
    plate              VARCHAR(20),
    mileage_km         INTEGER,
    bay_id             UUID,
    technician_id      UUID,
    owner_first_name   VARCHAR(50),
    step               VARCHAR(30) NOT NULL,
    step_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    -- 192 random bits, base64url: the owner's link to the progress page
    progress_token     VARCHAR(32) NOT NULL UNIQUE,
    opened_by          VARCHAR(200) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT ck_service_repair_orders_step CHECK (step IN ('RECEPTION', 'INSPECTION', 'WAITING_FOR_APPROVAL',
        'IN_REPAIR', 'QUALITY_CHECK', 'WASHING', 'READY_FOR_PICKUP', 'DELIVERED', 'CANCELLED')),
    CONSTRAINT ck_service_repair_orders_vehicle CHECK (vin IS NOT NULL OR plate IS NOT NULL)
);

CREATE INDEX ix_service_repair_orders_board ON service_repair_orders (dealer_id, step);
CREATE INDEX ix_service_repair_orders_customer ON service_repair_orders (customer_id);

-- Job lines: LABOUR (quantity = standard hours) or PART (quantity = pieces of part_number);
-- only APPROVED lines are charged.
CREATE TABLE service_repair_order_lines (
    id               UUID PRIMARY KEY,
    repair_order_id  UUID NOT NULL REFERENCES service_repair_orders (id),
    line_no          INTEGER NOT NULL,
    kind             VARCHAR(10) NOT NULL,
    description      VARCHAR(200) NOT NULL,
    part_number      VARCHAR(30),
    quantity         NUMERIC(10, 2) NOT NULL,
    unit_price       NUMERIC(14, 2) NOT NULL,
    amount           NUMERIC(14, 2) NOT NULL,
    status           VARCHAR(10) NOT NULL,
    extra            BOOLEAN NOT NULL,
    added_by         VARCHAR(200) NOT NULL,
    added_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    decided_by       VARCHAR(200),
    decided_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_service_repair_order_lines UNIQUE (repair_order_id, line_no),
    CONSTRAINT ck_service_repair_order_lines_kind CHECK (kind IN ('LABOUR', 'PART')),
    CONSTRAINT ck_service_repair_order_lines_status CHECK (status IN ('PROPOSED', 'APPROVED', 'DECLINED')),
    CONSTRAINT ck_service_repair_order_lines_part CHECK ((kind = 'PART') = (part_number IS NOT NULL)),
    CONSTRAINT ck_service_repair_order_lines_money CHECK (quantity > 0 AND unit_price >= 0 AND amount >= 0)
);

-- Every step a repair order reached: when and who moved it there.
CREATE TABLE service_repair_order_steps (
    repair_order_id  UUID NOT NULL REFERENCES service_repair_orders (id),
    seq              INTEGER NOT NULL,
    step             VARCHAR(30) NOT NULL,
    moved_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    moved_by         VARCHAR(200) NOT NULL,
    CONSTRAINT pk_service_repair_order_steps PRIMARY KEY (repair_order_id, seq)
);

-- A vehicle's service visits, written when its repair order is delivered.
CREATE TABLE service_history (
    repair_order_id  UUID PRIMARY KEY REFERENCES service_repair_orders (id),
    vin              VARCHAR(17),
    plate            VARCHAR(20),
    dealer_id        UUID NOT NULL,
    service_date     DATE NOT NULL,
    mileage_km       INTEGER,
    work             VARCHAR(4000) NOT NULL,
    total            NUMERIC(14, 2) NOT NULL,
    delivered_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_service_history_vin ON service_history (vin, delivered_at);
