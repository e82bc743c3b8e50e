-- An order can be placed from an issued quote: it takes the quote's configuration and
-- discount (its total is the quote's invoice price), and the quote becomes ORDERED. Each
-- side names the other; a quote is ordered once.
ALTER TABLE sales_orders ADD COLUMN quote_id UUID;
ALTER TABLE sales_orders ADD CONSTRAINT sales_orders_quote UNIQUE (quote_id);
ALTER TABLE sales_quotes ADD COLUMN order_id UUID;
ALTER TABLE sales_quotes ADD CONSTRAINT sales_quotes_order UNIQUE (order_id);
