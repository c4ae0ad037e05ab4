package nl.schoollibrary.reservations.school;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the student import makes a username when the file gives none: {@code FIRST_NAME_LAST_NAME} (sanne.devries, a
 * number added on a clash) or {@code STUDENT_NUMBER} (the BRIN and the student number, lower case: 12ab-2024-0137).
 */
@Schema(name = "StudentUsernameRule")
public enum StudentUsernameRule {
    FIRST_NAME_LAST_NAME,
    STUDENT_NUMBER
}
