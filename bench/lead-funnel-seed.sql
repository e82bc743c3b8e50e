-- 1,000,000 leads captured through 2026 (one every 31.5 s) across the demo network's 14 dealers,
-- their consultants, 8 channels and 5 models, with funnel stages stamped as follow-ups and sales
-- would leave them (about 88% valid, 66% contacted, 31% store visit, 19% test drive, 8% order,
-- 3.5% delivery), a 300-character raw payload like a channel's, and 15% of them with a
-- duplicate arrival. Run after Forecourt has seeded the demo network (bench/lead-funnel.sh).
CREATE TEMP TABLE d AS SELECT id, (row_number() over (order by code) - 1)::int AS n FROM dealers;
CREATE TEMP TABLE c AS SELECT id, dealer_id, (row_number() over (partition by dealer_id order by name) - 1)::int AS n FROM staff WHERE roles LIKE '%SALES_CONSULTANT%';
INSERT INTO leads (id, dealer_id, consultant_id, brand, channel, phone_valid, status, model_of_interest, purchase_timeframe,
  test_drive_requested, consent_marketing, grade_explanation, raw_payload, captured_at, updated_at, version, contacted_at, visited_at, test_driven_at, ordered_at, delivered_at)
SELECT gen_random_uuid(), CASE WHEN r1 < 0.05 THEN NULL ELSE d.id END, CASE WHEN r1 < 0.1 THEN NULL ELSE c.id END, 'huaxia',
  (ARRAY['autohome','yiche','douyin','brand-app','presale','tencent-ads','web','walk-in'])[1 + i % 8], true,
  CASE WHEN r2 < 0.06 THEN 'INVALID' WHEN r2 < 0.12 THEN 'JUNK' WHEN r2 < 0.5 THEN 'CONTACTED' WHEN r2 < 0.7 THEN 'ASSIGNED' ELSE 'DEFEATED' END,
  (ARRAY['Huaxia EV7','Huaxia X9','Huaxia S5','Huaxia M3','Aurora'])[1 + (i/7) % 5], 'WITHIN_30_DAYS', true, true,
  'purchase-within-30-days +20; test-drive +20', repeat('x', 300), ts, ts, 0,
  CASE WHEN r2 >= 0.12 AND r3 < 0.75 THEN ts + interval '1 hour' END,
  CASE WHEN r2 >= 0.12 AND r3 < 0.35 THEN ts + interval '3 day' END,
  CASE WHEN r2 >= 0.12 AND r3 < 0.22 THEN ts + interval '4 day' END,
  CASE WHEN r2 >= 0.12 AND r3 < 0.09 THEN ts + interval '10 day' END,
  CASE WHEN r2 >= 0.12 AND r3 < 0.04 THEN ts + interval '20 day' END
FROM (SELECT i, random() r1, random() r2, random() r3, timestamptz '2026-01-01 00:00+08' + (i * interval '31.5 seconds') ts FROM generate_series(0, 999999) i) g
JOIN d ON d.n = g.i % 14 LEFT JOIN c ON c.dealer_id = d.id AND c.n = (g.i / 14) % 2;
INSERT INTO lead_sources (id, lead_id, channel, captured_at) SELECT gen_random_uuid(), id, channel, captured_at FROM leads WHERE raw_payload IS NOT NULL;
INSERT INTO lead_sources (id, lead_id, channel, captured_at) SELECT gen_random_uuid(), id, 'douyin', captured_at + interval '1 day' FROM leads WHERE raw_payload IS NOT NULL AND random() < 0.15;
VACUUM ANALYZE leads; VACUUM ANALYZE lead_sources;
