-- Lead channels that push leads over signed webhooks (Autohome, Yiche, Douyin, Tencent ads, ...),
-- configured by HQ as data. No rows ship with the schema: a channel's secret must never be
-- published, so the demo channels come from the demo seeder, which production never runs.
CREATE TABLE lead_channels (
    -- the path segment of the webhook URL and the lead's channel, e.g. 'autohome'
    code                  VARCHAR(40)  NOT NULL PRIMARY KEY,
    display_name          VARCHAR(100) NOT NULL,
    active                BOOLEAN      NOT NULL,
    -- the HMAC-SHA256 key the channel signs with; it must be readable to verify a signature,
    -- so it is encrypted (AES-256-GCM under forecourt.privacy.encryption-key), not hashed
    secret_encrypted      VARCHAR(200) NOT NULL,
    -- the secret's first characters, enough to tell two secrets apart in the console
    secret_hint           VARCHAR(20)  NOT NULL,
    secret_rotated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- how far a request's signed timestamp may be from the server clock, either way
    replay_window_seconds INT          NOT NULL,
    -- JSON: which part of the channel's payload becomes which field of a lead
    field_mapping         TEXT         NOT NULL,
    -- seeded with a published secret: production refuses to start while one exists
    demo                  BOOLEAN      NOT NULL,
    version               BIGINT       NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lead_channels_replay_window CHECK (replay_window_seconds BETWEEN 30 AND 3600)
);

-- Nonces of accepted deliveries, per channel: a second delivery with the same nonce is a
-- replay. Written in the same transaction as the lead, so a delivery that is refused leaves
-- none, and the primary key lets exactly one of two concurrent deliveries of a nonce in.
-- Kept for twice the longest replay window, then purged.
CREATE TABLE lead_channel_nonces (
    channel_code VARCHAR(40)  NOT NULL,
    nonce        VARCHAR(128) NOT NULL,
    lead_id      UUID         NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (channel_code, nonce)
);
CREATE INDEX lead_channel_nonces_received_idx ON lead_channel_nonces (received_at);
