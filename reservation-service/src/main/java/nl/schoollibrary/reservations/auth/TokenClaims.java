package nl.schoollibrary.reservations.auth;

/** Names of the scope claims in an access token. */
public final class TokenClaims {
    public static final String PATRON_ID = "patronId";
    public static final String SCHOOL_ID = "schoolId";
    public static final String ORGANISATION_ID = "organisationId";
    public static final String LOCATION_ID = "locationId";
    public static final String DISPLAY_NAME = "name";
    /** The login session an access token belongs to (a person's token; an integration client's has none). */
    public static final String SESSION_ID = "sid";
    /** Space-separated scopes of an integration client (OAuth 2 style). */
    public static final String SCOPE = "scope";

    private TokenClaims() {
    }
}
