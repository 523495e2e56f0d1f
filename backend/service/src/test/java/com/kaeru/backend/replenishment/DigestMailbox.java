package com.kaeru.backend.replenishment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestDatabase;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

/**
 * The client side of {@link ReorderDigestIT}: digest mails GreenMail received, decoded to subject and
 * plain text. Kept out of the test class so the in-container side never loads GreenMail's or
 * Jakarta Mail's test classes.
 */
final class DigestMailbox {
    private DigestMailbox() {
    }

    /** Waits (bounded) until the day's digest deliveries are marked sent and {@code expected} mails are in. */
    static void awaitDelivered(String day, int expected, List<String> addresses) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Sql.number("select count(*) from outbox_delivery d "
                + "join outbox_event e on e.id = d.event_id where e.event_type = 'REORDER_DIGEST' and e.aggregate_ref = ? "
                + "and d.delivered_at is null", "reorder-digest:" + day) == 0
                && addresses.stream().mapToInt(a -> mails(a, day).size()).sum() >= expected);
    }

    /** Subject and plain text of each digest of {@code day} sent to {@code address}. */
    static List<String[]> mails(String address, String day) {
        List<String[]> found = new ArrayList<>();
        for (MimeMessage m : TestDatabase.mail().getReceivedMessages()) {
            try {
                String text = plainText(m);
                if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address) && text.contains(day)) {
                    found.add(new String[] {m.getSubject(), text});
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
