package com.kaeru.backend.shops.api;

import java.io.InputStream;
import java.util.List;

import com.kaeru.api.settings.ApprovalLimitProposal;
import com.kaeru.api.settings.NotificationTemplateDto;
import com.kaeru.api.settings.ReasonSettingDto;
import com.kaeru.api.settings.ReasonUpdate;
import com.kaeru.api.settings.RenderedEmailDto;
import com.kaeru.api.settings.ReturnAddressUpdate;
import com.kaeru.api.settings.ShopSettingsApi;
import com.kaeru.api.settings.ShopSettingsDto;
import com.kaeru.api.settings.ShopSettingsUpdate;
import com.kaeru.api.settings.TemplateUpdate;
import com.kaeru.api.shops.ShopDto;
import com.kaeru.backend.notifications.application.NotificationTemplates;
import com.kaeru.backend.platform.web.RequestBodies;
import com.kaeru.backend.reasons.application.ReasonSettingsService;
import com.kaeru.backend.shops.application.ShopSettingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The settings screens' door: translates HTTP to the owning capability's use cases. */
@RequestScoped
@SecurityRequirement(name = "bearer")
public class ShopSettingsResource implements ShopSettingsApi {
    @Inject
    ShopSettingsService settings;
    @Inject
    ReasonSettingsService reasons;
    @Inject
    NotificationTemplates templates;
    @Inject
    RequestBodies bodies;

    @Override
    public ShopSettingsDto get(String slug) {
        return settings.get(slug);
    }

    @Override
    public ShopSettingsDto update(String slug, ShopSettingsUpdate update) {
        return settings.update(slug, bodies.validated(update));
    }

    @Override
    public ShopSettingsDto proposeApprovalLimit(String slug, ApprovalLimitProposal proposal) {
        return settings.proposeApprovalLimit(slug, bodies.validated(proposal).limitMinor);
    }

    @Override
    public ShopSettingsDto approveApprovalLimit(String slug, long id) {
        return settings.approveApprovalLimit(slug, id);
    }

    @Override
    public ShopSettingsDto rejectApprovalLimit(String slug, long id) {
        return settings.rejectApprovalLimit(slug, id);
    }

    @Override
    public ShopDto changeReturnAddress(String slug, ReturnAddressUpdate address) {
        return settings.changeReturnAddress(slug, bodies.validated(address));
    }

    @Override
    public ShopDto uploadLogo(String slug, InputStream image) {
        return settings.uploadLogo(slug, image);
    }

    @Override
    public ShopDto removeLogo(String slug) {
        return settings.removeLogo(slug);
    }

    @Override
    public List<ReasonSettingDto> reasons(String slug) {
        return reasons.list(slug);
    }

    @Override
    public List<ReasonSettingDto> saveReason(String slug, String code, ReasonUpdate reason) {
        return reasons.save(slug, code, bodies.validated(reason));
    }

    @Override
    public List<NotificationTemplateDto> templates(String slug) {
        return templates.list(slug);
    }

    @Override
    public NotificationTemplateDto saveTemplate(String slug, String event, String language, TemplateUpdate template) {
        return templates.save(slug, event, language, bodies.validated(template));
    }

    @Override
    public NotificationTemplateDto resetTemplate(String slug, String event, String language) {
        return templates.reset(slug, event, language);
    }

    @Override
    public RenderedEmailDto previewTemplate(String slug, String event, String language, TemplateUpdate template) {
        return templates.preview(slug, event, language, bodies.validated(template));
    }

    @Override
    public RenderedEmailDto sendTestEmail(String slug, String event, String language, TemplateUpdate template) {
        return templates.sendTest(slug, event, language, bodies.validated(template));
    }
}
