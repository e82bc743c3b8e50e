-- Dealer and in-transit stock by VIN, factory orders, and which car each order has.
-- Catalog codes (model, trim, colours) are stored as codes: the catalog owns their meaning.

-- One row per physical car the network holds or has on its way.
CREATE TABLE stock_vehicles (
    id                   UUID        NOT NULL PRIMARY KEY,
    -- canonical, check digit verified (GB 16735)
    vin                  VARCHAR(17) NOT NULL,
    -- the dealer holding it, or the one it is on its way to
    dealer_id            UUID        NOT NULL,
    model_code           VARCHAR(30) NOT NULL,
    trim_code            VARCHAR(30) NOT NULL,
    exterior_colour_code VARCHAR(30) NOT NULL,
    interior_colour_code VARCHAR(30) NOT NULL,
    -- decoded from VIN position 10 at registration; null when not a year code
    model_year           INT,
    -- IN_TRANSIT, IN_STOCK (free at the dealer), ALLOCATED (an order's, at the dealer or
    -- still on its way), DELIVERED, DEMO (the dealer's demo / test-drive car, not for sale)
    status               VARCHAR(20) NOT NULL,
    -- expected arrival while in transit (China date)
    eta                  DATE,
    -- null while in transit
    arrived_at           TIMESTAMP WITH TIME ZONE,
    -- the order the car is allocated to; unique: two orders never get one car
    order_id             UUID,
    -- the factory order the car was built for, if any
    factory_order_id     UUID,
    allocated_at         TIMESTAMP WITH TIME ZONE,
    delivered_at         TIMESTAMP WITH TIME ZONE,
    registered_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT      NOT NULL,
    CONSTRAINT stock_vehicles_vin UNIQUE (vin),
    CONSTRAINT stock_vehicles_order UNIQUE (order_id),
    CONSTRAINT stock_vehicles_status
        CHECK (status IN ('IN_TRANSIT', 'IN_STOCK', 'ALLOCATED', 'DELIVERED', 'DEMO')),
    -- an order's car is exactly an allocated or delivered one
    CONSTRAINT stock_vehicles_allocated
        CHECK ((status IN ('ALLOCATED', 'DELIVERED')) = (order_id IS NOT NULL)),
    CONSTRAINT stock_vehicles_arrival
        CHECK (status NOT IN ('IN_STOCK', 'DELIVERED', 'DEMO') OR arrived_at IS NOT NULL),
    CONSTRAINT stock_vehicles_transit CHECK (status <> 'IN_TRANSIT' OR arrived_at IS NULL)
);
-- Allocation looks for the dealer's free cars of one specification.
CREATE INDEX stock_vehicles_match_idx
    ON stock_vehicles (dealer_id, model_code, trim_code, exterior_colour_code, interior_colour_code, status);
CREATE INDEX stock_vehicles_dealer_idx ON stock_vehicles (dealer_id, status, arrived_at);

-- Cars asked of the factory for orders no stock matched.
CREATE TABLE factory_orders (
    id                   UUID        NOT NULL PRIMARY KEY,
    order_id             UUID        NOT NULL,
    dealer_id            UUID        NOT NULL,
    model_code           VARCHAR(30) NOT NULL,
    trim_code            VARCHAR(30) NOT NULL,
    exterior_colour_code VARCHAR(30) NOT NULL,
    interior_colour_code VARCHAR(30) NOT NULL,
    -- OPEN, FULFILLED (a car was shipped for it), CANCELLED (the order was)
    status               VARCHAR(20) NOT NULL,
    stock_vehicle_id     UUID REFERENCES stock_vehicles (id),
    raised_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at            TIMESTAMP WITH TIME ZONE,
    version              BIGINT      NOT NULL,
    CONSTRAINT factory_orders_status CHECK (status IN ('OPEN', 'FULFILLED', 'CANCELLED')),
    CONSTRAINT factory_orders_fulfilled CHECK ((status = 'FULFILLED') = (stock_vehicle_id IS NOT NULL))
);
CREATE INDEX factory_orders_order_idx ON factory_orders (order_id);
CREATE INDEX factory_orders_dealer_idx ON factory_orders (dealer_id, status, raised_at);

-- Each order's current allocation, keyed by the order: the row is the lock for everything
-- about that order's car (allocate, release, factory fulfilment), so concurrent calls for
-- one order serialise on it, and allocate() finds an earlier answer here.
CREATE TABLE stock_allocations (
    order_id             UUID        NOT NULL PRIMARY KEY,
    dealer_id            UUID        NOT NULL,
    model_code           VARCHAR(30) NOT NULL,
    trim_code            VARCHAR(30) NOT NULL,
    exterior_colour_code VARCHAR(30) NOT NULL,
    interior_colour_code VARCHAR(30) NOT NULL,
    -- PENDING only inside the transaction that creates the row
    status               VARCHAR(20) NOT NULL,
    stock_vehicle_id     UUID REFERENCES stock_vehicles (id),
    factory_order_id     UUID REFERENCES factory_orders (id),
    -- when the current status was reached
    changed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stock_allocations_vehicle UNIQUE (stock_vehicle_id),
    CONSTRAINT stock_allocations_status CHECK (status IN ('PENDING', 'ALLOCATED', 'FACTORY_ORDERED'))
);
