package com.kaeru.admin.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.kaeru.api.audit.AuditApi;
import com.kaeru.api.audit.AuditEntryDto;
import com.kaeru.api.audit.AuditFacetsDto;
import com.kaeru.api.audit.AuditPageDto;
import com.kaeru.api.keys.ApiKeyDto;
import com.kaeru.api.keys.ApiKeyRequest;
import com.kaeru.api.keys.ApiKeysApi;
import com.kaeru.api.keys.NewApiKeyDto;
import com.kaeru.api.policy.BlocklistApi;
import com.kaeru.api.policy.BlocklistEntryDto;
import com.kaeru.api.policy.BlocklistEntryRequest;
import com.kaeru.api.policy.PolicyApi;
import com.kaeru.api.policy.PolicyDto;
import com.kaeru.api.policy.PolicyPreviewDto;
import com.kaeru.api.policy.PolicyPreviewLineDto;
import com.kaeru.api.policy.PolicyPreviewRequest;
import com.kaeru.api.policy.PolicyRuleDto;
import com.kaeru.api.portal.EligibilityDto;
import com.kaeru.api.problem.Problem;
import com.kaeru.api.settings.NotificationTemplateDto;
import com.kaeru.api.settings.ReasonSettingDto;
import com.kaeru.api.settings.ReasonUpdate;
import com.kaeru.api.settings.RenderedEmailDto;
import com.kaeru.api.settings.ReturnAddressUpdate;
import com.kaeru.api.settings.ShopSettingsApi;
import com.kaeru.api.settings.ShopSettingsDto;
import com.kaeru.api.settings.ShopSettingsUpdate;
import com.kaeru.api.settings.TemplateUpdate;
import com.kaeru.api.shops.ReturnAddressDto;
import com.kaeru.api.shops.ShopDto;
import com.kaeru.api.vocabulary.PolicyOutcome;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.api.vocabulary.WindowAnchor;
import com.kaeru.client.ApiProblemException;

/**
 * In-memory configuration backend for view tests: the policy (with a preview that decides by the
 * days condition only, for an order delivered {@link #ORDER_DAYS} days ago), settings, logo,
 * reasons, templates, API keys and the audit search — recording what the views send.
 */
public class FakeSettings implements ShopSettingsApi, ApiKeysApi, AuditApi {
    public static final int ORDER_DAYS = 20;

    public PolicyDto policy = new PolicyDto(true, List.of(
            rule("Final sale", null, null, "REJECT", true),
            rule("Within 30 days", 0, 30, "AUTO_APPROVE", null),
            rule("After 30 days", 31, null, "REJECT", null)));
    public final List<PolicyDto> replaced = new ArrayList<>();
    public final List<PolicyPreviewRequest> previews = new ArrayList<>();
    public ApiProblemException refuseNextSave;
    public ShopSettingsDto settings = new ShopSettingsDto("ja", List.of("ja", "en"), 24, 30_000, WindowAnchor.DELIVERY,
            List.of(ReturnMethod.PREPAID_LABEL, ReturnMethod.DROP_OFF, ReturnMethod.PICKUP),
            List.of(ReturnMethod.PREPAID_LABEL, ReturnMethod.DROP_OFF, ReturnMethod.PICKUP),
            List.of(RefundMethod.ORIGINAL_PAYMENT, RefundMethod.STORE_CREDIT, RefundMethod.GIFT_CODE),
            List.of(RefundMethod.ORIGINAL_PAYMENT, RefundMethod.STORE_CREDIT, RefundMethod.GIFT_CODE),
            "JPY", "Asia/Tokyo");
    /** The shop as the console loads it, with the demo warehouse as its return address. */
    public ShopDto shop = new ShopDto("sakura-apparel", "さくらアパレル", "demo-agency", "ja", List.of("ja", "en"),
            "Asia/Tokyo", "JPY", "#C2185B", null, new ReturnAddressDto("さくらアパレル 返品センター", "272-0127", "千葉県",
            "市川市塩浜", "2-13-1 市川物流センター4階", "047-000-0123"));
    public final List<ReturnAddressUpdate> addressUpdates = new ArrayList<>();
    public final List<ShopSettingsUpdate> settingsUpdates = new ArrayList<>();
    public final List<byte[]> logos = new ArrayList<>();
    public final List<com.kaeru.api.shops.BrandingUpdate> brandings = new ArrayList<>();
    /** Reasons saved, as "CODE labelJa / labelEn". */
    public final List<String> reasonUpdates = new ArrayList<>();
    /** When set, saving a reason is refused with this problem. */
    public ApiProblemException reasonRefusal;
    public final List<ApiKeyDto> keys = new ArrayList<>();
    public final List<String> revoked = new ArrayList<>();
    public final List<Map<String, Object>> auditSearches = new ArrayList<>();
    public final List<AuditEntryDto> audit = new ArrayList<>();

