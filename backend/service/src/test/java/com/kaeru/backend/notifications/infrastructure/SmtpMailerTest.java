package com.kaeru.backend.notifications.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.kaeru.backend.notifications.domain.Email;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Messages sent over the kept connection arrive whole and once; a server that went away is reconnected. */
class SmtpMailerTest {
    private GreenMail server;
    private SmtpMailer mailer;
    private int port;

    @BeforeEach
    void start() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        port = server.getSmtp().getPort();
        mailer = new SmtpMailer();
        mailer.host = "127.0.0.1";
        mailer.port = port;
        mailer.from = "Kaeru <noreply@kaeru.local>";
        mailer.init();
    }

    @AfterEach
    void stop() {
        mailer.shutdown();
        server.stop();
    }

    private static Email mail(int n) {
        return new Email("customer" + n + "@example.jp", "返品を受け付けました " + n, "本文 " + n, "<p>本文 " + n + "</p>",
                Locale.JAPANESE);
    }

    @Test
    void messagesInARowEachArriveOnceWithTheirOwnMessageId() throws Exception {
        for (int n = 1; n <= 3; n++) {
            mailer.send(mail(n), "Umi Outdoor", "RETURN_REQUESTED:" + n);
        }
        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(Arrays.stream(received).map(SmtpMailerTest::messageId))
                .containsExactly("<RETURN_REQUESTED:1@kaeru>", "<RETURN_REQUESTED:2@kaeru>", "<RETURN_REQUESTED:3@kaeru>");
        assertThat(received[1].getSubject()).isEqualTo("返品を受け付けました 2");
        assertThat(received[2].getAllRecipients()[0]).hasToString("customer3@example.jp");
    }

    @Test
    void aSendWhileTheServerIsDownFailsAndTheNextOneAfterItReturnsArrives() throws Exception {
        mailer.send(mail(1), "Umi Outdoor", "K:1");
        server.stop();
        assertThatThrownBy(() -> mailer.send(mail(2), "Umi Outdoor", "K:2")).isInstanceOf(MessagingException.class);
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        mailer.send(mail(3), "Umi Outdoor", "K:3");
        assertThat(Arrays.stream(server.getReceivedMessages()).map(SmtpMailerTest::messageId))
                .containsExactly("<K:3@kaeru>");
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
