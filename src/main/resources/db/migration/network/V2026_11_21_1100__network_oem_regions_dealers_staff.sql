-- Dealer network: OEM -> region -> dealer -> staff.
CREATE TABLE oems (
    id         UUID         NOT NULL PRIMARY KEY,
    code       VARCHAR(20)  NOT NULL UNIQUE,
    name_zh    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE regions (
    id         UUID         NOT NULL PRIMARY KEY,
    oem_id     UUID         NOT NULL REFERENCES oems (id),
    code       VARCHAR(20)  NOT NULL UNIQUE,
    name_zh    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    version    BIGINT       NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE dealers (
    id            UUID          NOT NULL PRIMARY KEY,
    oem_id        UUID          NOT NULL REFERENCES oems (id),
    region_id     UUID          NOT NULL REFERENCES regions (id),
    code          VARCHAR(20)   NOT NULL UNIQUE,
    name_zh       VARCHAR(100)  NOT NULL,
    name_en       VARCHAR(100)  NOT NULL,
    address       VARCHAR(300)  NOT NULL,
    city_code     CHAR(6)       NOT NULL,
    latitude      NUMERIC(9, 6) NOT NULL,
    longitude     NUMERIC(9, 6) NOT NULL,
    phone         VARCHAR(16)   NOT NULL,
    -- e.g. MONDAY=09:00-18:00,TUESDAY=09:00-18:00 (see OpeningHours)
    opening_hours VARCHAR(400)  NOT NULL,
    -- comma-separated brand names
    brands        VARCHAR(400)  NOT NULL,
    workshop_bays INT           NOT NULL CHECK (workshop_bays >= 0),
    status        VARCHAR(20)   NOT NULL,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dealers_region_idx ON dealers (region_id);
CREATE INDEX dealers_city_idx ON dealers (city_code);

CREATE TABLE staff (
    id         UUID         NOT NULL PRIMARY KEY,
    dealer_id  UUID         NOT NULL REFERENCES dealers (id),
    name       VARCHAR(100) NOT NULL,
    phone      VARCHAR(16)  NOT NULL,
    email      VARCHAR(254),
    -- comma-separated kernel Role names (dealer roles only)
    roles      VARCHAR(200) NOT NULL,
    active     BOOLEAN      NOT NULL,
    version    BIGINT       NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX staff_dealer_idx ON staff (dealer_id);
