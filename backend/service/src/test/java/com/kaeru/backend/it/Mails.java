package com.kaeru.backend.it;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** The customer e-mails GreenMail received, for ITs that assert what a customer was told. */
public final class Mails {
    private Mails() {
    }

    /**
     * The mails to {@code address}, waiting (bounded, 30 s) until at least {@code atLeast} are in:
     * the outbox dispatcher polls every 2 s, so the wait ends as soon as they arrive.
     */
    public static List<MimeMessage> to(String address, int atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<MimeMessage> mine;
        do {
            TestDatabase.mail().waitForIncomingEmail(2000, TestDatabase.mail().getReceivedMessages().length + 1);
            mine = Arrays.stream(TestDatabase.mail().getReceivedMessages()).filter(m -> {
                try {
                    return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
                } catch (Exception e) {
                    return false;
                }
            }).toList();
        } while (mine.size() < atLeast && System.nanoTime() < deadline);
        return mine;
    }

    /** The first mail to {@code address} whose subject contains {@code part}, waiting for it as {@link #to}. */
    public static MimeMessage withSubject(String address, String part) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        do {
            for (MimeMessage m : to(address, 1)) {
                if (m.getSubject() != null && m.getSubject().contains(part)) {
                    return m;
                }
            }
            TestDatabase.mail().waitForIncomingEmail(2000, TestDatabase.mail().getReceivedMessages().length + 1);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no mail to " + address + " with subject containing " + part);
    }

    /** The plain-text part of a mail, decoded. */
    public static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i)));
            }
            return all.toString();
        }
        return "";
    }
}
