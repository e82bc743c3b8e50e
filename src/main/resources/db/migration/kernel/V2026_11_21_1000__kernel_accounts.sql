-- Console users and API keys (see io.forecourt.kernel.security.Accounts).
-- region_id, dealer_id and staff_id point into the network module; no foreign keys cross modules.
CREATE TABLE user_account (
    id            UUID                     NOT NULL PRIMARY KEY,
    username      VARCHAR(60)              NOT NULL,
    display_name  VARCHAR(200)             NOT NULL,
    -- DelegatingPasswordEncoder format: {argon2}$argon2id$...
    password_hash VARCHAR(500)             NOT NULL,
    -- Comma-separated Role names, e.g. DEALER_MANAGER,SALES_CONSULTANT
    roles         VARCHAR(400)             NOT NULL,
    scope_level   VARCHAR(10)              NOT NULL,
    region_id     UUID,
    dealer_id     UUID,
    staff_id      UUID,
    enabled       BOOLEAN                  NOT NULL,
    demo          BOOLEAN                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT user_account_username_uq UNIQUE (username),
    CONSTRAINT user_account_scope_ck CHECK (scope_level IN ('ALL', 'REGION', 'DEALER', 'NONE'))
);

-- Opaque bearer keys. Only the SHA-256 of the secret is stored: keys are 240 random bits, so a
-- fast hash is enough and keeps the per-request lookup cheap.
-- An integrator key has its own role and scope. A personal token (role NULL) acts as its owner,
-- with the owner's current roles and scope, and stops working when the owner is disabled.
CREATE TABLE api_key (
    id            UUID                     NOT NULL PRIMARY KEY,
    label         VARCHAR(100)             NOT NULL,
    key_hash      CHAR(64)                 NOT NULL,
    key_prefix    VARCHAR(16)              NOT NULL,
    role          VARCHAR(40),
    scope_level   VARCHAR(10),
    region_id     UUID,
    dealer_id     UUID,
    owner_user_id UUID,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    demo          BOOLEAN                  NOT NULL,
    CONSTRAINT api_key_hash_uq UNIQUE (key_hash),
    CONSTRAINT api_key_owner_fk FOREIGN KEY (owner_user_id) REFERENCES user_account (id),
    CONSTRAINT api_key_role_or_owner_ck CHECK ((role IS NOT NULL AND scope_level IS NOT NULL)
        OR (role IS NULL AND scope_level IS NULL AND owner_user_id IS NOT NULL))
);
CREATE INDEX api_key_owner_idx ON api_key (owner_user_id);
