package com.kaeru.backend.refunds.infrastructure;

import java.util.Locale;
import java.util.Map;

import com.kaeru.backend.refunds.domain.RefundNotPaidException;
import com.kaeru.backend.refunds.domain.RefundProvider;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;

/**
 * Stripe's refund API ({@code POST /v1/refunds}), and the PaymentIntent API for an upgrade's price difference
 * ({@link #charge}), through the official client. Our idempotency key
 * is Stripe's {@code Idempotency-Key}: Stripe answers a repeated key with the refund it made the
 * first time, so sending a refund again after a crash between "paid" and "recorded" pays nothing
 * more. The client retries passing faults itself (connection errors, 5xx, and what Stripe marks
 * {@code Stripe-Should-Retry}) under that same key; what is left after that is ours to retry later.
 */
public class StripeRefunds {
    private final StripeClient client;

    /**
     * @param apiBase {@code https://api.stripe.com} in production; a local server in tests
     * @param maxNetworkRetries the client's own retries of one call
     * @param timeoutMillis connect and read timeout: a call never holds a worker for long
     */
    public StripeRefunds(String apiKey, String apiBase, int maxNetworkRetries, int timeoutMillis) {
        this.client = StripeClient.builder().setApiKey(apiKey).setApiBase(apiBase)
                .setMaxNetworkRetries(maxNetworkRetries).setConnectTimeout(timeoutMillis)
                .setReadTimeout(timeoutMillis).build();
    }

    /**
     * Refunds {@code amountMinor} (the currency's smallest unit, as Stripe counts it: yen for JPY)
     * of the payment {@code paymentIntent}.
     *
     * @return Stripe's refund id ({@code re_...}) once Stripe took it: paid ({@code succeeded}), or
     *         {@linkplain RefundProvider.Answer#pending() pending} (a card network or bank still settles it;
     *         ask again with {@link #retrieve})
     * @throws RefundNotPaidException when Stripe refused it or could not be reached
     */
    public RefundProvider.Answer refund(String paymentIntent, long amountMinor, String currency, String idempotencyKey,
                                        Map<String, String> metadata) {
        RefundCreateParams params = RefundCreateParams.builder().setPaymentIntent(paymentIntent)
                .setAmount(amountMinor).setCurrency(currency.toLowerCase(Locale.ROOT)).putAllMetadata(metadata)
                .build();
        RequestOptions options = RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
        return answer(() -> client.v1().refunds().create(params, options));
    }

    /**
     * Where a refund Stripe answered pending stands now ({@code GET /v1/refunds/{id}}).
     *
     * @return paid once {@code succeeded}; still pending while {@code pending} or {@code requires_action}
     * @throws RefundNotPaidException a refusal once {@code failed} or {@code canceled} (with Stripe's
     *         {@code failure_reason}); retryable when Stripe could not be reached
     */
    public RefundProvider.Answer retrieve(String refundId) {
        return answer(() -> client.v1().refunds().retrieve(refundId));
    }

    /**
     * Charges {@code amountMinor} of {@code currency} to the card that paid {@code originalPaymentIntent}, off
     * session (the customer accepted the amount in the portal): reads the original PaymentIntent's customer and
     * payment method ({@code GET /v1/payment_intents/{id}}), then creates and confirms a PaymentIntent with them
     * ({@code POST /v1/payment_intents}, {@code confirm=true}, {@code off_session=true}) under our idempotency key,
     * so a repeated key gets the PaymentIntent made the first time and the card is charged once.
     *
     * @return paid once {@code succeeded}; pending under the PaymentIntent's id while {@code processing}
     * @throws RefundNotPaidException a refusal (Stripe's {@code card_error}: declined, {@code authentication_required},
     *         or a PaymentIntent left needing the customer) or a passing fault (retryable)
     */
    public RefundProvider.Answer charge(String originalPaymentIntent, long amountMinor, String currency,
                                        String idempotencyKey, Map<String, String> metadata) {
        com.stripe.model.PaymentIntent original = call(() -> client.v1().paymentIntents().retrieve(originalPaymentIntent));
        if (original.getPaymentMethod() == null) {
            throw new RefundNotPaidException(false, "no_payment_method", "Stripe PaymentIntent " + originalPaymentIntent
                    + " has no payment method to charge again", null);
        }
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder().setAmount(amountMinor)
                .setCurrency(currency.toLowerCase(Locale.ROOT)).setCustomer(original.getCustomer())
                .setPaymentMethod(original.getPaymentMethod()).setConfirm(true).setOffSession(true)
                .putAllMetadata(metadata).build();
        RequestOptions options = RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
        return charged(call(() -> client.v1().paymentIntents().create(params, options)));
    }

    /** Where a charge Stripe answered {@code processing} stands now ({@code GET /v1/payment_intents/{id}}). */
    public RefundProvider.Answer retrieveCharge(String paymentIntentId) {
        return charged(call(() -> client.v1().paymentIntents().retrieve(paymentIntentId)));
    }

    private static RefundProvider.Answer charged(com.stripe.model.PaymentIntent intent) {
        String status = intent.getStatus();
        if ("succeeded".equals(status)) {
            return RefundProvider.Answer.paid(intent.getId());
        }
        if ("processing".equals(status)) {
            return RefundProvider.Answer.pending(intent.getId());
        }
        // requires_payment_method (declined), requires_action (the bank wants the customer), canceled: the customer
        // must be asked again; another try with the same key would be answered the same.
        String reason = intent.getLastPaymentError() != null && intent.getLastPaymentError().getCode() != null
                ? intent.getLastPaymentError().getCode() : status;
        throw new RefundNotPaidException(false, reason, "Stripe PaymentIntent " + intent.getId() + " " + status, null);
    }

    private interface Call<T> {
        T run() throws StripeException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (RateLimitException | ApiConnectionException | ApiException e) {
            throw new RefundNotPaidException(true, code(e, "unavailable"), "Stripe: " + e.getMessage(), e);
        } catch (StripeException e) {
            // card_error (402), invalid_request_error (400: already refunded, amount too large),
            // idempotency_error, authentication: another try with the same key changes nothing.
            throw new RefundNotPaidException(false, code(e, "refused"), "Stripe: " + e.getMessage(), e);
        }
    }

    private static RefundProvider.Answer answer(Call<com.stripe.model.Refund> refundCall) {
        com.stripe.model.Refund refund = call(refundCall);
        String status = refund.getStatus();
        if ("succeeded".equals(status)) {
            return RefundProvider.Answer.paid(refund.getId());
        }
        if ("pending".equals(status) || "requires_action".equals(status)) {
            return RefundProvider.Answer.pending(refund.getId());
        }
        String reason = refund.getFailureReason() != null ? refund.getFailureReason() : status;
        throw new RefundNotPaidException(false, reason, "Stripe refund " + refund.getId() + " " + status, null);
    }

    private static String code(StripeException e, String fallback) {
        if (e.getCode() != null) {
            return e.getCode();
        }
        return e.getStatusCode() != null ? fallback + " " + e.getStatusCode() : fallback;
    }
}
