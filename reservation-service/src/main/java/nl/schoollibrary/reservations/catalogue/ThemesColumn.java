package nl.schoollibrary.reservations.catalogue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.ThemeRef;

/** A title's themes as the catalogue queries select them: one JSON array column ({@code json_agg}), null for none. */
final class ThemesColumn {

    private static final TypeReference<List<ThemeRef>> THEME_LIST = new TypeReference<>() {
    };

    private ThemesColumn() {
    }

    static List<ThemeRef> read(ObjectMapper mapper, String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return mapper.readValue(json, THEME_LIST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
