-- The parts stock journal is append-only, as the audit trail is: refuse changes to written
-- movements, so on_hand can always be explained from them.
CREATE FUNCTION service_parts_movements_are_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'service_parts_movements is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER service_parts_movements_no_update_or_delete
    BEFORE UPDATE OR DELETE ON service_parts_movements
    FOR EACH ROW EXECUTE FUNCTION service_parts_movements_are_append_only();
