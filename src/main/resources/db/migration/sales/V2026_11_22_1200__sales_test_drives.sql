-- Test drives: each dealer's fleet of test-drive cars, its slot length, consultants'
-- absences, the bookings, and the holds that keep a car or a consultant from being booked
-- twice.

CREATE TABLE test_drive_cars (
    id          UUID PRIMARY KEY,
    dealer_id   UUID NOT NULL,
    vin         VARCHAR(17) NOT NULL,
    model_code  VARCHAR(30) NOT NULL,
    trim_code   VARCHAR(40) NOT NULL,
    plate       VARCHAR(10),
    status      VARCHAR(20) NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_test_drive_cars_vin UNIQUE (vin),
    CONSTRAINT ck_test_drive_cars_status CHECK (status IN ('ACTIVE', 'MAINTENANCE', 'RETIRED'))
);

CREATE INDEX ix_test_drive_cars_dealer ON test_drive_cars (dealer_id, model_code, status);

-- A dealer without a row books slots of the default length.
CREATE TABLE test_drive_settings (
    dealer_id     UUID PRIMARY KEY,
    slot_minutes  INT NOT NULL,
    version       BIGINT NOT NULL DEFAULT 0,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(200) NOT NULL,
    CONSTRAINT ck_test_drive_settings_slot CHECK (slot_minutes BETWEEN 15 AND 240 AND MOD(slot_minutes, 15) = 0)
);

-- A consultant off work (a day off, leave, training): not bookable in between.
CREATE TABLE test_drive_absences (
    id           UUID PRIMARY KEY,
    dealer_id    UUID NOT NULL,
    staff_id     UUID NOT NULL,
    starts_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reason       VARCHAR(200),
    recorded_by  VARCHAR(200) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_test_drive_absences_span CHECK (ends_at > starts_at)
);

CREATE INDEX ix_test_drive_absences_dealer ON test_drive_absences (dealer_id, ends_at);

CREATE TABLE test_drive_bookings (
    id                      UUID PRIMARY KEY,
    dealer_id               UUID NOT NULL,
    car_id                  UUID NOT NULL REFERENCES test_drive_cars (id),
    consultant_id           UUID NOT NULL,
    customer_id             UUID NOT NULL,
    lead_id                 UUID,
    model_code              VARCHAR(30) NOT NULL,
    trim_code               VARCHAR(40) NOT NULL,
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
    completed_at            TIMESTAMP WITH TIME ZONE,
    cancelled_at            TIMESTAMP WITH TIME ZONE,
    cancel_reason           VARCHAR(200),
    no_show_at              TIMESTAMP WITH TIME ZONE,
    rating                  INT,
    interest                VARCHAR(10),
    comments                VARCHAR(2000),
    suggested_grade         VARCHAR(1),
    booked_by               VARCHAR(200) NOT NULL,
    -- The Idempotency-Key the booking was made with, if any: a repeat returns this one.
    request_key             VARCHAR(100),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT ck_test_drive_bookings_status
        CHECK (status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    CONSTRAINT ck_test_drive_bookings_span CHECK (ends_at > starts_at),
    CONSTRAINT ck_test_drive_bookings_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    CONSTRAINT uq_test_drive_bookings_request UNIQUE (booked_by, request_key)
);

CREATE INDEX ix_test_drive_bookings_dealer ON test_drive_bookings (dealer_id, starts_at);
CREATE INDEX ix_test_drive_bookings_due ON test_drive_bookings (status, starts_at);
CREATE INDEX ix_test_drive_bookings_customer ON test_drive_bookings (customer_id);

-- What makes double booking impossible, whichever instance books: a booking holds every
-- 15-minute unit it covers (unit = epoch seconds / 900) for its car and for its
-- consultant, and the primary key lets only one booking hold a unit of a car or a
-- consultant. Slot lengths are multiples of the unit, so a dealer that changes its slot
-- length still cannot overlap an old booking. Cancelling or rescheduling deletes the
-- holds.
CREATE TABLE test_drive_holds (
    resource_kind  VARCHAR(12) NOT NULL,
    resource_id    UUID NOT NULL,
    unit_index     BIGINT NOT NULL,
    booking_id     UUID NOT NULL REFERENCES test_drive_bookings (id),
    CONSTRAINT pk_test_drive_holds PRIMARY KEY (resource_kind, resource_id, unit_index),
    CONSTRAINT ck_test_drive_holds_kind CHECK (resource_kind IN ('CAR', 'CONSULTANT'))
);

CREATE INDEX ix_test_drive_holds_booking ON test_drive_holds (booking_id);
