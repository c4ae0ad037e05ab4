package nl.schoollibrary.reservations.circulation;

/**
 * A copy found by its barcode before anything is locked: which title to lock, and whether it belongs to the desk's
 * organisation. The copy itself is then loaded locked as the {@link nl.schoollibrary.reservations.copy.Copy} aggregate.
 */
record CopyRow(long id, long titleId, long ownerOrganisationId) {
}
