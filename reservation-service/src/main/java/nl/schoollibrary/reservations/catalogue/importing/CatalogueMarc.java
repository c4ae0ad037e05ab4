package nl.schoollibrary.reservations.catalogue.importing;

import java.io.InputStream;
import java.util.function.Consumer;
import nl.schoollibrary.reservations.catalogue.importing.ImportRows.RawTitle;
import org.marc4j.MarcError;
import org.marc4j.MarcException;
import org.marc4j.MarcPermissiveStreamReader;
import org.marc4j.MarcReader;
import org.marc4j.marc.Record;

/**
 * MARC 21 files, streamed record by record with marc4j: ISO 2709 with its permissive reader (MARC-8 or UTF-8 as
 * leader/09 says, converted to UTF-8), MARCXML with marc4j's handler ({@link SafeMarcXmlReader}: no DOCTYPE, so no
 * external entities). A record the reader cannot take apart (a
 * bad leader or directory, a truncated record, broken XML) refuses the file, naming the record; the reader's repairs
 * of minor damage (a subfield code it had to guess) count as broken too, since the data would be guessed.
 */
final class CatalogueMarc {

    private CatalogueMarc() {
    }

    static void read(InputStream body, boolean xml, MarcMapping.Holdings holdings, Consumer<RawTitle> sink) {
        check(parse(body, xml, holdings, sink));
    }

    private static int parse(InputStream body, boolean xml, MarcMapping.Holdings holdings, Consumer<RawTitle> sink) {
        MarcReader reader = xml ? new SafeMarcXmlReader(body) : new MarcPermissiveStreamReader(body, true, true);
        try {
            return records(reader, xml, holdings, sink);
        } finally {
            if (reader instanceof SafeMarcXmlReader safe) {
                safe.close();
            }
        }
    }

    private static int records(MarcReader reader, boolean xml, MarcMapping.Holdings holdings,
            Consumer<RawTitle> sink) {
        int number = 0;
        while (true) {
            Record record;
            boolean counted = false;
            try {
                if (!reader.hasNext()) {
                    break;
                }
                number++;
                counted = true;
                record = reader.next();
            } catch (MarcException | IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new FileMalformed("record " + (counted ? number : number + 1), "cannot be read as MARC 21"
                        + (xml ? "XML" : "") + ": " + clip(e.getMessage()));
            }
            if (record == null) {
                throw new FileMalformed("record " + number, "cannot be read as MARC 21");
            }
            MarcError worst = worst(record);
            if (worst != null) {
                throw new FileMalformed("record " + number, "is damaged: " + clip(worst.message)
                        + (worst.curField == null || worst.curField.isBlank() ? "" : " (field " + worst.curField + ")"));
            }
            sink.accept(MarcMapping.title(record, number, holdings));
        }
        return number;
    }

    private static void check(int number) {
        if (number == 0) {
            throw new FileMalformed("record 1", "is missing: the file holds no MARC record");
        }
    }

    /** The worst error the permissive reader met in the record, if it was more than a typo it could fix exactly. */
    private static MarcError worst(Record record) {
        if (!record.hasErrors()) {
            return null;
        }
        MarcError worst = null;
        for (MarcError error : record.getErrors()) {
            if (error.severity >= MarcError.MINOR_ERROR && (worst == null || error.severity > worst.severity)) {
                worst = error;
            }
        }
        return worst;
    }

    private static String clip(String message) {
        String text = String.valueOf(message).replaceAll("\\s+", " ");
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
