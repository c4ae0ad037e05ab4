package nl.schoollibrary.reservations.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A theme for browsing (snuffelcatalogus), as staff create and rename it; its code is its name in the API and never
 * changes. The list with title counts is read through {@link CatalogueQueries}.
 */
@Entity
@Table(name = "theme")
public class CatalogueTheme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "name_nl", nullable = false)
    private String nameNl;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    protected CatalogueTheme() {
        // for Hibernate
    }

    /** A new theme; code and names checked by the caller. */
    public static CatalogueTheme create(String code, String nameNl, String nameEn) {
        CatalogueTheme theme = new CatalogueTheme();
        theme.code = code;
        theme.nameNl = nameNl;
        theme.nameEn = nameEn;
        return theme;
    }

    public String code() {
        return code;
    }

    /** New names; {@code null} keeps a name. */
    public void rename(String dutch, String english) {
        if (dutch != null) {
            nameNl = dutch;
        }
        if (english != null) {
            nameEn = english;
        }
    }
}
