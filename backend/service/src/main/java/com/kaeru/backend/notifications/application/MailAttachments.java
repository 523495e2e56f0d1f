package com.kaeru.backend.notifications.application;

import java.util.List;
import java.util.Map;

import com.kaeru.backend.notifications.domain.Email;

/**
 * Files a capability attaches to the staff e-mails it queued (the insights report's PDF): the e-mail
 * consumer asks every implementation when it sends, in the delivery's transaction bound to the shop,
 * so the outbox carries a reference and never the file itself.
 */
public interface MailAttachments {
    /**
     * @return the files for this e-mail (empty: none from this implementation)
     * @throws IllegalStateException when a file this e-mail needs is missing; the delivery is retried
     */
    List<Email.Attachment> of(long shopId, String eventType, Map<String, Object> payload);
}
