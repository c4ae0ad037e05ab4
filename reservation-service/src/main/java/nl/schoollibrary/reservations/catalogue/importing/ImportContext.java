package nl.schoollibrary.reservations.catalogue.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * What the rows are checked against, read once per import (a few hundred rows at most): the locations the caller may
 * import copies into (by code), the collections of their organisation (by code) and the themes (by code, and by Dutch
 * name for MARC subjects).
 *
 * @param organisationId the organisation of every location in scope (the import's lock and record)
 * @param schoolId the school, when the caller is limited to one school's library (for the event's tenant)
 */
record ImportContext(long organisationId, Long schoolId, Long locationId, Map<String, Long> locations,
        Map<String, Long> collections, Map<String, Long> themesByCode, Map<String, Long> themesByName) {

    /** A theme name or subject folded for matching: lower case, accents and trailing punctuation gone. */
    static String fold(String text) {
        String stripped = text.strip().replaceAll("[\\s.,;:/]+$", "");
        return Normalizer.normalize(stripped, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
