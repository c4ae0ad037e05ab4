package nl.schoollibrary.reservations.robustness;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON text from plain values (maps, lists, strings, numbers, booleans, null) and raw fragments, so a test can
 * send what no JSON library would write: numbers out of every range, 10,000 levels of nesting, half a document.
 */
final class JsonText {

    /** A fragment sent as it is. */
    record Raw(String json) {
        @Override
        public String toString() {
            return json.length() > 60 ? json.substring(0, 60) + "…(" + json.length() + " chars)" : json;
        }
    }

    private JsonText() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    static Raw nested(int depth) {
        return new Raw("[".repeat(depth) + "]".repeat(depth));
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("Not a JSON value: " + value.getClass());
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20 || Character.isSurrogate(ch) && !validPair(text, i)) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A lone surrogate cannot be written as UTF-8: it goes as an escape, as a hostile client would send it. */
    private static boolean validPair(String text, int i) {
        char ch = text.charAt(i);
        if (Character.isHighSurrogate(ch)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** A short, printable description of a value for a failure report. */
    static String brief(Object value) {
        String text = value instanceof Raw raw ? raw.toString() : write(value);
        return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + " chars)" : text;
    }
}
