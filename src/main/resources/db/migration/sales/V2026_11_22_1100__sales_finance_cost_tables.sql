-- Quote cost tables HQ maintains as data (issue 5, sales.finance): vehicle purchase tax
-- rules, registration fee estimates by city and insurance estimates by seat count. Each
-- row is valid from a day to a day (both inclusive; no end = until further notice), so
-- next year's rule is a new row, not a code change. Percentages are stored as percent
-- (10.0000 = 10%), money as yuan with two decimals.

-- Rows a change locks (SELECT ... FOR UPDATE) while it checks that validity periods do
-- not overlap, so two HQ users cannot add overlapping rows at once on any instance.
CREATE TABLE sales_finance_table_locks (
    name VARCHAR(40) NOT NULL PRIMARY KEY
);
INSERT INTO sales_finance_table_locks (name) VALUES ('purchase-tax'), ('registration'), ('insurance');

-- 车辆购置税: rate × taxable price, where the taxable price is the invoice price without
-- VAT (price / (1 + VAT rate)). New-energy vehicles get the relief of the row in force on
-- the purchase day: EXEMPT (免征) or HALF (减半), capped per vehicle.
CREATE TABLE sales_purchase_tax_rules (
    id                UUID          NOT NULL PRIMARY KEY,
    valid_from        DATE          NOT NULL,
    valid_to          DATE,
    tax_rate_percent  NUMERIC(7, 4) NOT NULL,
    vat_rate_percent  NUMERIC(7, 4) NOT NULL,
    nev_relief        VARCHAR(10)   NOT NULL,
    -- the most tax relieved per vehicle; NULL when the relief is uncapped
    nev_relief_cap    NUMERIC(14, 2),
    legal_basis       VARCHAR(200)  NOT NULL,
    version           BIGINT        NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sales_purchase_tax_rules_relief CHECK (nev_relief IN ('NONE', 'EXEMPT', 'HALF')),
    CONSTRAINT sales_purchase_tax_rules_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

-- 财政部 税务总局 工业和信息化部公告2022年第27号 (2023: NEV exempt, no cap) and
-- 公告2023年第10号 关于延续和优化新能源汽车车辆购置税减免政策的公告 (2024–2025: exempt,
-- at most 30,000 yuan per new-energy passenger car; 2026–2027: halved, at most 15,000
-- yuan). From 2028 no relief is announced: the full 10% of 车辆购置税法 applies.
INSERT INTO sales_purchase_tax_rules (id, valid_from, valid_to, tax_rate_percent, vat_rate_percent, nev_relief,
        nev_relief_cap, legal_basis, version, updated_at) VALUES
    ('5a1e0000-0000-4000-8000-000000002023', DATE '2023-01-01', DATE '2023-12-31', 10, 13, 'EXEMPT', NULL,
        '财政部 税务总局 工业和信息化部公告2022年第27号', 0, CURRENT_TIMESTAMP),
    ('5a1e0000-0000-4000-8000-000000002024', DATE '2024-01-01', DATE '2025-12-31', 10, 13, 'EXEMPT', 30000.00,
        '财政部 税务总局 工业和信息化部公告2023年第10号', 0, CURRENT_TIMESTAMP),
    ('5a1e0000-0000-4000-8000-000000002026', DATE '2026-01-01', DATE '2027-12-31', 10, 13, 'HALF', 15000.00,
        '财政部 税务总局 工业和信息化部公告2023年第10号', 0, CURRENT_TIMESTAMP),
    ('5a1e0000-0000-4000-8000-000000002028', DATE '2028-01-01', NULL, 10, 13, 'NONE', NULL,
        '中华人民共和国车辆购置税法 第四条', 0, CURRENT_TIMESTAMP);

-- 上牌 estimate: plates, licence and registration certificate plus the usual agency
-- service. A row without a city is the default; a city's row overrides it.
CREATE TABLE sales_registration_fees (
    id          UUID          NOT NULL PRIMARY KEY,
    city_code   CHAR(6),
    amount      NUMERIC(14, 2) NOT NULL,
    description VARCHAR(200)  NOT NULL,
    valid_from  DATE          NOT NULL,
    valid_to    DATE,
    version     BIGINT        NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sales_registration_fees_amount CHECK (amount >= 0),
    CONSTRAINT sales_registration_fees_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

INSERT INTO sales_registration_fees (id, city_code, amount, description, valid_from, valid_to, version,
        updated_at) VALUES
    ('5a1e0000-0000-4000-8000-000000100000', NULL, 500.00,
        'Default: plates, licence, certificate and agency service', DATE '2024-01-01', NULL, 0, CURRENT_TIMESTAMP),
    ('5a1e0000-0000-4000-8000-000000110100', '110100', 800.00,
        'Beijing: agency service costs more (the plate quota is not a fee)', DATE '2024-01-01', NULL, 0,
        CURRENT_TIMESTAMP),
    ('5a1e0000-0000-4000-8000-000000440300', '440300', 700.00, 'Shenzhen', DATE '2024-01-01', NULL, 0,
        CURRENT_TIMESTAMP);

-- Insurance estimate by seat band: 交强险 (compulsory traffic insurance, first year: 950
-- yuan for a family car under 6 seats, 1,100 for 6 seats or more) plus a commercial
-- estimate of base + a percentage of the vehicle price.
CREATE TABLE sales_insurance_rates (
    id                       UUID          NOT NULL PRIMARY KEY,
    min_seats                INT           NOT NULL,
    max_seats                INT           NOT NULL,
    compulsory_premium       NUMERIC(14, 2) NOT NULL,
    commercial_base          NUMERIC(14, 2) NOT NULL,
    commercial_rate_percent  NUMERIC(7, 4) NOT NULL,
    description              VARCHAR(200)  NOT NULL,
    valid_from               DATE          NOT NULL,
    valid_to                 DATE,
    version                  BIGINT        NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sales_insurance_rates_seats CHECK (min_seats >= 1 AND max_seats >= min_seats),
    CONSTRAINT sales_insurance_rates_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

INSERT INTO sales_insurance_rates (id, min_seats, max_seats, compulsory_premium, commercial_base,
        commercial_rate_percent, description, valid_from, valid_to, version, updated_at) VALUES
    ('5a1e0000-0000-4000-8000-000000200001', 1, 5, 950.00, 1100.00, 1.5000,
        'Family car under 6 seats', DATE '2024-01-01', NULL, 0, CURRENT_TIMESTAMP),
    ('5a1e0000-0000-4000-8000-000000200006', 6, 9, 1100.00, 1300.00, 1.5000,
        'Family car of 6 to 9 seats', DATE '2024-01-01', NULL, 0, CURRENT_TIMESTAMP);
