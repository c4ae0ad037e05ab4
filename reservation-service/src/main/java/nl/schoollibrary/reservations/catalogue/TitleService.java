package nl.schoollibrary.reservations.catalogue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.Theme;
import nl.schoollibrary.reservations.catalogue.CatalogueFields.TitleValues;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.CatalogueTitle;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.NewCopyOfTitle;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.NewTheme;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.ThemePatch;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.TitleInput;
import nl.schoollibrary.reservations.catalogue.CopyIntakeService.CheckedCopy;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.InputRules;
import nl.schoollibrary.reservations.common.Problem.FieldError;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Constraints;
import nl.schoollibrary.reservations.copy.CopyScope;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import nl.schoollibrary.reservations.reservation.ReservationService;

/**
 * Catalogue intake of titles and themes: look a title up by isbn or record id, create one (with its copies, all or
 * nothing), change it (a patch: absent fields stay, null clears), and the staff view of a title. Titles are shared
 * by the whole system: one title per isbn and per record id (409 TITLE_EXISTS names the one there is). Every change
 * sets {@code updated_at} and goes to the outbox with the fields that changed; search sees it at once (the search
 * vectors are generated columns).
 */
@ApplicationScoped
public class TitleService {

    /** The fields of a title patch, in the order of the API. */
    static final List<String> PATCH_FIELDS = List.of("isbn", "recordId", "title", "subtitle", "authors", "series",
            "seriesNumber", "publisher", "publicationYear", "language", "readingLevel", "ageGroup", "themes",
            "description", "coverUrl");

    private static final int COPIES_MAX = 200;
    private static final int THEME_NAME_MAX = 100;

    @Inject Titles titles;
    @Inject CatalogueThemes themes;
    @Inject CatalogueReads reads;
    @Inject CatalogueQueries queries;
    @Inject CopyIntakeService copies;
    @Inject ReservationService reservationService;
    @Inject EventOutbox events;
    @Inject Clock clock;

    /** The title with this isbn (ISBN-10 or -13, hyphens allowed) or record id, as the staff view; 404 otherwise. */
    @Transactional
    public CatalogueTitle lookup(Actor actor, String isbn, String recordId) {
        requireRead(actor);
        if ((isbn == null || isbn.isBlank()) == (recordId == null || recordId.isBlank())) {
            throw ProblemException.invalid("isbn", "give either isbn or recordId");
        }
        Optional<Long> id;
        if (isbn != null && !isbn.isBlank()) {
            String normalised = CatalogueFields.normaliseIsbn(isbn);
            String problem = CatalogueFields.isbnProblem(normalised);
            if (problem != null) {
                throw ProblemException.invalid("isbn", problem);
            }
            id = reads.titleByIsbn(normalised);
        } else {
            id = reads.titleByRecordId(recordId.strip());
        }
        return reads.title(id.orElseThrow(() -> ProblemException.notFound("Title", isbn != null ? isbn : recordId)),
                CopyScope.of(actor)).orElseThrow();
    }

    @Transactional
    public CatalogueTitle view(Actor actor, long id) {
        requireRead(actor);
        return reads.title(id, CopyScope.of(actor)).orElseThrow(() -> ProblemException.notFound("Title", id));
    }

