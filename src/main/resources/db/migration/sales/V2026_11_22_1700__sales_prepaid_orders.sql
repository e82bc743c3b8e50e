-- Orders another module places for its own record once the buyer has paid there, e.g. a
-- presale reservation: the source and its record identify the order, so a repeated call
-- (an event delivered twice, two instances racing) never places a second one.
ALTER TABLE sales_orders ADD COLUMN source VARCHAR(40);
ALTER TABLE sales_orders ADD COLUMN source_reference UUID;
ALTER TABLE sales_orders ADD CONSTRAINT sales_orders_source UNIQUE (source, source_reference);
ALTER TABLE sales_orders ADD CONSTRAINT sales_orders_source_pair
    CHECK ((source IS NULL AND source_reference IS NULL) OR (source IS NOT NULL AND source_reference IS NOT NULL));

-- A payment is the deposit of one order at most (a prepaid order's payment is not
-- referenced by the order, so nothing else would stop two orders sharing it).
ALTER TABLE sales_orders ADD CONSTRAINT sales_orders_deposit_payment UNIQUE (deposit_payment_id);
