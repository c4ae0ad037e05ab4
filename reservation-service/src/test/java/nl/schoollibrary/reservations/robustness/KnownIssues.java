package nl.schoollibrary.reservations.robustness;

import nl.schoollibrary.reservations.support.OpenApiContract.Operation;

/**
 * Failures the robustness suite knows of and that are being fixed elsewhere, each listed here so it can be removed
 * the moment the fix lands. Anything not listed fails the suite.
 *
 * <ul>
 * <li>The CSV student import (POST /api/students/import, text/csv): a NUL or an over-long value in a cell reaches the
 * database and answers 500. The CSV parser is being rewritten in integration/Csv and StudentImport, which will refuse
 * them as VALIDATION_FAILED naming the line.</li>
 * </ul>
 */
final class KnownIssues {

    private KnownIssues() {
    }

    static boolean excused(Operation op, RequestGenerator.Request request, Http.Answer answer) {
        return answer.status() == 500 && op.path().equals("/api/students/import")
                && request.contentType() != null && request.contentType().startsWith("text/csv")
                && request.body() != null && (contains(request.body(), (byte) 0) || request.body().length > 10_000);
    }

    private static boolean contains(byte[] body, byte value) {
        for (byte b : body) {
            if (b == value) {
                return true;
            }
        }
        return false;
    }
}
