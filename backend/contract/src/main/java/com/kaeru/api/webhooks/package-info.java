/**
 * Outbound webhooks (Standard Webhooks): a shop's endpoints, their event filters and secrets, test
 * sends, the attempt log and replays. docs/webhooks.md describes what receivers get.
 */
package com.kaeru.api.webhooks;
