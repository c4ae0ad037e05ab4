package nl.schoollibrary.reservations.catalogue.importing;

/** The file cannot be read as what its Content-Type says, at {@code where} ("line 7", "record 3", "file"). */
final class FileMalformed extends RuntimeException {

    final String where;

    FileMalformed(String where, String message) {
        super(message, null, false, false);
        this.where = where;
    }
}
