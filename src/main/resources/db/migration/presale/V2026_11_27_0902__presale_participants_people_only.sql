-- presale_participants now holds each person of a campaign once, with their first answer,
-- written by the handover as it gives them to the lead center: the personal fields it
-- carried while a participant waited, and the index that found the waiting, are gone
-- (waiting participants are in presale_participant_batches).
DROP INDEX presale_participants_handover_idx;
ALTER TABLE presale_participants DROP COLUMN phone;
ALTER TABLE presale_participants DROP COLUMN name;
ALTER TABLE presale_participants DROP COLUMN city_code;
ALTER TABLE presale_participants DROP COLUMN raw_payload;
ALTER TABLE presale_participants ALTER COLUMN handed_over_at SET NOT NULL;
