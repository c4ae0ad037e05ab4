package nl.schoollibrary.reservations.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The characters of an uploaded CSV file, checked on their way to the CSV parser, so that a damaged file is refused
 * with the line where the damage is instead of being read as something else:
 * <ul>
 * <li>UTF-8, decoded strictly (a Latin-1 or Windows-1252 byte is an error, never a replacement character); a byte
 * order mark at the start is skipped;</li>
 * <li>no control characters (NUL, U+0001–U+001F except tab and line ends, DEL, U+0080–U+009F);</li>
 * <li>RFC 4180 quoting on one line: a quoted field closes on the line where it opens (none of the columns may hold a
 * line break, so a quote that is not closed on its line is a stray quote, reported at the line where it opens,
 * instead of swallowing the lines after it), a quote inside an unquoted field and text after a closing quote are
 * errors.</li>
 * </ul>
 * The separator (comma or semicolon, whichever the first line has more of) is chosen from the first line, which must
 * fit in the first {@value #CHUNK} characters. The parser reads ahead, so a {@link CsvFileError} can arrive before the
 * records above it have been parsed; it is the first damage in the file all the same.
 */
public final class CsvText extends Reader {

    public static final int CHUNK = 8192;

    /** A file that is not a readable CSV at {@code line}. An {@link IOException} so it passes through the parser. */
    public static final class CsvFileError extends IOException {
        private final long line;

        CsvFileError(long line, String message) {
            super(message, null);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    private final CharBuffer chars = CharBuffer.allocate(CHUNK);
    private boolean endOfBytes;
    /** All bytes are decoded: what is in {@code chars} is the last of the file. */
    private boolean decoded;
    private boolean started;
    private char separator = ',';

    private State state = State.FIELD_START;
    private long line = 1;
    private boolean afterCarriageReturn;

    public CsvText(InputStream in) {
        this.in = in;
        bytes.flip(); // empty, in read mode
        chars.flip();
    }

    /** The separator of the file; reading starts (and the first line is checked) on the first call. */
    public char separator() throws IOException {
        if (!started) {
            fill();
        }
        return separator;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Decodes and checks the next chunk of characters; false at the end of the file. */
    private boolean fill() throws IOException {
        if (decoded) {
            return false;
        }
        chars.clear();
        CoderResult result;
        while (true) {
            result = decoder.decode(bytes, chars, endOfBytes);
            if (result.isError() || result.isOverflow()) {
                break;
            }
            if (endOfBytes) {
                decoder.flush(chars); // nothing to add for UTF-8
                decoded = true;
                break;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfBytes = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        chars.flip();
        if (!started) {
            started = true;
            start();
        }
        // The characters before a decoding error are checked first: an earlier error is reported first, and the line
        // count is exact when the decoding error is reported.
        inspect();
        if (result.isError()) {
            int bad = bytes.get(bytes.position()) & 0xff;
            throw new CsvFileError(line, String.format(Locale.ROOT, "is not valid UTF-8 (byte 0x%02X); save the file"
                    + " as UTF-8 (\"CSV UTF-8\" in spreadsheet programs)", bad));
        }
        if (decoded && state == State.QUOTED) {
            throw stray();
        }
        return chars.hasRemaining();
    }

    /** Skips a byte order mark and chooses the separator from the first line. */
    private void start() throws CsvFileError {
        if (chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') {
            chars.get();
        }
        int commas = 0;
        int semicolons = 0;
        boolean lineEnded = false;
        for (int i = chars.position(); i < chars.limit(); i++) {
            char ch = chars.get(i);
            if (ch == '\n' || ch == '\r') {
                lineEnded = true;
                break;
            }
            commas += ch == ',' ? 1 : 0;
            semicolons += ch == ';' ? 1 : 0;
        }
        if (!lineEnded && chars.limit() == chars.capacity()) {
            throw new CsvFileError(1, "the first line (the column names) is longer than " + CHUNK + " characters");
        }
        separator = semicolons > commas ? ';' : ',';
    }

    private void inspect() throws CsvFileError {
        for (int i = chars.position(); i < chars.limit(); i++) {
            inspect(chars.get(i));
        }
    }

    private void inspect(char ch) throws CsvFileError {
        if (ch == '\n' && afterCarriageReturn) { // the second half of CR LF: one line end
            afterCarriageReturn = false;
            return;
        }
        afterCarriageReturn = ch == '\r';
        if (ch == '\n' || ch == '\r') {
            if (state == State.QUOTED) {
                throw stray();
            }
            state = State.FIELD_START;
            line++;
            return;
        }
        if (Character.isISOControl(ch) && ch != '\t') {
            throw new CsvFileError(line, ch == 0 ? "contains a NUL character (U+0000)"
                    : String.format(Locale.ROOT, "contains a control character (U+%04X)", (int) ch));
        }
        switch (state) {
            case FIELD_START -> state = ch == '"' ? State.QUOTED : ch == separator ? State.FIELD_START : State.UNQUOTED;
            case UNQUOTED -> {
                if (ch == '"') {
                    throw new CsvFileError(line, "has a double quote (\") inside a field that is not in quotes; put the"
                            + " field in quotes and double the quote (\"\")");
                }
                if (ch == separator) {
                    state = State.FIELD_START;
                }
            }
            case QUOTED -> state = ch == '"' ? State.AFTER_QUOTE : State.QUOTED;
            case AFTER_QUOTE -> {
                if (ch == '"') {
                    state = State.QUOTED; // a doubled quote inside a quoted field
                } else if (ch == separator) {
                    state = State.FIELD_START;
                } else {
                    throw new CsvFileError(line, "has text after the closing quote of a field; a quote inside a"
                            + " quoted field must be doubled (\"\")");
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private CsvFileError stray() {
        return new CsvFileError(line, "has a quote (\") that opens a field and is not closed on this line; a stray"
                + " quote would swallow the lines after it (no column may hold a line break)");
    }
}
