package nl.schoollibrary.reservations.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The stable problem codes of the API, with their HTTP status. The table is in docs/error-codes.md; the contract
 * lists them as the enum {@code ProblemCode}, so a generated client knows every code.
 */
@Schema(name = "ProblemCode", description = "Stable machine-readable reason code of a problem")
public enum ErrorCode {
    AUTHENTICATION_REQUIRED(401, "Authentication required"),
    INVALID_CREDENTIALS(401, "Invalid username or password"),
    ACCOUNT_DISABLED(401, "Account disabled"),
    SESSION_ENDED(401, "Session ended"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    REQUEST_TOO_LARGE(413, "Request too large"),
    VALIDATION_FAILED(400, "Validation failed"),
    IMPORT_FILE_INVALID(400, "Import file invalid"),
    IMPORT_FILE_MALFORMED(400, "Import file malformed"),
    CONFLICT(409, "Conflict"),
    TOO_MANY_ATTEMPTS(429, "Too many attempts"),
    RATE_LIMITED(429, "Rate limited"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
    DEACTIVATION_REFUSED(422, "Deactivation refused"),
    RESERVATIONS_NOT_ALLOWED(422, "Reservations not allowed"),
    AVAILABLE_ON_SHELF(422, "Available on the shelf"),
    LIBRARY_LINK_MISSING(422, "Library link missing"),
    LIBRARY_MEMBERSHIP_REQUIRED(422, "Library membership required"),
    PICKUP_LOCATION_INVALID(422, "Pickup location invalid"),
    TITLE_NOT_RESERVABLE(422, "Title not reservable"),
    DUPLICATE_RESERVATION(409, "Duplicate reservation"),
    RESERVATION_LIMIT_REACHED(422, "Reservation limit reached"),
    LOAN_BLOCKED(422, "Loan blocked"),
    HELD_FOR_ANOTHER_PATRON(409, "Held for another patron"),
    COPY_NOT_AVAILABLE(409, "Copy not available"),
    TITLE_EXISTS(409, "Title exists"),
    BARCODE_TAKEN(409, "Barcode taken"),
    COPY_ON_LOAN(409, "Copy on loan"),
    COPY_WITHDRAWN(409, "Copy withdrawn"),
    COPY_HELD_OR_IN_TRANSIT(409, "Copy held or in transit"),
    CODE_TAKEN(409, "Code taken"),
    BRIN_TAKEN(409, "BRIN taken"),
    USERNAME_TAKEN(409, "Username taken"),
    LOCATION_IN_USE(409, "Location in use"),
    LAST_ADMINISTRATOR(409, "Last administrator"),
    PASSWORD_TOO_WEAK(400, "Password too weak"),
    CURRENT_PASSWORD_WRONG(403, "Current password wrong"),
    PASSWORD_CHANGE_REQUIRED(403, "Password change required"),
    TEMPORARY_PASSWORD_EXPIRED(401, "Temporary password expired"),
    SETUP_DONE(409, "Setup done"),
    SETUP_TOKEN_INVALID(403, "Setup token invalid"),
    WEBHOOK_URL_INVALID(400, "Webhook URL invalid"),
    TEMPLATE_INVALID(400, "Template invalid"),
    DELIVERY_NOT_RETRYABLE(409, "Delivery not retryable"),
    INTERNAL_ERROR(500, "Internal error"),
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** A stable URI per code, as RFC 9457 recommends for {@code type}. */
    public String type() {
        return "https://schoollibrary.nl/problems/" + name().toLowerCase().replace('_', '-');
    }
}