    public static PolicyRuleDto rule(String name, Integer min, Integer max, String outcome, Boolean finalSale) {
        PolicyRuleDto r = new PolicyRuleDto();
        r.name = name;
        r.minDays = min;
        r.maxDays = max;
        r.outcome = PolicyOutcome.valueOf(outcome);
        r.finalSale = finalSale;
        if ("REJECT".equals(outcome)) {
            r.messageEn = "No.";
        }
        return r;
    }

    public static ApiProblemException validation(int status, String detail, Problem.FieldError... errors) {
        return new ApiProblemException(new Problem("https://kaeru.app/problems/validation", "Invalid", status, detail,
                null, List.of(errors)));
    }

    // ---- policy

    /** The policy side, as its own interface (its {@code get} clashes with the settings' one). */
    public final PolicyApi policyApi = new PolicyApi() {
        @Override
        public PolicyDto get(String slug) {
            return policy;
        }

        @Override
        public PolicyDto replace(String slug, PolicyDto p) {
            return replacePolicy(p);
        }

        @Override
        public PolicyPreviewDto preview(String slug, PolicyPreviewRequest request) {
            return previewPolicy(request);
        }
    };

    /** The blocklist, newest first; SA-10001's customer is blocklisted while hanako@example.jp is on it. */
    public final List<BlocklistEntryDto> blocklist = new ArrayList<>();
    public final List<BlocklistEntryRequest> blocklistAdds = new ArrayList<>();
    public final List<Long> blocklistRemovals = new ArrayList<>();
    private long nextBlocklistId = 1;

    public final BlocklistApi blocklistApi = new BlocklistApi() {
        @Override
        public List<BlocklistEntryDto> list(String slug) {
            return List.copyOf(blocklist);
        }

        @Override
        public BlocklistEntryDto add(String slug, BlocklistEntryRequest request) {
            blocklistAdds.add(request);
            String email = request.email == null ? null : request.email.strip().toLowerCase(java.util.Locale.ROOT);
            String phone = request.phone == null ? null : request.phone.replaceAll("\\D", "");
            if (email != null && !email.contains("@")) {
                throw new ApiProblemException(new Problem("https://kaeru.app/problems/validation", "Invalid", 422,
                        "1 field is not valid.", null, List.of(new Problem.FieldError("email",
                        "「" + request.email + "」はメールアドレスではありません。"))));
            }
            if (blocklist.stream().anyMatch(e -> (email != null && email.equals(e.email()))
                    || (phone != null && phone.equals(e.phone())))) {
                throw new ApiProblemException(new Problem("https://kaeru.app/problems/conflict", "Conflict", 409,
                        (email != null ? email : phone) + " はすでにブロックリストに登録されています。", null, List.of()));
            }
            BlocklistEntryDto entry = new BlocklistEntryDto(nextBlocklistId++, email, phone, request.reason,
                    "sakura-manager", Instant.parse("2026-11-20T01:00:00Z"));
            blocklist.add(0, entry);
            return entry;
        }

        @Override
        public void remove(String slug, long id) {
            blocklistRemovals.add(id);
            blocklist.removeIf(e -> e.id() == id);
        }
    };

    private boolean customerBlocklisted() {
        return blocklist.stream().anyMatch(e -> "hanako@example.jp".equals(e.email()));
    }

    PolicyDto replacePolicy(PolicyDto p) {
        if (refuseNextSave != null) {
            ApiProblemException e = refuseNextSave;
            refuseNextSave = null;
            throw e;
        }
        replaced.add(p);
        policy = new PolicyDto(p.rules.isEmpty(), p.rules.stream().map(r -> r).toList());
        return policy;
    }

