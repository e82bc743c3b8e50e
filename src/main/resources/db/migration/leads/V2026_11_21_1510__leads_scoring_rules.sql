-- Lead scoring: rules and grade thresholds HQ maintains as data (issue 4, grading).
-- The defaults below are product configuration, so they ship with the schema.
CREATE TABLE lead_scoring_rules (
    -- a stable key, quoted in every lead's grade explanation
    id          VARCHAR(60)  NOT NULL PRIMARY KEY,
    -- PURCHASE_TIME, TEST_DRIVE, BUDGET, MODEL, CHANNEL, ACTIVITY
    factor      VARCHAR(20)  NOT NULL,
    -- what the rule matches: a timeframe name, 'true'/'false', a minimum budget in yuan,
    -- a model name (case-insensitive), a channel name or a minimum activity count
    match_value VARCHAR(100) NOT NULL,
    points      INT          NOT NULL,
    description VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lead_scoring_rules_factor
        CHECK (factor IN ('PURCHASE_TIME', 'TEST_DRIVE', 'BUDGET', 'MODEL', 'CHANNEL', 'ACTIVITY'))
);

CREATE TABLE lead_grade_thresholds (
    grade     CHAR(1) NOT NULL PRIMARY KEY,
    -- the lowest score that still earns this grade
    min_score INT     NOT NULL,
    CONSTRAINT lead_grade_thresholds_grade CHECK (grade IN ('H', 'A', 'B', 'C'))
);

INSERT INTO lead_scoring_rules (id, factor, match_value, points, description, active, version, updated_at) VALUES
    ('purchase-within-7-days',  'PURCHASE_TIME', 'WITHIN_7_DAYS',  50, 'Buys within 7 days',         TRUE, 0, CURRENT_TIMESTAMP),
    ('purchase-within-15-days', 'PURCHASE_TIME', 'WITHIN_15_DAYS', 35, 'Buys within 15 days',        TRUE, 0, CURRENT_TIMESTAMP),
    ('purchase-within-30-days', 'PURCHASE_TIME', 'WITHIN_30_DAYS', 20, 'Buys within 30 days',        TRUE, 0, CURRENT_TIMESTAMP),
    ('purchase-later',          'PURCHASE_TIME', 'LATER',           5, 'Buys later',                 TRUE, 0, CURRENT_TIMESTAMP),
    ('test-drive-requested',    'TEST_DRIVE',    'true',           20, 'Asked for a test drive',     TRUE, 0, CURRENT_TIMESTAMP),
    ('budget-150k',             'BUDGET',        '150000',         10, 'Budget of 150,000 yuan or more', TRUE, 0, CURRENT_TIMESTAMP),
    ('budget-300k',             'BUDGET',        '300000',         15, 'Budget of 300,000 yuan or more', TRUE, 0, CURRENT_TIMESTAMP),
    ('channel-presale',         'CHANNEL',       'presale',        15, 'Pre-sale event lead',        TRUE, 0, CURRENT_TIMESTAMP),
    ('channel-brand-app',       'CHANNEL',       'brand-app',      10, 'Brand app lead',             TRUE, 0, CURRENT_TIMESTAMP),
    ('channel-autohome',        'CHANNEL',       'autohome',        5, 'Autohome lead',              TRUE, 0, CURRENT_TIMESTAMP),
    ('channel-douyin',          'CHANNEL',       'douyin',          0, 'Douyin lead',                TRUE, 0, CURRENT_TIMESTAMP),
    ('channel-unknown',         'CHANNEL',       'unknown',        -5, 'Channel unknown',            TRUE, 0, CURRENT_TIMESTAMP),
    ('activity-3',              'ACTIVITY',      '3',              10, '3 or more recent interactions', TRUE, 0, CURRENT_TIMESTAMP),
    ('activity-1',              'ACTIVITY',      '1',               5, 'A recent interaction',       TRUE, 0, CURRENT_TIMESTAMP);

INSERT INTO lead_grade_thresholds (grade, min_score) VALUES
    ('H', 70),
    ('A', 50),
    ('B', 30),
    ('C', -1000);
