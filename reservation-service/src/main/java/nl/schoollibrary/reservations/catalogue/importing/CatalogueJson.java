package nl.schoollibrary.reservations.catalogue.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.schoollibrary.reservations.catalogue.importing.ImportRows.RawCopy;
import nl.schoollibrary.reservations.catalogue.importing.ImportRows.RawTitle;

/**
 * A catalogue JSON file, {@code { "titles": [ { …title…, "copies": [ { … } ] } ] }}, streamed with Jackson's
 * {@link JsonParser} one title at a time (never the whole tree). JSON that cannot be read (syntax, encoding, not an
 * object, no titles array) refuses the file naming the line; a field of the wrong type or an unknown field is an error
 * of its title. A field left out changes nothing; null clears an optional field.
 */
final class CatalogueJson {

    private CatalogueJson() {
    }

    static void read(JsonFactory factory, InputStream body, Consumer<RawTitle> sink) {
        try (JsonParser parser = factory.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new FileMalformed("line 1", "is missing: the file is empty; expected {\"titles\": [ … ]}");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new FileMalformed(line(parser), "must be a JSON object {\"titles\": [ … ]}");
            }
            boolean titles = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!name.equals("titles")) {
                    throw new FileMalformed(line(parser), "\"" + ImportStage.clip(name) + "\" is not known here; the"
                            + " file holds {\"titles\": [ … ]}");
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new FileMalformed(line(parser), "titles must be an array");
                }
                titles = true;
                int record = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    sink.accept(title(parser, ++record));
                }
            }
            if (!titles) {
                throw new FileMalformed(line(parser), "has no \"titles\" array");
            }
            if (parser.nextToken() != null) {
                throw new FileMalformed(line(parser), "has something after the JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new FileMalformed("line " + (e.getLocation() == null ? 1 : e.getLocation().getLineNr()),
                    "is not valid JSON: " + clip(e.getOriginalMessage()));
        } catch (CharConversionException e) {
            throw new FileMalformed("file", "is not valid UTF-8: " + clip(e.getMessage()));
        } catch (IOException e) {
            throw new FileMalformed("file", "cannot be read: " + clip(e.getMessage()));
        }
    }

    private static RawTitle title(JsonParser parser, int record) throws IOException {
        RawTitle title = new RawTitle(record, (int) parser.currentLocation().getLineNr());
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            title.error(null, "must be an object with the title's fields");
            parser.skipChildren();
            return title;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("copies")) {
                copies(parser, title);
            } else if (name.equals("themes")) {
                if (value == JsonToken.VALUE_NULL) {
                    title.fields.put("themes", List.of());
                } else if (value != JsonToken.START_ARRAY) {
                    title.error("themes", "must be an array of theme codes");
                    parser.skipChildren();
                } else {
                    List<String> codes = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        if (parser.currentToken() == JsonToken.VALUE_STRING) {
                            codes.add(parser.getText());
                        } else {
                            title.error("themes", "must be an array of theme codes");
                            parser.skipChildren();
                        }
                    }
                    title.fields.put("themes", codes);
                }
            } else if (!ImportRows.TITLE_FIELDS.contains(name)) {
                title.error(ImportStage.clip(name), "is not a field of a title");
                parser.skipChildren();
            } else if (value == JsonToken.VALUE_NULL) {
                title.fields.put(name, null);
            } else if (value == JsonToken.VALUE_NUMBER_INT && (name.equals("seriesNumber")
                    || name.equals("publicationYear"))) {
                if (parser.getNumberType() == JsonParser.NumberType.INT) {
                    title.fields.put(name, parser.getIntValue());
                } else {
                    title.error(name, "is out of range");
                }
            } else if (value == JsonToken.VALUE_STRING && !(name.equals("seriesNumber")
                    || name.equals("publicationYear"))) {
                title.fields.put(name, parser.getText());
            } else {
                title.error(name, name.equals("seriesNumber") || name.equals("publicationYear")
                        ? "must be a whole number" : "must be a string");
                parser.skipChildren();
            }
        }
        return title;
    }

    private static void copies(JsonParser parser, RawTitle title) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            title.error("copies", "must be an array");
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            RawCopy copy = new RawCopy((int) parser.currentLocation().getLineNr());
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                title.error("copies", "must hold objects with barcode, location, shelfMark, collection");
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!ImportRows.COPY_FIELDS.contains(name)) {
                    title.error("copies." + ImportStage.clip(name), "is not a field of a copy");
                    parser.skipChildren();
                } else if (value == JsonToken.VALUE_NULL) {
                    copy.fields.put(name, null);
                } else if (value == JsonToken.VALUE_STRING) {
                    copy.fields.put(name, parser.getText());
                } else {
                    title.error("copies." + name, "must be a string");
                    parser.skipChildren();
                }
            }
            title.copies.add(copy);
        }
    }

    private static String line(JsonParser parser) {
        return "line " + parser.currentLocation().getLineNr();
    }

    private static String clip(String message) {
        String text = String.valueOf(message).replaceAll("\\s+", " ");
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
