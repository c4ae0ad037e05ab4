package nl.schoollibrary.reservations.catalogue.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an import notes without rejecting anything: MARC subjects that match no theme (ignored), counted. */
final class Notes {

    private static final int MAX_SUBJECTS = 200;
    private final Map<String, Integer> unknownSubjects = new LinkedHashMap<>();
    private int more;

    void unknownSubject(String subject) {
        if (unknownSubjects.containsKey(subject) || unknownSubjects.size() < MAX_SUBJECTS) {
            unknownSubjects.merge(subject, 1, Integer::sum);
        } else {
            more++;
        }
    }

    List<String> list() {
        List<String> notes = new ArrayList<>();
        if (!unknownSubjects.isEmpty()) {
            StringBuilder text = new StringBuilder("Subjects (650) without a matching theme, ignored: ");
            int i = 0;
            for (Map.Entry<String, Integer> e : unknownSubjects.entrySet()) {
                if (i++ == 20) {
                    text.append(", … (").append(unknownSubjects.size() - 20 + more).append(" more)");
                    break;
                }
                text.append(i == 1 ? "" : ", ").append('"').append(e.getKey()).append("\" (").append(e.getValue())
                        .append(')');
            }
            notes.add(text.toString());
        }
        return notes;
    }
}
