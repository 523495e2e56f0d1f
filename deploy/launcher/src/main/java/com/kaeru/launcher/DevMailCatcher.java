package com.kaeru.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * The development inbox: a real SMTP server (GreenMail) that keeps every mail Kaeru sends, and a
 * small page listing them, so a person can read what customers would receive. Never used in
 * production, where {@code kaeru.mail.smtp.*} points at the real relay.
 * <p>
 * It keeps the newest {@value #KEPT} mails and lets older ones go ({@link #trim}): GreenMail holds every mail in
 * memory, and a sale-day soak sends tens of thousands — the launcher's 128 MB heap filled, it spent 300 s of 12
 * minutes in full garbage collections, took a quarter of a core from the stack and began dropping Kaeru's SMTP
 * connections.
 */
public final class DevMailCatcher implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DevMailCatcher.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Tokyo"));

    /** How many mails the inbox keeps (newest); a person reads the last few, tests the ones they just caused. */
    static final int KEPT = 1000;

    private final GreenMail smtp;
    private final HttpServer web;
    private final ScheduledExecutorService trimmer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "dev-inbox-trim");
        thread.setDaemon(true);
        return thread;
    });

    private DevMailCatcher(GreenMail smtp, HttpServer web) {
        this.smtp = smtp;
        this.web = web;
        trimmer.scheduleWithFixedDelay(() -> trim(smtp, KEPT), 10, 10, TimeUnit.SECONDS);
    }

    /** Deletes all but the newest {@code kept} mails across the inboxes; answers how many it deleted. */
    static int trim(GreenMail smtp, int kept) {
        try {
            ImapHostManager imap = smtp.getManagers().getImapHostManager();
            List<Map.Entry<MailFolder, StoredMessage>> all = new ArrayList<>();
            for (GreenMailUser user : smtp.getUserManager().listUser()) {
                MailFolder inbox = imap.getInbox(user);
                inbox.getMessages().forEach(message -> all.add(Map.entry(inbox, message)));
            }
            if (all.size() <= kept) {
                return 0;
            }
            all.sort(Comparator.comparing((Map.Entry<MailFolder, StoredMessage> e) -> e.getValue().getReceivedDate()));
            Set<MailFolder> touched = new HashSet<>();
            List<Map.Entry<MailFolder, StoredMessage>> oldest = all.subList(0, all.size() - kept);
            for (Map.Entry<MailFolder, StoredMessage> entry : oldest) {
                entry.getKey().setFlags(new Flags(Flags.Flag.DELETED), true, entry.getValue().getUid(), null, true);
                touched.add(entry.getKey());
            }
            for (MailFolder folder : touched) {
                folder.expunge();
            }
            return oldest.size();
        } catch (FolderException | RuntimeException e) {
            LOG.warning("Could not trim the development inbox: " + e.getMessage());
            return 0;
        }
    }

    public static DevMailCatcher start(int smtpPort, int webPort) {
        Ports.requireFree(smtpPort, "development SMTP server", "KAERU_SMTP_PORT");
        Ports.requireFree(webPort, "development inbox", "KAERU_MAIL_UI_PORT");
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        smtp.start();
        try {
            HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
            DevMailCatcher catcher = new DevMailCatcher(smtp, web);
            web.createContext("/", catcher::handle);
            web.start();
            LOG.info("Development mail: SMTP on " + smtpPort + ", inbox at http://localhost:" + webPort);
            return catcher;
        } catch (IOException e) {
            smtp.stop();
            throw new LaunchException("Could not start the development inbox: " + e.getMessage(), e);
        }
    }

    public int received() {
        return smtp.getReceivedMessages().length;
    }

    /** Subjects of the messages received for {@code address}, oldest first (tests read invitations here). */
    public List<String> subjectsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessagesForDomain(address)).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                return "";
            }
        }).toList();
    }

    /** Message-IDs of the messages received for {@code address}: a message delivered twice shows twice. */
    public List<String> messageIdsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessagesForDomain(address)).map(m -> {
            try {
                return m.getMessageID();
            } catch (jakarta.mail.MessagingException e) {
                return "";
            }
        }).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        List<MimeMessage> messages = Arrays.asList(smtp.getReceivedMessages());
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Kaeru dev inbox</title>"
                + "<style>body{font-family:system-ui,'Hiragino Sans','Noto Sans JP',sans-serif;margin:2rem;max-width:60rem}"
                + "article{border:1px solid #ddd;border-radius:8px;padding:1rem;margin:1rem 0}"
                + "h1{color:#2F6F5E}small{color:#666}pre{white-space:pre-wrap;font-family:inherit}</style></head><body>"
                + "<h1>Kaeru dev inbox</h1><p>" + messages.size() + " message(s), newest first. Reload to refresh.</p>");
        List<MimeMessage> newestFirst = messages.stream().sorted(Comparator.comparing(DevMailCatcher::sent).reversed())
                .toList();
        for (MimeMessage m : newestFirst) {
            try {
                page.append("<article><small>").append(escape(TIME.format(sent(m)))).append(" · to ")
                        .append(escape(String.valueOf(m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0])))
                        .append("</small><h2>").append(escape(m.getSubject())).append("</h2><pre>")
                        .append(escape(text(m))).append("</pre></article>");
            } catch (Exception e) {
                page.append("<article>unreadable message: ").append(escape(e.getMessage())).append("</article>");
            }
        }
        byte[] body = page.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static java.time.Instant sent(MimeMessage m) {
        try {
            return m.getReceivedDate() != null ? m.getReceivedDate().toInstant()
                    : m.getSentDate() != null ? m.getSentDate().toInstant() : java.time.Instant.EPOCH;
        } catch (Exception e) {
            return java.time.Instant.EPOCH;
        }
    }

    /** The text/plain part (or the whole content when it is plain text). */
    private static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return String.valueOf(part.getContent());
                }
            }
            return String.valueOf(multipart.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        trimmer.shutdownNow();
        web.stop(0);
        smtp.stop();
    }
}