    /**
     * A new title, with its copies when given: every field of the title and the copies is checked first (400 with all
     * field errors), then the isbn and record id (409 TITLE_EXISTS), the copies' locations (404) and collections
     * (400) and barcodes (409 BARCODE_TAKEN); only then is anything written.
     */
    @Transactional
    public CatalogueTitle create(Actor actor, TitleInput input) {
        actor.requireScope(CopyIntakeService.WRITE_SCOPE);
        TitleValues values = CatalogueFields.normalise(new TitleValues(input.isbn(), input.recordId(), input.title(),
                input.subtitle(), input.authors(), input.series(), input.seriesNumber(), input.publisher(),
                input.publicationYear(), input.language(), input.readingLevel(), input.ageGroup(),
                input.themes() == null ? List.of() : input.themes(), input.description(), input.coverUrl()));
        List<FieldError> errors = new ArrayList<>(CatalogueFields.checkTitle(values));
        List<NewCopyOfTitle> newCopies = input.copies() == null ? List.of() : input.copies();
        if (newCopies.size() > COPIES_MAX) {
            errors.add(new FieldError("copies", "at most " + COPIES_MAX + " copies in one request"));
        }
        Set<String> barcodes = new HashSet<>();
        for (int i = 0; i < newCopies.size() && i < COPIES_MAX; i++) {
            NewCopyOfTitle copy = newCopies.get(i);
            String prefix = "copies[" + i + "].";
            if (copy == null) {
                errors.add(new FieldError("copies[" + i + "]", "must be a copy"));
                continue;
            }
            String barcode = CatalogueFields.normaliseBarcode(copy.barcode());
            if (barcode != null && !barcode.isEmpty() && !barcodes.add(barcode)) {
                errors.add(new FieldError(prefix + "barcode", "the same barcode twice in this request"));
            }
            errors.addAll(CatalogueFields.checkCopy(prefix, barcode,
                    CatalogueFields.normaliseShelfMark(copy.shelfMark())));
            if (copy.locationId() == null) {
                errors.add(new FieldError(prefix + "locationId", "is required"));
            }
            String collectionProblem = CatalogueFields.collectionCodeProblem(
                    CatalogueFields.normaliseCollectionCode(copy.collectionCode()));
            if (collectionProblem != null) {
                errors.add(new FieldError(prefix + "collectionCode", collectionProblem));
            }
        }
        Map<String, Long> themeIds = themeIds(values.themes(), errors);
        if (!errors.isEmpty()) {
            throw PatchBody.invalid(errors);
        }
        requireUnique(values, null);
        List<CheckedCopy> checked = new ArrayList<>();
        for (int i = 0; i < newCopies.size(); i++) {
            NewCopyOfTitle copy = newCopies.get(i);
            checked.add(copies.check(actor, "copies[" + i + "].", copy.barcode(), copy.locationId(), copy.shelfMark(),
                    copy.collectionCode(), new ArrayList<>()));
        }
        copies.requireFree(checked.stream().map(CheckedCopy::barcode).toList());
        Title title = Title.create(values, Set.copyOf(themeIds.values()));
        try {
            titles.persist(title);
            titles.flush();
        } catch (PersistenceException e) {
            throw duplicate(e, values);
        }
        long id = title.id();
        events.titleEvent("TitleCreated", id, actor.organisationId(), actor.schoolId(), created(values));
        if (!checked.isEmpty()) {
            reservationService.lockTitle(id);
            for (CheckedCopy copy : checked) {
                copies.add(actor, id, copy);
            }
        }
        return reads.title(id, CopyScope.of(actor)).orElseThrow();
    }

    /**
     * Changes the fields of the patch: absent ones stay, null clears an optional field; title and authors cannot be
     * cleared, nor both isbn and record id. The whole title is checked as it would be after the change.
     */
    @Transactional
    public CatalogueTitle patch(Actor actor, long id, ObjectNode body) {
        actor.requireScope(CopyIntakeService.WRITE_SCOPE);
        if (id <= 0) {
            throw ProblemException.notFound("Title", id);
        }
        PatchBody patch = PatchBody.of(body, PATCH_FIELDS);
        // The fields as sent, checked on their own first: a bad body is 400 whether or not the title exists.
        TitleValues sent = read(patch, new TitleValues(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null));
        List<FieldError> errors = new ArrayList<>();
        for (String required : List.of("title", "authors")) {
            if (patch.has(required) && patch.text(required, false) == null) {
                errors.add(new FieldError(required, "cannot be cleared"));
            }
        }
        for (FieldError error : CatalogueFields.checkTitle(CatalogueFields.normalise(sent))) {
            if (sent(patch, error.field()) && !CatalogueFields.NEEDS_KEY.equals(error.message())) {
                errors.add(error);
            }
        }
        if (!errors.isEmpty()) {
            throw PatchBody.invalid(errors);
        }
        Title title = titles.lock(id).orElseThrow(() -> ProblemException.notFound("Title", id));
        TitleValues next = CatalogueFields.normalise(read(patch, title.values(reads.themeCodes(id))));
        if (next.authors() == null) {
            // authors is kept as text; a title without authors has empty text, not none
            next = withAuthors(next, "");
        }
        errors.addAll(CatalogueFields.checkTitle(next));
        Map<String, Long> themeIds = themeIds(next.themes(), errors);
        if (!errors.isEmpty()) {
            throw PatchBody.invalid(errors);
        }
        requireUnique(next, id);
        Map<String, Object> changed = title.change(next, Set.copyOf(themeIds.values()), clock.instant());
        if (!changed.isEmpty()) {
            try {
                titles.flush();
            } catch (PersistenceException e) {
                throw duplicate(e, next);
            }
            events.titleEvent("TitleChanged", id, actor.organisationId(), actor.schoolId(), changedPayload(changed));
        }
        return reads.title(id, CopyScope.of(actor)).orElseThrow();
    }

