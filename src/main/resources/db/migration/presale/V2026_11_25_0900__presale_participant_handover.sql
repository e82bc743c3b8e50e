-- A participant's row now carries what the lead center needs of them until it is handed
-- over: the reservation path's only write for a refused attempt is this row (a plain
-- multi-row insert, group-committed), and the handover publishes waiting rows in large
-- batches (one event per few hundred people) and then clears these columns, so the
-- presale keeps no personal data of people who only took part.
ALTER TABLE presale_participants ADD COLUMN phone VARCHAR(60);
ALTER TABLE presale_participants ADD COLUMN name VARCHAR(100);
ALTER TABLE presale_participants ADD COLUMN configuration_code VARCHAR(60);
ALTER TABLE presale_participants ADD COLUMN city_code VARCHAR(12);
ALTER TABLE presale_participants ADD COLUMN consent_marketing BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE presale_participants ADD COLUMN raw_payload VARCHAR(4000);
-- NULL: waiting to be handed over. Rows recorded before this column were handed over
-- when recorded (their event was published in the same transaction).
ALTER TABLE presale_participants ADD COLUMN handed_over_at TIMESTAMP WITH TIME ZONE;
UPDATE presale_participants SET handed_over_at = attempted_at;
CREATE INDEX presale_participants_handover_idx ON presale_participants (handed_over_at, attempted_at);
