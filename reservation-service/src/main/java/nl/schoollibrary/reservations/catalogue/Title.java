package nl.schoollibrary.reservations.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.schoollibrary.reservations.catalogue.CatalogueFields.TitleValues;

/**
 * A title (titelbeschrijving) as catalogue intake creates and changes it: found by its ISBN-13 or the library's record
 * id, with its themes (by id; the use case maps theme codes). The values are checked by {@link CatalogueFields} before
 * they reach it. Search and the title pages read the table through SQL ({@link CatalogueQueries}); the search vectors
 * are generated columns, so a new or changed title is found at once.
 */
@Entity
@Table(name = "title")
public class Title {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String isbn;

    @Column(name = "record_id")
    private String recordId;

    @Column(nullable = false)
    private String title;

    private String subtitle;

    @Column(nullable = false)
    private String authors;

    private String series;

    @Column(name = "series_number")
    private Integer seriesNumber;

    private String publisher;

    @Column(name = "publication_year")
    private Integer publicationYear;

    private String language;

    @Column(name = "reading_level")
    private String readingLevel;

    @Column(name = "age_group")
    private String ageGroup;

    private String description;

    @Column(name = "cover_url")
    private String coverUrl;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "title_theme", joinColumns = @JoinColumn(name = "title_id"))
    @Column(name = "theme_id")
    private Set<Long> themeIds = new HashSet<>();

    protected Title() {
        // for Hibernate
    }

    /** A new title with these (checked, normalised) values and themes. */
    public static Title create(TitleValues values, Set<Long> themes) {
        Title title = new Title();
        title.set(values);
        title.themeIds = new HashSet<>(themes);
        return title;
    }

    public Long id() {
        return id;
    }

    /** The title's values now (themes as the codes given; the caller maps ids back when it needs them). */
    public TitleValues values(List<String> themeCodes) {
        return new TitleValues(isbn, recordId, title, subtitle, authors, series, seriesNumber, publisher,
                publicationYear, language, readingLevel, ageGroup, themeCodes, description, coverUrl);
    }

    public Set<Long> themeIds() {
        return Set.copyOf(themeIds);
    }

    /**
     * Takes the (checked, normalised) values and themes; answers the fields that changed with their new values
     * (empty: nothing changed, and {@code updated_at} stays).
     */
    public Map<String, Object> change(TitleValues next, Set<Long> themes, Instant at) {
        TitleValues before = values(null);
        Map<String, Object> changed = new LinkedHashMap<>();
        compare(changed, "isbn", before.isbn(), next.isbn());
        compare(changed, "recordId", before.recordId(), next.recordId());
        compare(changed, "title", before.title(), next.title());
        compare(changed, "subtitle", before.subtitle(), next.subtitle());
        compare(changed, "authors", before.authors(), next.authors());
        compare(changed, "series", before.series(), next.series());
        compare(changed, "seriesNumber", before.seriesNumber(), next.seriesNumber());
        compare(changed, "publisher", before.publisher(), next.publisher());
        compare(changed, "publicationYear", before.publicationYear(), next.publicationYear());
        compare(changed, "language", before.language(), next.language());
        compare(changed, "readingLevel", before.readingLevel(), next.readingLevel());
        compare(changed, "ageGroup", before.ageGroup(), next.ageGroup());
        compare(changed, "description", before.description(), next.description());
        compare(changed, "coverUrl", before.coverUrl(), next.coverUrl());
        boolean themesChanged = !themeIds.equals(themes);
        if (themesChanged) {
            changed.put("themes", next.themes());
        }
        if (!changed.isEmpty()) {
            set(next);
            if (themesChanged) {
                themeIds.clear();
                themeIds.addAll(themes);
            }
            updatedAt = at;
        }
        return changed;
    }

    private void set(TitleValues v) {
        isbn = v.isbn();
        recordId = v.recordId();
        title = v.title();
        subtitle = v.subtitle();
        authors = v.authors();
        series = v.series();
        seriesNumber = v.seriesNumber();
        publisher = v.publisher();
        publicationYear = v.publicationYear();
        language = v.language();
        readingLevel = v.readingLevel();
        ageGroup = v.ageGroup();
        description = v.description();
        coverUrl = v.coverUrl();
    }

    private static void compare(Map<String, Object> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.put(field, after);
        }
    }
}
