package com.kaeru.backend.notifications.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import com.kaeru.backend.notifications.domain.Email;
import com.kaeru.backend.notifications.domain.Mailer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends e-mail over SMTP (UTF-8, text and HTML alternatives, then any attached files). The Message-ID
 * carries the outbox
 * dedupe key, so a message delivered twice after a crash is recognisably the same message.
 *
 * <p>One SMTP connection is kept while mail flows and reused by the next message (one at a time): a new
 * connection per message cost a TCP and SMTP handshake and a write-timeout thread of the mail library each,
 * thousands of short-lived threads in a sale-day soak. A connection idle for longer than {@link #IDLE_REUSE}
 * is closed and opened anew rather than trusted (servers drop idle clients); a send that fails on the kept
 * connection is tried once more on a fresh one (the server may have dropped it between two messages), and a
 * send that fails on a fresh connection closes it and leaves the retry to the outbox.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {
    @Inject
    @ConfigProperty(name = "kaeru.mail.smtp.host", defaultValue = "localhost")
    String host;
    @Inject
    @ConfigProperty(name = "kaeru.mail.smtp.port", defaultValue = "2525")
    int port;
    @Inject
    @ConfigProperty(name = "kaeru.mail.from", defaultValue = "Kaeru <noreply@kaeru.local>")
    String from;

    static final java.time.Duration IDLE_REUSE = java.time.Duration.ofSeconds(10);

    private Session session;
    private final java.util.concurrent.locks.ReentrantLock connection = new java.util.concurrent.locks.ReentrantLock();
    private Transport transport;
    private long lastUsedNanos;

    @PostConstruct
    void init() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        session = Session.getInstance(props);
    }

    @Override
    public void send(Email email, String fromName, String dedupeKey) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + dedupeKey.replaceAll("[^A-Za-z0-9.:-]", "_") + "@kaeru>");
            }
        };
        InternetAddress sender = new InternetAddress(from);
        try {
            sender.setPersonal(fromName, StandardCharsets.UTF_8.name());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 unsupported", e);
        }
        message.setFrom(sender);
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.to()));
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(email.html(), "text/html; charset=UTF-8");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        if (email.attachments().isEmpty()) {
            message.setContent(alternatives);
        } else {
            // multipart/mixed: the text and HTML alternatives first, then each file.
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternatives);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            for (Email.Attachment attachment : email.attachments()) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new jakarta.activation.DataHandler(
                        new jakarta.mail.util.ByteArrayDataSource(attachment.content(), attachment.mediaType())));
                file.setFileName(attachment.fileName());
                file.setDisposition(jakarta.mail.Part.ATTACHMENT);
                mixed.addBodyPart(file);
            }
            message.setContent(mixed);
        }
        message.setHeader("Content-Language", email.locale().getLanguage());
        message.saveChanges();
        connection.lock();
        try {
            boolean reused = transport != null;
            try {
                sendOn(open(), message);
            } catch (MessagingException | RuntimeException e) {
                if (!reused) {
                    throw e;
                }
                // The kept connection was dropped by the server between two messages (seen under the soak as
                // "[EOF]" on the next command): once more on a fresh one, not a retry with backoff for a mail
                // the server never refused. A second failure is the server's answer.
                sendOn(open(), message);
            }
        } finally {
            connection.unlock();
        }
    }

    private void sendOn(Transport open, MimeMessage message) throws MessagingException {
        try {
            open.sendMessage(message, message.getAllRecipients());
            lastUsedNanos = System.nanoTime();
        } catch (MessagingException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The connection to send on: the kept one if it was used a moment ago, else a new one. */
    private Transport open() throws MessagingException {
        if (transport != null && (System.nanoTime() - lastUsedNanos > IDLE_REUSE.toNanos() || !transport.isConnected())) {
            close();
        }
        if (transport == null) {
            Transport fresh = session.getTransport("smtp");
            fresh.connect();
            transport = fresh;
        }
        return transport;
    }

    private void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // Already broken: nothing to hand back to the server.
            }
            transport = null;
        }
    }

    @PreDestroy
    void shutdown() {
        connection.lock();
        try {
            close();
        } finally {
            connection.unlock();
        }
    }
}
