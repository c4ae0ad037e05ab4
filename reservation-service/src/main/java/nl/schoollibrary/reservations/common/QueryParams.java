package nl.schoollibrary.reservations.common;

import java.util.Locale;

/** Strict parsing of query parameters, so bad values get VALIDATION_FAILED with the field name. */
public final class QueryParams {

    private QueryParams() {
    }

    public static int intParam(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw ProblemException.invalid(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number");
        }
    }

    public static Long idParam(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value < 1) {
                throw ProblemException.invalid(name, "must be a positive id");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a positive id");
        }
    }

    public static boolean boolParam(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    public static String textParam(String name, String raw, int maxLength) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ProblemException.invalid(name, "must be at most " + maxLength + " characters");
        }
        String problem = InputRules.textProblem(value, false);
        if (problem != null) {
            throw ProblemException.invalid(name, problem);
        }
        return value;
    }

    public static java.time.LocalDate dateParam(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        java.time.LocalDate date;
        try {
            date = java.time.LocalDate.parse(raw.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date such as 2026-09-01");
        }
        if (!InputRules.inRange(date)) {
            throw ProblemException.invalid(name, InputRules.DATE_RANGE);
        }
        return date;
    }

    /** An id in a path that is not a positive number names nothing: 404, like an unknown id. */
    public static long pathId(String raw, String what) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        throw ProblemException.notFound(what, raw.length() > 40 ? raw.substring(0, 40) + "…" : raw);
    }
}
