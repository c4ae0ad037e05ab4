package nl.schoollibrary.reservations.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** The GreenMail SMTP server of the mail tests (port 3025, as the test profile's quarkus.mailer settings say). */
final class MailBox {

    /** One received mail: its recipient, subject, text and HTML part, and headers. */
    record Received(String to, String subject, String text, String html, String messageId, String autoSubmitted) {
    }

    private static GreenMail server;

    private MailBox() {
    }

    static synchronized void start() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP);
            server.start();
        }
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The mails received for the address, oldest first. */
    static List<Received> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).map(MailBox::read)
                .filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    private static Received read(MimeMessage message) {
        try {
            String[] text = new String[2];
            collect(message, text);
            return new Received(message.getAllRecipients()[0].toString(), message.getSubject(), text[0], text[1],
                    message.getHeader("Message-ID", null), message.getHeader("Auto-Submitted", null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, String[] text) throws Exception {
        if (part.isMimeType("text/plain") && text[0] == null) {
            text[0] = part.getContent().toString();
        } else if (part.isMimeType("text/html") && text[1] == null) {
            text[1] = part.getContent().toString();
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, text);
            }
        }
    }
}
