package nl.schoollibrary.reservations.catalogue;

import java.util.Set;
import nl.schoollibrary.reservations.common.ProblemException;

/**
 * A catalogue search. Types, lengths and ranges are checked where the parameters are read (the resource); the age
 * group and the theme code are checked here, each refused naming its parameter.
 */
public record SearchCriteria(String text, String theme, String ageGroup, Long locationId, boolean availableNow,
        int page, int size) {

    public static final Set<String> AGE_GROUPS = Set.of("0-4", "4-6", "6-9", "9-12", "12-15");

    public SearchCriteria {
        if (ageGroup != null && !AGE_GROUPS.contains(ageGroup)) {
            throw ProblemException.invalid("ageGroup", "must be one of 0-4, 4-6, 6-9, 9-12, 12-15");
        }
        if (theme != null && !theme.matches("[a-z0-9-]{2,40}")) {
            throw ProblemException.invalid("theme", "must be a theme code such as 'griezelen'");
        }
    }

    public int offset() {
        return page * size;
    }
}
