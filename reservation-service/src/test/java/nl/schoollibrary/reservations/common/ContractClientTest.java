package nl.schoollibrary.reservations.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.schoollibrary.reservations.contractclient.ApiClient;
import nl.schoollibrary.reservations.contractclient.api.AuthenticationApi;
import nl.schoollibrary.reservations.contractclient.api.CatalogueApi;
import nl.schoollibrary.reservations.contractclient.api.CirculationApi;
import nl.schoollibrary.reservations.contractclient.api.IntegrationApi;
import nl.schoollibrary.reservations.contractclient.api.ReservationsApi;
import nl.schoollibrary.reservations.contractclient.model.CancelReservationRequest;
import nl.schoollibrary.reservations.contractclient.model.CheckinOutcome;
import nl.schoollibrary.reservations.contractclient.model.CheckinRequest;
import nl.schoollibrary.reservations.contractclient.model.CheckinResult;
import nl.schoollibrary.reservations.contractclient.model.CreateIntegrationClientRequest;
import nl.schoollibrary.reservations.contractclient.model.DomainEvent;
import nl.schoollibrary.reservations.contractclient.model.EventFeed;
import nl.schoollibrary.reservations.contractclient.model.IntegrationClientSecret;
import nl.schoollibrary.reservations.contractclient.model.LoginRequest;
import nl.schoollibrary.reservations.contractclient.model.LoginResponse;
import nl.schoollibrary.reservations.contractclient.model.PageTitleSummary;
import nl.schoollibrary.reservations.contractclient.model.PlaceReservationRequest;
import nl.schoollibrary.reservations.contractclient.model.Reservation;
import nl.schoollibrary.reservations.contractclient.model.ReservationOption;
import nl.schoollibrary.reservations.contractclient.model.ReservationStatus;
import nl.schoollibrary.reservations.contractclient.model.Role;
import nl.schoollibrary.reservations.contractclient.model.StudentImportRequest;
import nl.schoollibrary.reservations.contractclient.model.StudentImportResult;
import nl.schoollibrary.reservations.contractclient.model.StudentImportRow;
import nl.schoollibrary.reservations.contractclient.model.TitleDetail;
import nl.schoollibrary.reservations.contractclient.model.TitleSummary;
import nl.schoollibrary.reservations.contractclient.model.TokenResponse;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Builders.Student;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The main flows through a client generated from openapi.yaml by a standard generator (openapi-generator, Java,
 * java.net.http; see the pom), once over HTTP/2 (h2c upgrade, the JDK client's default) and once over HTTP/1.1.
 * Every answer must be read into the generated models, which here also refuse properties the contract does not list:
 * a service that answers what its contract does not say fails this test, not its clients.
 */
@QuarkusTest
class ContractClientTest {

    @TestHTTPResource("/")
    URI base;

    /** Status and protocol of every answer the generated client read. */
    private final List<String> answers = Collections.synchronizedList(new ArrayList<>());

    @ParameterizedTest
    @EnumSource(names = {"HTTP_2", "HTTP_1_1"})
    void the_main_flows_work_through_a_client_generated_from_the_contract(HttpClient.Version version) throws Exception {
        Fixtures.World w = Fixtures.world();
        long title = Builders.title("Contractclient " + version);
        String barcode = Builders.copy(title, w.schoolLibraryId(), "ON_LOAN");
        Student student = Builders.student(w.schoolId());

        // Logins: a student and the school library's staff (the first request opens the connection, with its body).
        AuthenticationApi auth = new AuthenticationApi(client(version, null));
        LoginResponse studentLogin = auth.login(new LoginRequest().username(student.username()).password(Fixtures.PASSWORD));
        assertThat(studentLogin.getUser().getRole()).isEqualTo(Role.STUDENT);
        LoginResponse staffLogin = auth.login(new LoginRequest().username("test.school").password(Fixtures.PASSWORD));
        assertThat(staffLogin.getUser().getRole()).isEqualTo(Role.SCHOOL_STAFF);

        // Search and title detail, as the student.
        ApiClient asStudent = client(version, studentLogin.getAccessToken());
        CatalogueApi catalogue = new CatalogueApi(asStudent);
        PageTitleSummary found = catalogue.searchTitles(null, null, null, 0, "Dolfje Weerwolfje", 20, null);
        assertThat(found.getItems()).extracting(TitleSummary::getId).contains(w.dolfjeId());
        TitleDetail detail = catalogue.titleDetail(title);
        assertThat(detail.getCopies()).hasSize(1);
        assertThat(detail.getReservationOptions().getOptions())
                .filteredOn(o -> o.getPickupLocationId() == w.schoolLibraryId())
                .extracting(ReservationOption::getAllowed).containsExactly(true);

        // Place, read back, cancel.
        ReservationsApi reservations = new ReservationsApi(asStudent);
        Reservation placed = reservations.placeReservation(
                new PlaceReservationRequest().titleId(title).pickupLocationId(w.schoolLibraryId()));
        assertThat(placed.getStatus()).isEqualTo(ReservationStatus.WAITING);
        assertThat(reservations.reservation(placed.getId()).getPosition()).isEqualTo(1);
        Reservation cancelled = reservations.cancelReservation(placed.getId(),
                new CancelReservationRequest().reason("Toch niet nodig"));
        assertThat(cancelled.getStatus()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(TestDatabase.string("SELECT status FROM reservation WHERE id = ?", placed.getId())).isEqualTo("CANCELLED");

        // Placed again, then the desk checks the copy in: it goes to the hold shelf for the student.
        Reservation again = reservations.placeReservation(
                new PlaceReservationRequest().titleId(title).pickupLocationId(w.schoolLibraryId()));
        CheckinResult checkin = new CirculationApi(client(version, staffLogin.getAccessToken()))
                .checkIn(new CheckinRequest().barcode(barcode));
        assertThat(checkin.getOutcome()).isEqualTo(CheckinOutcome.ON_HOLD_SHELF);
        assertThat(checkin.getAlert().getReservationId()).isEqualTo(again.getId());
        assertThat(TestDatabase.string("SELECT status FROM reservation WHERE id = ?", again.getId())).isEqualTo("READY");

        // An integration client of the school: created by the administrator, then a client-credentials token.
        String adminToken = auth.login(new LoginRequest().username("test.admin").password(Fixtures.PASSWORD))
                .getAccessToken();
        String clientId = "contract-" + version.name().toLowerCase().replace('_', '-') + "-" + System.nanoTime() % 100_000;
        IntegrationClientSecret created = new IntegrationApi(client(version, adminToken)).createIntegrationClient(
                new CreateIntegrationClientRequest().clientId(clientId).name("Contracttest")
                        .scopes(List.of("students:write", "events:read")).schoolId(w.schoolId()));
        TokenResponse token = auth.token("client_credentials", clientId, created.getClientSecret(), null);
        assertThat(token.getScope()).contains("students:write").contains("events:read");

        // Student import as JSON: the contract lists text/csv first, so the generated operation takes the body as a
        // string; the same operation sends the generated import model as JSON.
        String studentNumber = "CC-" + clientId;
        StudentImportRequest importRequest = new StudentImportRequest().students(List.of(new StudentImportRow()
                .studentNumber(studentNumber).firstName("Lotte").lastName("Contract").groupName("groep 5")));
        ApiClient asIntegrationJson = client(version, token.getAccessToken())
                .setRequestInterceptor(request -> request.setHeader("Authorization", "Bearer " + token.getAccessToken())
                        .setHeader("Content-Type", "application/json"));
        StudentImportResult imported = new IntegrationApi(asIntegrationJson).importStudents(
                asIntegrationJson.getObjectMapper().writeValueAsString(importRequest), null, null, null, null, null);
        assertThat(imported.getCreated()).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM patron WHERE school_id = ? AND student_number = ?",
                w.schoolId(), studentNumber)).isEqualTo(1);

        // The event feed of the school, from the start, page by page: it has this flow's placements.
        IntegrationApi feed = new IntegrationApi(client(version, token.getAccessToken()));
        List<DomainEvent> events = new ArrayList<>();
        long after = 0;
        EventFeed page;
        do {
            page = feed.events(after, 1000);
            events.addAll(page.getItems());
            after = page.getNext();
        } while (page.getMore());
        assertThat(events).filteredOn(e -> "ReservationPlaced".equals(e.getType()))
                .extracting(DomainEvent::getAggregateId).contains(placed.getId(), again.getId());

        // Every answer came over the protocol asked for, none was a 5xx.
        String protocol = version == HttpClient.Version.HTTP_2 ? "HTTP_2" : "HTTP_1_1";
        assertThat(answers).isNotEmpty().allSatisfy(a -> assertThat(a).startsWith(protocol + " 2"));
    }

    /** A generated ApiClient on the given protocol, with a bearer token when given, strict about unknown properties. */
    private ApiClient client(HttpClient.Version version, String bearer) {
        ObjectMapper strict = ApiClient.createDefaultObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        ApiClient client = new ApiClient(HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(10)),
                strict, base.resolve("/").toString().replaceAll("/$", ""));
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setResponseInterceptor(response -> answers.add(response.version() + " " + response.statusCode() + " "
                + response.request().method() + " " + response.uri().getPath()));
        if (bearer != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearer));
        }
        return client;
    }
}
