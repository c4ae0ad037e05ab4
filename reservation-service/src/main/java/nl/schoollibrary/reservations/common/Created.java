package nl.schoollibrary.reservations.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * 201 Created with the new resource and its path in {@code Location}. The path is sent as it is (a relative reference,
 * RFC 9110 §10.2.2): correct behind any proxy, and without resolving the request's absolute URI on every create, which
 * {@code Response.created} does (~3% of the service CPU of placing a reservation). The operation declares the 201 in
 * the contract with {@code @APIResponseSchema(value = X.class, responseCode = "201")}: the schema of its body.
 */
public final class Created {

    private Created() {
    }

    public static Response at(String path, Object entity) {
        return created(path, entity).build();
    }

    /** As {@link #at}, for a resource whose answer holds a secret shown only this once: no cache may keep it. */
    public static Response notStored(String path, Object entity) {
        return created(path, entity).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private static Response.ResponseBuilder created(String path, Object entity) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, path).entity(entity);
    }
}
