"""The shared register's schema on PostgreSQL, as numbered SQL files applied in order, each in the same
transaction as the row that records it in ``schema_migrations`` (so a migration is applied whole or not at
all, and two servers starting at once apply it once: the first holds an advisory lock)."""
