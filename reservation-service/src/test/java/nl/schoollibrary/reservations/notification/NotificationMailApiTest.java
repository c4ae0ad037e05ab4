package nl.schoollibrary.reservations.notification;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.support.Api.cancel;
import static nl.schoollibrary.reservations.support.Api.checkIn;
import static nl.schoollibrary.reservations.support.Api.placed;
import static nl.schoollibrary.reservations.support.Api.reservation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import nl.schoollibrary.reservations.common.MovableClock;
import nl.schoollibrary.reservations.delivery.Dispatcher;
import nl.schoollibrary.reservations.delivery.Outcome;
import nl.schoollibrary.reservations.privacy.Anonymisation;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.Organisations;
import nl.schoollibrary.reservations.support.Organisations.Organisation;
import nl.schoollibrary.reservations.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mails to parents end to end: reservation events through the delivery trigger and the mail channel to a real SMTP
 * server (GreenMail): who gets a mail (only a parent with consent), what it says (location, pickup-by date, reason,
 * escaped title), the reminder before the pickup-by date (once, counting open days, skipping a closure), and the
 * rules (organisation off, school override on).
 */
@QuarkusTest
class NotificationMailApiTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final DateTimeFormatter NL_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM",
            Locale.forLanguageTag("nl-NL"));

    @Inject Dispatcher dispatcher;
    @Inject EmailChannel channel;
    @Inject Anonymisation anonymisation;
    @Inject PickupReminders reminders;
    @Inject Clock clock;

    @BeforeAll
    static void smtp() {
        MailBox.start();
    }

    @AfterAll
    static void stopSmtp() {
        MailBox.stop();
    }

    @AfterEach
    void resetClock() {
        ((MovableClock) clock).reset();
    }

    /** A fresh organisation whose student's parent has an address with consent; answers the address. */
    private static String withParent(Organisation org) {
        String address = "ouder" + SEQ.incrementAndGet() + "x" + org.organisationId() + "@example.org";
        TestDatabase.execute("UPDATE patron SET parent_email = ?, parent_email_consent_by = 'moeder',"
                + " parent_email_consent_at = now() WHERE id = ?", address, org.studentPatronId());
        return address;
    }

    /** The student's reservation of the first title, made READY at the branch by the check-in of its copy on loan. */
    private static long ready(Organisation org, int title) {
        long id = placed(org.token(org.student()), org.titleIds().get(title), org.branchId());
        checkIn(org.token(org.libraryStaff()), org.barcodes().get(title * 4 + 3)).statusCode(200)
                .body("outcome", equalTo("ON_HOLD_SHELF"));
        return id;
    }

    private static String titleOf(Organisation org, int title) {
        return TestDatabase.string("SELECT title FROM title WHERE id = ?", org.titleIds().get(title));
    }

    private static LocalDate pickupBy(Organisation org, long reservationId) {
        return LocalDate.parse(reservation(org.token(org.student()), reservationId).statusCode(200)
                .body("status", equalTo("READY")).extract().path("pickupBy"));
    }

    /** The statuses of the reservation's mail deliveries, oldest first. */
    private static List<String> statuses(long reservationId) {
        String all = TestDatabase.string("SELECT string_agg(d.status, ',' ORDER BY d.id) FROM delivery d"
                + " JOIN domain_event e ON e.id = d.event_id WHERE d.channel = 'EMAIL'"
                + " AND e.aggregate_type = 'RESERVATION' AND e.aggregate_id = ?", reservationId);
        return all == null ? List.of() : List.of(all.split(","));
    }

    /** What happened to the reservation's deliveries (for a failing assertion). */
    private static String deliveryLog(long reservationId) {
        return TestDatabase.string("SELECT string_agg(concat_ws(' ', d.id, d.channel, d.notification, d.status,"
                + " d.attempts, d.next_attempt_at, d.last_error, e.type, e.payload::text), '; ' ORDER BY d.id)"
                + " FROM domain_event e LEFT JOIN delivery d ON d.event_id = e.id"
                + " WHERE e.aggregate_type = 'RESERVATION' AND e.aggregate_id = ?", reservationId);
    }

    /** Sends what is due and checks that every mail of the reservation went out (its log when one did not). */
    private void deliver(long reservationId) {
        dispatcher.drain();
        assertThat(statuses(reservationId)).as(deliveryLog(reservationId)).isNotEmpty().containsOnly("DELIVERED");
    }

    private static long mailDeliveries(long reservationId) {
        return TestDatabase.count("SELECT count(*) FROM delivery d JOIN domain_event e ON e.id = d.event_id"
                + " WHERE d.channel = 'EMAIL' AND e.aggregate_type = 'RESERVATION' AND e.aggregate_id = ?",
                reservationId);
    }

    @Test
    void a_reservation_made_ready_by_a_check_in_sends_one_mail_to_the_consenting_parent() {
        Organisation org = Organisations.fresh();
        String parent = withParent(org);
        long id = ready(org, 0);
        LocalDate pickupBy = pickupBy(org, id);

        deliver(id);
        dispatcher.drain();

        List<MailBox.Received> mails = MailBox.to(parent);
        assertThat(mails).hasSize(1);
        MailBox.Received mail = mails.get(0);
        String title = titleOf(org, 0);
        assertThat(mail.subject()).contains(title);
        assertThat(mail.text()).contains("Het boek '" + title + "' ligt klaar voor Eigen in Vestiging")
                .contains("Ophalen kan tot en met " + NL_DATE.format(pickupBy) + ".");
        assertThat(mail.html()).contains("Vestiging").contains(NL_DATE.format(pickupBy));
        long deliveryId = TestDatabase.count("SELECT d.id FROM delivery d JOIN domain_event e ON e.id = d.event_id"
                + " WHERE e.aggregate_id = ? AND d.channel = 'EMAIL'", id);
        assertThat(mail.messageId()).isEqualTo("<delivery-" + deliveryId + "@schoolbieb>");
        assertThat(mail.autoSubmitted()).isEqualTo("auto-generated");
        assertThat(TestDatabase.string("SELECT status FROM delivery WHERE id = ?", deliveryId)).isEqualTo("DELIVERED");
        assertThat(TestDatabase.string("SELECT concat_ws(',', notification, patron_id::text, organisation_id::text)"
                + " FROM delivery WHERE id = ?", deliveryId)).isEqualTo("RESERVATION_READY," + org.studentPatronId()
                        + "," + org.organisationId());
    }

    @Test
    void without_an_address_with_consent_no_mail_is_made_and_a_withdrawn_address_skips_a_pending_one() {
        Organisation org = Organisations.fresh();
        long id = ready(org, 0);
        assertThat(mailDeliveries(id)).as("no parent address: no delivery").isZero();

        String parent = withParent(org);
        long second = ready(org, 1);
        assertThat(mailDeliveries(second)).isEqualTo(1);
        // The consent is withdrawn before the mail goes out: the address is gone, the mail is skipped.
        TestDatabase.execute("UPDATE patron SET parent_email = NULL, parent_email_consent_by = NULL,"
                + " parent_email_consent_at = NULL WHERE id = ?", org.studentPatronId());
        dispatcher.drain();
        assertThat(statuses(second)).containsExactly("SKIPPED");
        assertThat(MailBox.to(parent)).isEmpty();
    }

    @Test
    void a_staff_cancellation_mails_the_reason_and_the_students_own_cancellation_mails_nothing() {
        Organisation org = Organisations.fresh();
        String parent = withParent(org);
        long byStudent = placed(org.token(org.student()), org.titleIds().get(0), org.branchId());
        cancel(org.token(org.student()), byStudent, null).statusCode(200);
        assertThat(mailDeliveries(byStudent)).isZero();

        long byStaff = placed(org.token(org.student()), org.titleIds().get(1), org.branchId());
        cancel(org.token(org.libraryStaff()), byStaff, "Het boek is zoekgeraakt").statusCode(200);
        deliver(byStaff);
        List<MailBox.Received> mails = MailBox.to(parent);
        assertThat(mails).as(deliveryLog(byStaff)).hasSize(1);
        assertThat(mails.get(0).text()).contains("De reden: Het boek is zoekgeraakt").contains(titleOf(org, 1));
    }

    @Test
    void a_title_with_markup_is_escaped_in_the_html_part() {
        Organisation org = Organisations.fresh();
        String parent = withParent(org);
        TestDatabase.execute("UPDATE title SET title = ? WHERE id = ?", "Gevaar <script>alert(1)</script> & co",
                org.titleIds().get(0));
        deliver(ready(org, 0));

        MailBox.Received mail = MailBox.to(parent).get(0);
        assertThat(mail.html()).contains("Gevaar &lt;script&gt;alert(1)&lt;/script&gt; &amp; co")
                .doesNotContain("<script>");
        assertThat(mail.text()).contains("Gevaar <script>alert(1)</script> & co");
    }

    @Test
    void the_reminder_goes_once_one_open_day_before_the_pickup_by_date_and_skips_a_closed_day() {
        Organisation org = Organisations.fresh();
        String parent = withParent(org);
        long id = ready(org, 0);
        LocalDate pickupBy = pickupBy(org, id);
        // The day before the pickup-by date is closed: the one open day before it is two days before.
        given().auth().oauth2(org.token(org.libraryStaff())).contentType(ContentType.JSON)
                .body(Map.of("from", pickupBy.minusDays(1).toString(), "to", pickupBy.minusDays(1).toString(),
                        "reason", "Studiedag", "locationIds", List.of(org.branchId())))
                .when().post("/api/closures").then().statusCode(201).body("pickupDatesMoved", equalTo(0));
        dispatcher.drain(); // the READY mail
        LocalDate today = LocalDate.now(clock);

        moveTo(today, pickupBy.minusDays(3));
        reminders.run();
        assertThat(reminders(id)).as("three open days before: not yet").isZero();

        moveTo(today, pickupBy.minusDays(2));
        reminders.run();
        reminders.run();
        assertThat(reminders(id)).as("the open day before the pickup-by date, once").isEqualTo(1);
        assertThat(TestDatabase.string("SELECT payload::text FROM domain_event WHERE type = 'ReservationPickupReminder'"
                + " AND aggregate_id = ?", id)).contains("\"pickupBy\": \"" + pickupBy + "\"")
                .contains("\"openDaysLeft\": 1");
        dispatcher.drain();

        moveTo(today, pickupBy);
        reminders.run();
        assertThat(reminders(id)).isEqualTo(1);
        dispatcher.drain();

        List<MailBox.Received> mails = MailBox.to(parent);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).subject()).contains("Nog even");
        assertThat(mails.get(1).text()).contains(NL_DATE.format(pickupBy));
    }

    private void moveTo(LocalDate today, LocalDate day) {
        ((MovableClock) clock).reset();
        ((MovableClock) clock).advance(Duration.ofDays(ChronoUnit.DAYS.between(today, day)));
    }

    private static long reminders(long reservationId) {
        return TestDatabase.count("SELECT count(*) FROM domain_event WHERE type = 'ReservationPickupReminder'"
                + " AND aggregate_id = ?", reservationId);
    }

    @Test
    void with_the_organisations_rule_off_no_mail_goes_and_a_schools_override_turns_it_on_again() {
        Organisation org = Organisations.fresh();
        String parent = withParent(org);
        String staff = org.token(org.libraryStaff());
        rules(staff, Map.of("rules", List.of(Map.of("event", "RESERVATION_READY", "enabled", false))))
                .statusCode(200);
        long off = ready(org, 0);
        assertThat(mailDeliveries(off)).isZero();

        rules(staff, Map.of("schoolId", org.schoolId(),
                "rules", List.of(Map.of("event", "RESERVATION_READY", "enabled", true)))).statusCode(200);
        long on = ready(org, 1);
        assertThat(mailDeliveries(on)).isEqualTo(1);
        deliver(on);
        assertThat(MailBox.to(parent)).hasSize(1);
    }

    private static io.restassured.response.ValidatableResponse rules(String token, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/notification-rules").then();
    }

    @Test
    void the_mail_is_in_the_students_language_and_an_organisations_own_text_is_used() {
        Fixtures.world();
        Organisation org = Organisations.fresh();
        String parent = withParent(org);
        given().auth().oauth2(org.token(org.student())).contentType(ContentType.JSON).body(Map.of("language", "en"))
                .when().put("/api/me/language").then().statusCode(204);
        given().auth().oauth2(org.token(org.libraryStaff())).contentType(ContentType.JSON)
                .body(Map.of("subject", "Klaar: {{title}}", "body", "Hello,\n\n{{studentFirstName}} can fetch "
                        + "{{title}} at {{location}} until {{pickupBy}}."))
                .when().put("/api/notification-templates/RESERVATION_READY/en").then().statusCode(200)
                .body("custom", equalTo(true));
        long id = ready(org, 0);
        LocalDate pickupBy = pickupBy(org, id);
        deliver(id);

        MailBox.Received mail = MailBox.to(parent).get(0);
        assertThat(mail.subject()).isEqualTo("Klaar: " + titleOf(org, 0));
        assertThat(mail.text()).contains("Eigen can fetch").contains(DateTimeFormatter.ofPattern("EEEE d MMMM",
                Locale.forLanguageTag("en-GB")).format(pickupBy));
        assertThat(mail.html()).contains("<p>Hello,</p>");
    }

    @Test
    void folder_mode_writes_the_mail_as_an_eml_file_with_both_parts_and_the_same_headers(@TempDir Path folder)
            throws Exception {
        EmailChannel.Message message = new EmailChannel.Message(EmailChannel.messageId(42), "ouder@example.org",
                "'Boek' ligt klaar", "Het boek <b> ligt klaar.", "<p>Het boek &lt;b&gt; ligt klaar.</p>");
        assertThat(channel.folder(message, folder).result()).isEqualTo(Outcome.Result.DELIVERED);
        assertThat(channel.folder(message, folder).result()).as("a retry replaces the file")
                .isEqualTo(Outcome.Result.DELIVERED);

        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("delivery-42.eml");
        }
        try (InputStream in = Files.newInputStream(folder.resolve("delivery-42.eml"))) {
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(mail.getHeader("Message-ID", null)).isEqualTo("<delivery-42@schoolbieb>");
            assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
            assertThat(mail.getSubject()).isEqualTo("'Boek' ligt klaar");
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ouder@example.org");
            assertThat(mail.isMimeType("multipart/alternative")).isTrue();
            Multipart parts = (Multipart) mail.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            assertThat(parts.getBodyPart(0).getContent().toString()).contains("Het boek <b> ligt klaar.");
            assertThat(parts.getBodyPart(1).getContent().toString()).contains("<p>Het boek &lt;b&gt; ligt klaar.</p>");
        }
    }

    @Test
    void anonymising_a_reservation_deletes_its_mails_with_their_attempts() {
        Organisation org = Organisations.fresh();
        String parent = withParent(org);
        long id = placed(org.token(org.student()), org.titleIds().get(2), org.branchId());
        cancel(org.token(org.libraryStaff()), id, "Dubbel gereserveerd").statusCode(200);
        deliver(id);
        assertThat(MailBox.to(parent)).hasSize(1);
        long deliveryId = TestDatabase.count("SELECT d.id FROM delivery d JOIN domain_event e ON e.id = d.event_id"
                + " WHERE e.aggregate_id = ? AND d.channel = 'EMAIL'", id);
        assertThat(TestDatabase.count("SELECT count(*) FROM delivery_attempt WHERE delivery_id = ?", deliveryId))
                .isEqualTo(1);

        ((MovableClock) clock).advance(Duration.ofDays(31));
        anonymisation.run();
        assertThat(TestDatabase.string("SELECT (anonymised_at IS NOT NULL)::text FROM reservation WHERE id = ?", id))
                .isEqualTo("true");
        assertThat(mailDeliveries(id)).isZero();
        assertThat(TestDatabase.count("SELECT count(*) FROM delivery_attempt WHERE delivery_id = ?", deliveryId))
                .isZero();
    }
}
