-- Presale participants the lead center has captured (channel presale): one row per
-- campaign and phone, written in the transaction that writes their leads, so that a
-- PresaleParticipantsJoined delivered again (the outbox redelivers after a crash) captures
-- nobody twice. The presale module names each person once per campaign.
CREATE TABLE lead_presale_participants (
    campaign_id UUID         NOT NULL,
    -- the phone in E.164, or as given (cut at 60 characters) when it is not valid
    phone_key   VARCHAR(60)  NOT NULL,
    -- the lead the participant became or was attached to as a source
    lead_id     UUID         NOT NULL,
    outcome     VARCHAR(30)  NOT NULL,
    captured_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (campaign_id, phone_key)
);
CREATE INDEX lead_presale_participants_lead_idx ON lead_presale_participants (lead_id);
