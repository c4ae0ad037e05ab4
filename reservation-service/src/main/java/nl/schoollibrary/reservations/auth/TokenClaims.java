package nl.schoollibrary.reservations.auth;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Names of the scope claims in an access token. */
public final class TokenClaims {
    public static final String PATRON_ID = "patronId";
    public static final String SCHOOL_ID = "schoolId";
    public static final String ORGANISATION_ID = "organisationId";
    public static final String LOCATION_ID = "locationId";
    public static final String DISPLAY_NAME = "name";
    /** The login session an access token belongs to (a person's token; an integration client's has none). */
    public static final String SESSION_ID = "sid";
    /**
     * {@code true} in the token of a login with a temporary password or start code: until it is changed the token
     * opens nothing but {@link PasswordChangeRequired#ALLOWED} (403 PASSWORD_CHANGE_REQUIRED).
     */
    public static final String MUST_CHANGE_PASSWORD = "pwc";
    /** Space-separated scopes of an integration client (OAuth 2 style). */
    public static final String SCOPE = "scope";

    private TokenClaims() {
    }

    /**
     * The whole-number claim {@code name} of a verified token, or {@code null} when it has none. A number claim may
     * come back as a JSON number or as its text (quoted); anything else is a {@link NumberFormatException}.
     */
    public static Long longClaim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return Long.parseLong(value.toString().replace("\"", ""));
    }
}
