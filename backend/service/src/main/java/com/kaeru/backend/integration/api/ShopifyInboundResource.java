package com.kaeru.backend.integration.api;

import com.kaeru.api.integration.ShopifyInboundApi;
import com.kaeru.api.integration.ShopifySecret;
import com.kaeru.backend.integration.application.ShopifyInboundService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

@RequestScoped
public class ShopifyInboundResource implements ShopifyInboundApi {
    @Inject
    ShopifyInboundService service;

    @Override
    public void receiveOrder(String slug, String topic, String webhookId, String hmac, byte[] body) {
        service.receive(slug, topic, webhookId, hmac, body == null ? new byte[0] : body);
    }

    @Override
    public void setSecret(String slug, ShopifySecret secret) {
        service.setSecret(slug, secret.secret);
    }
}
