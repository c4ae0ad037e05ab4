package nl.schoollibrary.reservations.circulation;

import nl.schoollibrary.reservations.common.TitleRef;

/**
 * A copy found by its barcode before anything is locked: which title to lock (and show in the answer), and whether it
 * belongs to the desk's organisation. The copy itself is then loaded locked as the
 * {@link nl.schoollibrary.reservations.copy.Copy} aggregate.
 */
record CopyRow(long id, TitleRef title, long ownerOrganisationId) {

    long titleId() {
        return title.id();
    }
}
