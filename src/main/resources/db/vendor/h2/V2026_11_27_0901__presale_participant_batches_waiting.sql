-- Participants recorded but not yet handed over move into batches (one per campaign: the
-- embedded database holds a demo's few), so the handover finds them where it now looks;
-- rows recorded without the fields a lead needs (by hand) were only ever marked, and are
-- marked here. The same as PostgreSQL's, in H2's SQL/JSON functions.
INSERT INTO presale_participant_batches (campaign_id, people, recorded_at, participants)
SELECT campaign_id, count(*), CURRENT_TIMESTAMP,
       CAST(JSON_ARRAYAGG(JSON_ARRAY(person_key, outcome,
                                     FORMATDATETIME(attempted_at, 'yyyy-MM-dd''T''HH:mm:ss.SSSSSSXXX', 'en', 'UTC'),
                                     phone, name, configuration_code, city_code, consent_marketing, raw_payload
                                     NULL ON NULL)
                          ORDER BY attempted_at, person_key) AS VARCHAR)
  FROM presale_participants
 WHERE handed_over_at IS NULL AND phone IS NOT NULL
 GROUP BY campaign_id;
DELETE FROM presale_participants WHERE handed_over_at IS NULL AND phone IS NOT NULL;
UPDATE presale_participants SET handed_over_at = attempted_at WHERE handed_over_at IS NULL;