    PolicyPreviewDto previewPolicy(PolicyPreviewRequest request) {
        previews.add(request);
        if (!"SA-10001".equals(request.orderNumber)) {
            throw validation(404, "There is no order \"" + request.orderNumber + "\" in this shop.");
        }
        List<PolicyRuleDto> rules = request.rules == null ? policy.rules : request.rules;
        Integer index = null;
        for (int i = 0; i < rules.size(); i++) {
            PolicyRuleDto r = rules.get(i);
            if (r.enabled && !Boolean.TRUE.equals(r.finalSale) && (r.minDays == null || ORDER_DAYS >= r.minDays)
                    && (r.maxDays == null || ORDER_DAYS <= r.maxDays)
                    && (r.blocklisted == null || r.blocklisted == customerBlocklisted())) {
                index = i;
                break;
            }
        }
        PolicyRuleDto decided = index == null ? null : rules.get(index);
        EligibilityDto e = new EligibilityDto(decided == null ? PolicyOutcome.NEEDS_REVIEW : decided.outcome,
                decided == null ? "DEFAULT_REVIEW" : decided.name, decided == null ? "スタッフが確認します。" : decided.messageJa,
                decided != null && decided.outcome != PolicyOutcome.REJECT, decided != null && decided.outcome != PolicyOutcome.REJECT,
                false, 0, decided == null ? 0 : decided.restockingFeePercent * 79L);
        return new PolicyPreviewDto("SA-10001", "JPY", request.rules != null,
                List.of(new PolicyPreviewLineDto(1, "LINEN-SHIRT-S-WHITE", "リネンシャツ", 1, 1, 7900, index, e,
                        customerBlocklisted() && decided != null && Boolean.TRUE.equals(decided.blocklisted))),
                customerBlocklisted());
    }

    // ---- settings

    @Override
    public ShopSettingsDto get(String slug) {
        return settings;
    }

    /** Proposals as the backend keeps them: one waits at a time, the proposer cannot approve it. */
    public String proposer = "kumo-manager";
    public final List<String> limitDecisions = new java.util.ArrayList<>();

    @Override
    public ShopSettingsDto proposeApprovalLimit(String slug, com.kaeru.api.settings.ApprovalLimitProposal proposal) {
        settings = withPending(new com.kaeru.api.settings.ApprovalLimitChangeDto(41, proposal.limitMinor, proposer,
                java.time.Instant.parse("2026-12-01T01:00:00Z")));
        return settings;
    }

    @Override
    public ShopSettingsDto approveApprovalLimit(String slug, long id) {
        limitDecisions.add("approve " + id);
        long limit = settings.pendingApprovalLimit().limitMinor();
        settings = new ShopSettingsDto(settings.defaultLanguage(), settings.languages(), settings.refundDeadlineHours(),
                limit, settings.returnWindowAnchor(), settings.returnMethods(), settings.supportedReturnMethods(),
                settings.refundMethods(), settings.supportedRefundMethods(), settings.currency(), settings.timeZone());
        return settings;
    }

    @Override
    public ShopSettingsDto rejectApprovalLimit(String slug, long id) {
        limitDecisions.add("reject " + id);
        settings = withPending(null);
        return settings;
    }

    public ShopSettingsDto withPending(com.kaeru.api.settings.ApprovalLimitChangeDto pending) {
        return new ShopSettingsDto(settings.defaultLanguage(), settings.languages(), settings.refundDeadlineHours(),
                settings.refundApprovalLimitMinor(), settings.returnWindowAnchor(), settings.returnMethods(),
                settings.supportedReturnMethods(), settings.refundMethods(), settings.supportedRefundMethods(),
                settings.currency(), settings.timeZone(), pending);
    }

    @Override
    public ShopSettingsDto update(String slug, ShopSettingsUpdate update) {
        settingsUpdates.add(update);
        if (update.refundMethods == null || update.refundMethods.isEmpty()) {
            throw validation(400, "The request has 1 invalid field(s).", new Problem.FieldError("refundMethods",
                    "空要素は許可されていません"));
        }
        if (!update.languages.contains(update.defaultLanguage)) {
            throw validation(422, "The request has 1 invalid field(s).", new Problem.FieldError("defaultLanguage",
                    "既定の言語は提供する言語のいずれかにしてください。"));
        }
        settings = new ShopSettingsDto(update.defaultLanguage, update.languages, update.refundDeadlineHours,
                update.refundApprovalLimitMinor, update.returnWindowAnchor, update.returnMethods,
                settings.supportedReturnMethods(), update.refundMethods, settings.supportedRefundMethods(), "JPY",
                "Asia/Tokyo");
        return settings;
    }

    /** Refuses what the backend's bean validation would (a malformed postal code, a blank recipient), per field. */
    @Override
    public ShopDto changeReturnAddress(String slug, ReturnAddressUpdate a) {
        addressUpdates.add(a);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (a.postalCode == null || !a.postalCode.strip().matches("\\d{3}-?\\d{4}")) {
            errors.add(new Problem.FieldError("postalCode", "郵便番号は 123-4567 の形式で入力してください"));
        }
        if (a.recipient == null || a.recipient.isBlank()) {
            errors.add(new Problem.FieldError("recipient", "空白は許可されていません"));
        }
        if (!errors.isEmpty()) {
            throw validation(400, "The request has " + errors.size() + " invalid field(s).",
                    errors.toArray(Problem.FieldError[]::new));
        }
        String digits = a.postalCode.strip().replace("-", "");
        shop = new ShopDto(shop.slug(), shop.name(), shop.agencySlug(), shop.defaultLanguage(), shop.languages(),
                shop.timeZone(), shop.currency(), shop.brandColor(), shop.logoUrl(), new ReturnAddressDto(a.recipient,
                digits.substring(0, 3) + "-" + digits.substring(3), a.prefecture, a.city, a.addressLine, a.phone));
        return shop;
    }