    /** Whether the patch sends a value (not null) for the field. */
    private static boolean sent(PatchBody patch, String field) {
        return patch.has(field) && !patch.isNull(field);
    }

    /** {@code now} with the fields of the patch in place (not yet normalised). */
    private static TitleValues read(PatchBody patch, TitleValues now) {
        return new TitleValues(
                patch.has("isbn") ? patch.text("isbn", false) : now.isbn(),
                patch.has("recordId") ? patch.text("recordId", false) : now.recordId(),
                patch.has("title") ? patch.text("title", false) : now.title(),
                patch.has("subtitle") ? patch.text("subtitle", false) : now.subtitle(),
                patch.has("authors") ? patch.text("authors", false) : now.authors(),
                patch.has("series") ? patch.text("series", false) : now.series(),
                patch.has("seriesNumber") ? patch.integer("seriesNumber") : now.seriesNumber(),
                patch.has("publisher") ? patch.text("publisher", false) : now.publisher(),
                patch.has("publicationYear") ? patch.integer("publicationYear") : now.publicationYear(),
                patch.has("language") ? patch.text("language", false) : now.language(),
                patch.has("readingLevel") ? patch.text("readingLevel", false) : now.readingLevel(),
                patch.has("ageGroup") ? patch.text("ageGroup", false) : now.ageGroup(),
                patch.has("themes") ? orEmpty(patch.texts("themes")) : now.themes(),
                patch.has("description") ? patch.text("description", true) : now.description(),
                patch.has("coverUrl") ? patch.text("coverUrl", false) : now.coverUrl());
    }

