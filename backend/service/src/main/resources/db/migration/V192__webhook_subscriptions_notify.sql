-- Issue 14: WebhookConsumer caches per shop which event types enabled endpoints subscribe to
-- (ShopConfigCache); a change of an endpoint's types or switch, or a new or removed endpoint, notifies
-- kaeru_shop_config (V190). Lease updates (every tick) do not.
create trigger webhook_endpoint_config_changed
    after insert or delete or update of event_types, enabled, shop_id on webhook_endpoint
    for each row execute function notify_shop_config_of_row();
