package nl.schoollibrary.reservations.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What every piece of text and every date a client sends must be before it reaches a use case or the database
 * (docs/error-codes.md): text without control characters (PostgreSQL refuses NUL in text; the others have no place in
 * names, codes or barcodes) and dates in the years 1900 to 9999. The checks are applied centrally: to JSON bodies by
 * {@link StrictJson}, to path, query and form parameters by {@link RequestRules}.
 */
public final class InputRules {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
    public static final String DATE_RANGE = "must be a date from 1900-01-01 to 9999-12-31";
    public static final String INSTANT_RANGE = "must be a moment in the years 1900 to 9999";
    public static final String CONTROL_CHARACTERS = "must not contain control characters";
    public static final String INVALID_TEXT = "must be valid Unicode text";

    private static final Instant EARLIEST_INSTANT = EARLIEST_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LATEST_INSTANT = LATEST_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private InputRules() {
    }

    /**
     * Why this text is refused, or null when it is fine. Control characters (U+0000–U+001F, U+007F–U+009F) are refused;
     * tab, carriage return and line feed only where {@code freeText} (fields marked {@link FreeText}). A lone
     * surrogate is no character at all.
     */
    public static String textProblem(String text, boolean freeText) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isISOControl(ch)) {
                if (!(freeText && (ch == '\t' || ch == '\n' || ch == '\r'))) {
                    return CONTROL_CHARACTERS;
                }
            } else if (Character.isHighSurrogate(ch)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return INVALID_TEXT;
                }
            } else if (Character.isLowSurrogate(ch)) {
                return INVALID_TEXT;
            }
        }
        return null;
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    public static boolean inRange(Instant instant) {
        return !instant.isBefore(EARLIEST_INSTANT) && instant.isBefore(LATEST_INSTANT);
    }
}
