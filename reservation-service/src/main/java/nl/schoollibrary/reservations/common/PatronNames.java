package nl.schoollibrary.reservations.common;

/** How a patron's name is shown: "Sanne de Vries", or only the last name (a special pass has no first name). */
public final class PatronNames {

    private PatronNames() {
    }

    public static String display(String firstName, String lastName) {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }
}
