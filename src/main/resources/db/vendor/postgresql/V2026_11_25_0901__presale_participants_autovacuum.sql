-- The handover marks every participant row once, a launch's worth within minutes: each
-- mark leaves a dead entry in the handover index that the next handover's scan steps
-- over until the table is vacuumed. Vacuum and analyze it after 2% of its rows changed
-- instead of PostgreSQL's default 20%.
ALTER TABLE presale_participants SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