    /** A new theme (library staff and administrators; a client with catalogue:write); 409 CONFLICT when the code exists. */
    @Transactional
    public Theme createTheme(Actor actor, NewTheme request) {
        requireThemeWriter(actor);
        String code = CatalogueFields.normaliseThemeCode(request.code());
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !CatalogueFields.THEME_CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "2 to 40 lower-case letters, digits or -"));
        }
        String nameNl = themeName("nameNl", request.nameNl(), true, errors);
        String nameEn = themeName("nameEn", request.nameEn(), true, errors);
        if (!errors.isEmpty()) {
            throw PatchBody.invalid(errors);
        }
        if (!reads.themeIds(List.of(code)).isEmpty()) {
            throw new ProblemException(ErrorCode.CONFLICT, "A theme with the code " + code + " exists already.");
        }
        themes.persist(CatalogueTheme.create(code, nameNl, nameEn));
        themes.flush();
        return theme(code);
    }

    @Transactional
    public Theme renameTheme(Actor actor, String rawCode, ThemePatch request) {
        requireThemeWriter(actor);
        String code = CatalogueFields.normaliseThemeCode(rawCode);
        List<FieldError> errors = new ArrayList<>();
        String nameNl = themeName("nameNl", request.nameNl(), false, errors);
        String nameEn = themeName("nameEn", request.nameEn(), false, errors);
        if (!errors.isEmpty()) {
            throw PatchBody.invalid(errors);
        }
        CatalogueTheme theme = themes.lockByCode(code).orElseThrow(() -> ProblemException.notFound("Theme", code));
        theme.rename(nameNl, nameEn);
        themes.flush();
        return theme(code);
    }

    private Theme theme(String code) {
        return queries.themes().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private static String themeName(String field, String raw, boolean required, List<FieldError> errors) {
        String name = CatalogueFields.text(raw);
        if (name == null) {
            if (required || raw != null) {
                errors.add(new FieldError(field, "must not be empty"));
            }
            return null;
        }
        String problem = InputRules.textProblem(name, false);
        if (problem == null && name.length() > THEME_NAME_MAX) {
            problem = "must be at most " + THEME_NAME_MAX + " characters";
        }
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        }
        return name;
    }

    /** The theme ids of the codes; an unknown code is a field error. */
    private Map<String, Long> themeIds(List<String> codes, List<FieldError> errors) {
        if (codes == null || codes.isEmpty() || CatalogueFields.themesProblem(codes) != null) {
            return Map.of();
        }
        Map<String, Long> ids = reads.themeIds(codes);
        List<String> unknown = codes.stream().filter(code -> !ids.containsKey(code)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("themes", "unknown theme " + String.join(", ", unknown)));
        }
        return ids;
    }

    /** 409 TITLE_EXISTS when another title has the isbn or the record id. */
    private void requireUnique(TitleValues values, Long self) {
        Optional<Long> byIsbn = values.isbn() == null ? Optional.empty() : reads.titleByIsbn(values.isbn());
        if (byIsbn.isPresent() && !byIsbn.get().equals(self)) {
            throw ProblemException.titleExists(byIsbn.get(), "The title " + byIsbn.get() + " has the isbn "
                    + values.isbn() + " already.");
        }
        Optional<Long> byRecord = values.recordId() == null ? Optional.empty()
                : reads.titleByRecordId(values.recordId());
        if (byRecord.isPresent() && !byRecord.get().equals(self)) {
            throw ProblemException.titleExists(byRecord.get(), "The title " + byRecord.get() + " has the record id "
                    + values.recordId() + " already.");
        }
    }

    /** A unique violation of a concurrent create: TITLE_EXISTS (without the other title's id, not visible yet). */
    private static RuntimeException duplicate(PersistenceException e, TitleValues values) {
        if (Constraints.violated(e, "title_isbn_key") || Constraints.violated(e, "title_record_id_key")) {
            return new ProblemException(ErrorCode.TITLE_EXISTS, "A title with the isbn " + values.isbn()
                    + " or record id " + values.recordId() + " was created at the same time.");
        }
        return e;
    }

    private static Map<String, Object> created(TitleValues values) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("isbn", values.isbn());
        payload.put("recordId", values.recordId());
        payload.put("title", values.title());
        return payload;
    }

    /**
     * The fields that changed with their new values, and their names in {@code fields}: a cleared field has no value
     * (the outbox leaves out nulls), so the list is what names it.
     */
    static Map<String, Object> changedPayload(Map<String, Object> changed) {
        Map<String, Object> payload = new LinkedHashMap<>(changed);
        payload.put("fields", List.copyOf(changed.keySet()));
        return payload;
    }

    private static List<String> orEmpty(List<String> codes) {
        return codes == null ? List.of() : codes;
    }

    private static TitleValues withAuthors(TitleValues v, String authors) {
        return new TitleValues(v.isbn(), v.recordId(), v.title(), v.subtitle(), authors, v.series(), v.seriesNumber(),
                v.publisher(), v.publicationYear(), v.language(), v.readingLevel(), v.ageGroup(), v.themes(),
                v.description(), v.coverUrl());
    }

    /** Staff of every kind read the catalogue; a client needs catalogue:read or catalogue:write. */
    private static void requireRead(Actor actor) {
        if (actor.role() == Role.INTEGRATION && !actor.scopes().contains("catalogue:read")) {
            actor.requireScope(CopyIntakeService.WRITE_SCOPE);
        }
    }

    private static void requireThemeWriter(Actor actor) {
        if (actor.role() == Role.SCHOOL_STAFF) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Themes are kept by library staff.");
        }
        actor.requireScope(CopyIntakeService.WRITE_SCOPE);
    }
}
