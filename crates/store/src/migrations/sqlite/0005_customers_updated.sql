-- Customers saved since a time (version 5): what changed since the customer index of a
-- delta re-screen was built (`crates/server/src/monitoring/delta.rs`).
CREATE INDEX customers_updated ON customers (updated);