    @Override
    public ShopDto uploadLogo(String slug, InputStream image) {
        try {
            logos.add(image.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ShopDto(slug, "さくらアパレル", "demo-agency", "ja", List.of("ja", "en"), "Asia/Tokyo", "JPY", "#C2185B",
                "/api/v1/portal/shops/" + slug + "/logo/0123456789abcdef");
    }

    @Override
    public ShopDto removeLogo(String slug) {
        return new ShopDto(slug, "さくらアパレル", "demo-agency", "ja", List.of("ja", "en"), "Asia/Tokyo", "JPY", "#C2185B",
                null);
    }

    @Override
    public List<ReasonSettingDto> reasons(String slug) {
        return List.of(new ReasonSettingDto("SIZE", null, "サイズが合わない", "Size did not fit", 10, true),
                new ReasonSettingDto("SIZE_TOO_SMALL", "SIZE", "小さすぎる", "Too small", 11, true));
    }

    @Override
    public List<ReasonSettingDto> saveReason(String slug, String code, ReasonUpdate reason) {
        if (reasonRefusal != null) {
            throw reasonRefusal;
        }
        reasonUpdates.add(code + " " + reason.labelJa + " / " + reason.labelEn);
        return reasons(slug);
    }

    @Override
    public List<NotificationTemplateDto> templates(String slug) {
        return List.of(new NotificationTemplateDto("RETURN_RECEIVED", "ja", "【{{shopName}}】到着", "{{rma}} が届きました", false,
                "【{{shopName}}】到着", "{{rma}} が届きました"));
    }

    @Override
    public NotificationTemplateDto saveTemplate(String slug, String event, String language, TemplateUpdate template) {
        return new NotificationTemplateDto(event, language, template.subject, template.body, true, "d", "d");
    }

    @Override
    public NotificationTemplateDto resetTemplate(String slug, String event, String language) {
        return templates(slug).get(0);
    }

    @Override
    public RenderedEmailDto previewTemplate(String slug, String event, String language, TemplateUpdate template) {
        return new RenderedEmailDto(null, template.subject.replace("{{shopName}}", "さくらアパレル"),
                template.body.replace("{{rma}}", "R-000123"), "<p>" + template.body + "</p>");
    }

    @Override
    public RenderedEmailDto sendTestEmail(String slug, String event, String language, TemplateUpdate template) {
        return new RenderedEmailDto("sakura-manager@example.jp", template.subject, template.body, "<p></p>");
    }

    // ---- keys

    @Override
    public List<ApiKeyDto> list(String slug) {
        return List.copyOf(keys);
    }

    @Override
    public NewApiKeyDto create(String slug, ApiKeyRequest request) {
        keys.add(new ApiKeyDto("ab12cd34", request.name, "sakura-manager", Instant.parse("2026-11-21T01:00:00Z"), null,
                null));
        return new NewApiKeyDto("ab12cd34", request.name, "kaeru_ab12cd34_SECRET");
    }

    @Override
    public ApiKeyDto revoke(String slug, String prefix) {
        revoked.add(prefix);
        ApiKeyDto old = keys.remove(0);
        ApiKeyDto now = new ApiKeyDto(old.prefix(), old.name(), old.createdBy(), old.createdAt(), null,
                Instant.parse("2026-11-21T02:00:00Z"));
        keys.add(now);
        return now;
    }

    // ---- audit

    @Override
    public AuditPageDto search(String slug, String entityType, String entity, String actor, String action, String from,
                               String to, int page, int size) {
        java.util.HashMap<String, Object> s = new java.util.HashMap<>();
        s.put("entityType", entityType);
        s.put("entity", entity);
        s.put("actor", actor);
        s.put("action", action);
        s.put("from", from);
        s.put("to", to);
        s.put("page", page);
        s.put("size", size);
        auditSearches.add(s);
        List<AuditEntryDto> matching = audit.stream().filter(e -> entity == null || e.entityRef().equals(entity)).toList();
        int start = Math.min(matching.size(), page * size);
        return new AuditPageDto(matching.subList(start, Math.min(matching.size(), start + size)), matching.size(), page,
                size);
    }

    @Override
    public AuditFacetsDto facets(String slug) {
        return new AuditFacetsDto(List.of("POLICY", "RETURN"), List.of("POLICY_REPLACED", "STATUS"));
    }
}
