package nl.schoollibrary.reservations.location;

import jakarta.persistence.PersistenceException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Problem.FieldError;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Constraints;
import nl.schoollibrary.reservations.location.LocationDtos.NewLocation;
import nl.schoollibrary.reservations.location.LocationDtos.NewSchoolLibrary;
import nl.schoollibrary.reservations.location.LocationDtos.OpeningHours;

/**
 * The rules of a location's fields beyond their schemas: text trimmed (blank optional text is none), the defaults of
 * the pickup and loan periods, opening hours with one row per weekday that opens before it closes, and a code that
 * is unique across the installation (the database's unique index decides: 409 CODE_TAKEN).
 */
public final class LocationRules {

    public static final int DEFAULT_PICKUP_DAYS = 7;
    public static final int DEFAULT_LOAN_DAYS = 21;

    private LocationRules() {
    }

    /** The values of a new location, checked and trimmed. */
    public record Values(String code, String name, String address, String postalCode, String city, int pickupDays,
            int loanDays) {
    }

    public static Values values(NewLocation in) {
        return values(in.code(), in.name(), in.address(), in.postalCode(), in.city(), in.pickupDays(), in.loanDays());
    }

    public static Values values(NewSchoolLibrary in) {
        return values(in.code(), in.name(), in.address(), in.postalCode(), in.city(), in.pickupDays(), in.loanDays());
    }

    private static Values values(String code, String name, String address, String postalCode, String city,
            Integer pickupDays, Integer loanDays) {
        return new Values(code, name.strip(), optional(address), optional(postalCode), optional(city),
                pickupDays == null ? DEFAULT_PICKUP_DAYS : pickupDays, loanDays == null ? DEFAULT_LOAN_DAYS : loanDays);
    }

    /** Optional text: trimmed, and none when blank. */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Opening hours as stored: at most one per weekday, each opening before it closes; 400 VALIDATION_FAILED naming
     * the field ({@code prefix[i]}) otherwise. None (null or empty): no opening days registered, open every day.
     */
    public static List<Location.Hours> hours(String prefix, List<OpeningHours> given) {
        if (given == null) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        List<Location.Hours> hours = new ArrayList<>();
        Set<Integer> weekdays = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            OpeningHours h = given.get(i);
            String field = prefix + "[" + i + "]";
            if (!weekdays.add(h.weekday())) {
                errors.add(new FieldError(field + ".weekday", "the same weekday twice"));
                continue;
            }
            LocalTime opens = LocalTime.parse(h.opens());
            LocalTime closes = LocalTime.parse(h.closes());
            if (!opens.isBefore(closes)) {
                errors.add(new FieldError(field + ".closes", "must be later than opens"));
                continue;
            }
            hours.add(new Location.Hours(h.weekday(), opens, closes));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ErrorCode.VALIDATION_FAILED, "The opening hours are not valid.",
                    List.copyOf(errors), Map.of());
        }
        return hours;
    }

    /** 409 CODE_TAKEN when the write failed on the unique location code; {@code e} itself otherwise. */
    public static RuntimeException codeTaken(PersistenceException e, String code) {
        if (Constraints.violated(e, "location_code_key")) {
            return new ProblemException(ErrorCode.CODE_TAKEN, "The location code " + code + " is in use already.");
        }
        if (Constraints.violated(e, "location_one_library_per_school")) {
            return new ProblemException(ErrorCode.CONFLICT, "This school has a school library already.");
        }
        return e;
    }
}
