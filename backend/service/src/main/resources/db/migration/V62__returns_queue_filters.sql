-- Counting the matches of a narrow filter in a large shop (see V60 and README "Speed"): a reason
-- on 4 % of the lines or one return method must not mean visiting every request of the shop.
-- The queue counts up to 10,000; below that every match is counted, so each filter needs a way to
-- its own rows.

-- Lines by reason and by resolution: a rare reason is found from the lines' side, then its requests.
create index return_line_reason_idx on return_line (shop_id, reason_code) include (return_id);
create index return_line_resolution_idx on return_line (shop_id, resolution) include (return_id);
-- Requests by return method and by status, newest first, with the id: a method or status combined
-- with a reason or resolution is counted from the indexes alone (replaces V4's status index).
create index return_request_method_idx on return_request (shop_id, return_method, created_at desc) include (id);
create index return_request_status_cover_idx on return_request (shop_id, status, created_at desc) include (id);
drop index return_request_status_idx;

-- Search by name or order number: one index-only pass over the shop's orders (id, number, name)
-- instead of their wide rows spread over the whole table, then the matching orders' requests from
-- an index that also holds what the page sorts on, so even a common surname in a large shop never
-- visits a table row.
create index customer_order_search_idx on customer_order (shop_id) include (id, order_number, customer_name);
create index return_request_order_cover_idx on return_request (order_id) include (shop_id, created_at, id);
drop index return_request_order_idx;
