package nl.schoollibrary.reservations.webhook;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import nl.schoollibrary.reservations.common.database.Stamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Where an integration client receives its events: a URL, the event types, the signing secret (kept, because the
 * service signs with it; shown once), active or not. The dispatcher pauses it after failures in a row (in SQL, with
 * the row locked); {@link #resume} clears that. Loaded and saved through {@link WebhookEndpoints}; the view the API
 * shows is read through {@link WebhookReads}.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(nullable = false)
    private String url;

    private String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false)
    private String[] eventTypes;

    @Column(nullable = false)
    private String secret;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "pause_reason")
    private String pauseReason;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "created_by", nullable = false, updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "created_at", nullable = false, updatable = false))
    private Stamp created;

    @Version
    private int version;

    protected WebhookEndpoint() {
        // for Hibernate
    }

    /** A new, active endpoint; the URL and types are already checked. */
    static WebhookEndpoint create(long clientId, String url, String description, List<String> eventTypes,
            String secret, Instant now, String createdBy) {
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.clientId = clientId;
        endpoint.url = url;
        endpoint.description = description;
        endpoint.eventTypes = eventTypes.toArray(String[]::new);
        endpoint.secret = secret;
        endpoint.active = true;
        endpoint.created = new Stamp(createdBy, now);
        return endpoint;
    }

    public Long id() {
        return id;
    }

    public long clientId() {
        return clientId;
    }

    public String url() {
        return url;
    }

    /** null: none. */
    public String description() {
        return description;
    }

    public List<String> eventTypes() {
        return List.of(eventTypes);
    }

    public boolean active() {
        return active;
    }

    void changeUrl(String url) {
        this.url = url;
    }

    /** null: none. */
    void describe(String description) {
        this.description = description;
    }

    void subscribe(List<String> eventTypes) {
        this.eventTypes = eventTypes.toArray(String[]::new);
    }

    void activate(boolean active) {
        this.active = active;
    }

    /** Deliveries go out again: the pause and the count of failures in a row are cleared. */
    void resume() {
        this.pausedAt = null;
        this.pauseReason = null;
        this.consecutiveFailures = 0;
    }

    /** A new signing secret: calls from now on are signed with it only. */
    void rotateSecret(String secret) {
        this.secret = secret;
    }
}
