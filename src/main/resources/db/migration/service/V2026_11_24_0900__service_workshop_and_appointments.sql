-- Service center, part 1: each dealer's workshop (bays, technicians, the service types it
-- offers, its service rating), workshop appointments, and the holds that keep a bay or a
-- technician from being booked twice.

CREATE TABLE service_bays (
    id          UUID PRIMARY KEY,
    dealer_id   UUID NOT NULL,
    code        VARCHAR(20) NOT NULL,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    active      BOOLEAN NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_service_bays_code UNIQUE (dealer_id, code),
    CONSTRAINT ck_service_bays_kind CHECK (kind IN ('GENERAL', 'TYRE', 'EV', 'WASH'))
);

-- A technician is a workshop record; staff_id links the network's staff member when there
-- is one (the network has no technician role: technicians need no console sign-in).
-- skills: comma-separated Skill names.
CREATE TABLE service_technicians (
    id          UUID PRIMARY KEY,
    dealer_id   UUID NOT NULL,
    name        VARCHAR(100) NOT NULL,
    staff_id    UUID,
    skills      VARCHAR(300) NOT NULL,
    active      BOOLEAN NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_service_technicians_dealer ON service_technicians (dealer_id);

-- The service types a dealer offers, with the standard duration an appointment holds a
-- bay of the kind and a technician with the skill for. Routine maintenance carries its
-- interval (km and/or months).
CREATE TABLE service_types (
    dealer_id          UUID NOT NULL,
    code               VARCHAR(30) NOT NULL,
    category           VARCHAR(20) NOT NULL,
    name_zh            VARCHAR(100) NOT NULL,
    name_en            VARCHAR(100) NOT NULL,
    standard_minutes   INT NOT NULL,
    required_skill     VARCHAR(20) NOT NULL,
    required_bay_kind  VARCHAR(20) NOT NULL,
    interval_km        INT,
    interval_months    INT,
    active             BOOLEAN NOT NULL,
    version            BIGINT NOT NULL DEFAULT 0,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_service_types PRIMARY KEY (dealer_id, code),
    CONSTRAINT ck_service_types_category
        CHECK (category IN ('MAINTENANCE', 'REPAIR', 'TYRE', 'BATTERY_CHECK', 'PDI', 'RECALL')),
    CONSTRAINT ck_service_types_minutes
        CHECK (standard_minutes BETWEEN 15 AND 600 AND MOD(standard_minutes, 15) = 0),
    CONSTRAINT ck_service_types_bay_kind CHECK (required_bay_kind IN ('GENERAL', 'TYRE', 'EV', 'WASH')),
    CONSTRAINT ck_service_types_interval
        CHECK ((interval_km IS NULL OR interval_km > 0) AND (interval_months IS NULL OR interval_months > 0))
);

-- A dealer's service rating (1 to 5) as owners gave it; the satisfaction surveys feed it.
CREATE TABLE service_dealer_ratings (
    dealer_id   UUID PRIMARY KEY,
    rating      NUMERIC(3, 2) NOT NULL,
    reviews     INT NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(200) NOT NULL,
    CONSTRAINT ck_service_dealer_ratings CHECK (rating BETWEEN 1 AND 5 AND reviews >= 0)
);

CREATE TABLE service_appointments (
    id                      UUID PRIMARY KEY,
    dealer_id               UUID NOT NULL,
    service_type_code       VARCHAR(30) NOT NULL,
    bay_id                  UUID NOT NULL REFERENCES service_bays (id),
    technician_id           UUID NOT NULL REFERENCES service_technicians (id),
    customer_id             UUID NOT NULL,
    vin                     VARCHAR(17),
    plate                   VARCHAR(10),
    mileage_km              INT,
    contact_name            VARCHAR(100),
    phone_masked            VARCHAR(20),
    channel                 VARCHAR(20) NOT NULL,
    note                    VARCHAR(500),
    starts_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    status                  VARCHAR(20) NOT NULL,
    reminded_at             TIMESTAMP WITH TIME ZONE,
    day_before_reminded_at  TIMESTAMP WITH TIME ZONE,
    checked_in_at           TIMESTAMP WITH TIME ZONE,
    cancelled_at            TIMESTAMP WITH TIME ZONE,
    cancel_reason           VARCHAR(200),
    no_show_at              TIMESTAMP WITH TIME ZONE,
    booked_by               VARCHAR(200) NOT NULL,
    -- The Idempotency-Key the appointment was booked with, if any: a repeat returns it.
    request_key             VARCHAR(100),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT ck_service_appointments_status CHECK (status IN ('BOOKED', 'CHECKED_IN', 'CANCELLED', 'NO_SHOW')),
    CONSTRAINT ck_service_appointments_span CHECK (ends_at > starts_at),
    CONSTRAINT ck_service_appointments_vehicle CHECK (vin IS NOT NULL OR plate IS NOT NULL),
    CONSTRAINT uq_service_appointments_request UNIQUE (booked_by, request_key)
);

CREATE INDEX ix_service_appointments_dealer ON service_appointments (dealer_id, starts_at);
CREATE INDEX ix_service_appointments_due ON service_appointments (status, starts_at);
CREATE INDEX ix_service_appointments_customer ON service_appointments (customer_id);
CREATE INDEX ix_service_appointments_vin ON service_appointments (vin);

-- What makes overbooking impossible, whichever instance books: whatever occupies a bay or
-- a technician (an appointment; later a walk-in repair order) holds every 15-minute unit
-- it covers (unit = epoch seconds / 900), and the primary key lets one holder have a unit
-- of a bay or a technician. Cancelling, rescheduling and no-shows delete the holds.
CREATE TABLE service_holds (
    resource_kind  VARCHAR(12) NOT NULL,
    resource_id    UUID NOT NULL,
    unit_index     BIGINT NOT NULL,
    dealer_id      UUID NOT NULL,
    holder_kind    VARCHAR(20) NOT NULL,
    holder_id      UUID NOT NULL,
    CONSTRAINT pk_service_holds PRIMARY KEY (resource_kind, resource_id, unit_index),
    CONSTRAINT ck_service_holds_kind CHECK (resource_kind IN ('BAY', 'TECHNICIAN'))
);

CREATE INDEX ix_service_holds_holder ON service_holds (holder_kind, holder_id);
CREATE INDEX ix_service_holds_dealer ON service_holds (dealer_id, unit_index);
