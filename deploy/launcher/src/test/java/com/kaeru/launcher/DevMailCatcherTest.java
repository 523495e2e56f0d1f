package com.kaeru.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The development inbox keeps only the newest mails, across recipients, so a long load cannot fill the launcher. */
class DevMailCatcherTest {
    private GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private void send(String to, String subject) {
        GreenMailUtil.sendTextEmail(to, "noreply@kaeru.local", subject, "本文", smtp.getSmtp().getServerSetup());
    }

    /** A mail received at a given minute, straight into the recipient's inbox (the order is then certain). */
    private void receivedAt(String to, String subject, int minute) throws Exception {
        GreenMailUser user = smtp.setUser(to, to, "secret");
        MailFolder inbox = smtp.getManagers().getImapHostManager().getInbox(user);
        MimeMessage message = GreenMailUtil.createTextEmail(to, "noreply@kaeru.local", subject, "本文",
                smtp.getSmtp().getServerSetup());
        inbox.appendMessage(message, new Flags(), Date.from(Instant.parse("2026-12-06T09:00:00Z").plusSeconds(60L * minute)));
    }

    @Test
    void trimmingKeepsTheNewestMailsAcrossInboxes() throws Exception {
        receivedAt("a@example.jp", "1", 1);
        receivedAt("b@example.jp", "2", 2);
        receivedAt("a@example.jp", "3", 3);
        receivedAt("c@example.jp", "4", 4);
        assertThat(DevMailCatcher.trim(smtp, 10)).as("under the limit nothing goes").isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(4);

        assertThat(DevMailCatcher.trim(smtp, 2)).isEqualTo(2);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(DevMailCatcherTest::subject))
                .containsExactlyInAnyOrder("3", "4");
    }

    @Test
    void mailArrivesOverSmtpAfterATrim() {
        send("a@example.jp", "1");
        send("b@example.jp", "2");
        assertThat(DevMailCatcher.trim(smtp, 1)).isEqualTo(1);
        send("b@example.jp", "3");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(DevMailCatcherTest::subject)).contains("3")
                .hasSize(2);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
