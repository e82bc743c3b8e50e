-- Weak matching (same name, city and model interest) compares lower(name): without an index
-- on that expression every resolution carrying a name read the whole customers table, which
-- a bulk import of a million leads cannot afford (nor can single capture at that size).
-- PostgreSQL only: H2 has no expression indexes, and the embedded database stays small.
CREATE INDEX customers_weak_match_idx ON customers (lower(name), city_code);
