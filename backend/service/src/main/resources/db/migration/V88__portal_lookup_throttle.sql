-- Counters of the portal's order lookup (returns.application.LookupThrottle). They used to live in
-- a map in each instance's heap, keyed by the raw shop slug from the URL, so random slugs filled
-- the heap and every instance counted on its own. Here they are shared by all instances, and a
-- key exists only for a shop that exists (the slug is resolved first):
--   'c:<shop id>:<client>'        every attempt from one client (an IPv4 address or an IPv6 /64)
--                                  in a fixed window;
--   'o:<shop id>:<order number>'  failed attempts on one order number, with a short lockout
--                                  that doubles each time it is earned again.
-- UNLOGGED: a crash empties the table, which only forgives some counts; writing it costs no WAL.
-- No shop's data lives here (keys, counts and times only), so there is no row-level policy; the
-- lookup reads and writes it before it may see any shop's orders.
create unlogged table portal_lookup_throttle (
    key          varchar(120) primary key,
    window_start timestamptz  not null,
    attempts     integer      not null check (attempts >= 0),
    lockouts     integer      not null default 0 check (lockouts >= 0),
    locked_until timestamptz,
    -- When the row may be deleted: its window and lockout are over and its backoff is forgotten.
    expires_at   timestamptz  not null
);
create index portal_lookup_throttle_expiry_idx on portal_lookup_throttle (expires_at);

grant select, insert, update, delete on portal_lookup_throttle to ${appRole};
