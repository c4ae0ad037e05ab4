package nl.schoollibrary.reservations.location;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The two kinds of location: a library branch (vestiging) and a school library (schoolbibliotheek). One enum for the
 * catalogue, the reservation rules and the API; it lives here, with the locations, so both may import it without one
 * depending on the other.
 */
@Schema(name = "LocationKind")
public enum LocationKind {
    BRANCH,
    SCHOOL_LIBRARY
}
