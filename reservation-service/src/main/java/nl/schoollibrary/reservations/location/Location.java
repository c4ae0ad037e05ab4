package nl.schoollibrary.reservations.location;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.schoollibrary.reservations.common.database.KeptNotDeleted;

/**
 * A location (a library branch or a school library) as an administrator creates and changes it: its code (unique
 * across the installation), name, address, the pickup and loan periods, its opening hours, and whether it is active.
 * A location is never deleted (reservations, loans and copies refer to it); deactivated, it is no pickup choice.
 * The values are checked by {@link LocationRules} before they reach it. The public list and the pickup calendar read
 * the tables through SQL.
 */
@Entity
@Table(name = "location")
public class Location extends KeptNotDeleted {

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LocationKind kind;

    @Column(name = "school_id", updatable = false)
    private Long schoolId;

    private String address;

    @Column(name = "postal_code")
    private String postalCode;

    private String city;

    @Column(name = "pickup_days", nullable = false)
    private int pickupDays;

    @Column(name = "loan_days", nullable = false)
    private int loanDays;

    @ElementCollection
    @CollectionTable(name = "opening_hours", joinColumns = @JoinColumn(name = "location_id"))
    private Set<Hours> openingHours = new HashSet<>();

    protected Location() {
        // for Hibernate
    }

    /** The opening hours of one weekday (ISO, 1 = Monday); a weekday without them is a closed day. */
    @Embeddable
    public static class Hours {

        @Column(nullable = false)
        private short weekday;

        @Column(nullable = false)
        private LocalTime opens;

        @Column(nullable = false)
        private LocalTime closes;

        protected Hours() {
            // for Hibernate
        }

        public Hours(int weekday, LocalTime opens, LocalTime closes) {
            this.weekday = (short) weekday;
            this.opens = opens;
            this.closes = closes;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Hours h && h.weekday == weekday && h.opens.equals(opens) && h.closes.equals(closes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(weekday, opens, closes);
        }
    }

    /** A new, active location; a school library has its school, a branch none (the caller checks which). */
    public static Location create(long organisationId, LocationKind kind, Long schoolId, LocationRules.Values values,
            List<Hours> hours, Instant at) {
        Location location = new Location();
        location.organisationId = organisationId;
        location.kind = kind;
        location.schoolId = kind == LocationKind.SCHOOL_LIBRARY ? schoolId : null;
        location.start(values.name(), at);
        location.code = values.code();
        location.address = values.address();
        location.postalCode = values.postalCode();
        location.city = values.city();
        location.pickupDays = values.pickupDays();
        location.loanDays = values.loanDays();
        location.openingHours.addAll(hours);
        return location;
    }

    /**
     * Changes the fields given (null: unchanged); the changed fields with their new values, for the event. Blank text
     * clears an optional field (address, postal code, city).
     */
    public Map<String, Object> change(String newName, String newAddress, String newPostalCode, String newCity,
            Integer newPickupDays, Integer newLoanDays) {
        Map<String, Object> changed = new LinkedHashMap<>();
        if (newName != null && rename(newName)) {
            changed.put("name", name());
        }
        if (newAddress != null && !Objects.equals(LocationRules.optional(newAddress), address)) {
            address = LocationRules.optional(newAddress);
            changed.put("address", address == null ? "" : address);
        }
        if (newPostalCode != null && !Objects.equals(LocationRules.optional(newPostalCode), postalCode)) {
            postalCode = LocationRules.optional(newPostalCode);
            changed.put("postalCode", postalCode == null ? "" : postalCode);
        }
        if (newCity != null && !Objects.equals(LocationRules.optional(newCity), city)) {
            city = LocationRules.optional(newCity);
            changed.put("city", city == null ? "" : city);
        }
        if (newPickupDays != null && newPickupDays != pickupDays) {
            pickupDays = newPickupDays;
            changed.put("pickupDays", pickupDays);
        }
        if (newLoanDays != null && newLoanDays != loanDays) {
            loanDays = newLoanDays;
            changed.put("loanDays", loanDays);
        }
        return changed;
    }

    /** Replaces the opening hours (one per weekday, checked by {@link LocationRules}); empty: open every day. */
    public void replaceOpeningHours(List<Hours> hours) {
        openingHours.clear();
        openingHours.addAll(hours);
    }

    public long organisationId() {
        return organisationId;
    }

    public Long schoolId() {
        return schoolId;
    }

    public LocationKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
