package nl.schoollibrary.reservations.catalogue.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.CatalogueImportResult;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.ImportFile;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.ImportRun;
import nl.schoollibrary.reservations.common.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/catalogue/imports")
@Tag(name = "Catalogue intake")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE, Role.INTEGRATION_ROLE})
public class CatalogueImportResource {

    static final String MARC = "application/marc";
    static final String MARCXML = "application/marcxml+xml";

    private static final String IMPORT = "Creates and updates titles (by isbn, else recordId) and their copies (by"
            + " barcode) from a file; the format is the Content-Type: text/csv (UTF-8, a header row naming the columns"
            + " isbn, recordId, title, subtitle, authors, series, seriesNumber, publisher, publicationYear, language,"
            + " readingLevel, ageGroup, themes (codes separated by |), description, coverUrl, barcode, location,"
            + " shelfMark, collection; one line per copy, or without barcode for a title only), application/json"
            + " (CatalogueImportFile), application/marc (MARC 21, ISO 2709, MARC-8 or UTF-8) or"
            + " application/marcxml+xml. A column, field or MARC field left out changes nothing. A copy with another"
            + " location is moved (refused for a copy on the hold shelf for a ready reservation or in transit). The same"
            + " file twice changes nothing. dryRun reports without changing. All-or-nothing unless allOrNothing=false."
            + " Copies only in the caller's scope (school staff: their school library). Imports into one organisation"
            + " run one at a time.";

    @Inject CatalogueImporter importer;
    @Inject CurrentUser currentUser;

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_JSON, MARC, MARCXML})
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, example = "isbn,title,authors,"
                    + "barcode,location,shelfMark\n9789025870247,Pluk van de Petteflet,Annie M.G. Schmidt,"
                    + "301000123456,BRL-CENTRUM,SCHM")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportFile.class)),
            @Content(mediaType = MARC, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MARCXML, schema = @Schema(type = SchemaType.STRING))})
    @Operation(summary = "Import titles and copies (CSV, JSON, MARC 21, MARCXML; scope catalogue:write)",
            description = IMPORT)
    @APIResponse(responseCode = "200", description = "What changed (or, in a dry run, would change)")
    @APIResponse(responseCode = "400", description = "Rows not valid (VALIDATION_FAILED, errors name the records;"
            + " nothing imported), or the file cannot be read (IMPORT_FILE_MALFORMED, naming the line or record;"
            + " nothing imported)")
    @APIResponse(responseCode = "403", description = "Not allowed, or the client lacks catalogue:write (FORBIDDEN)")
    @APIResponse(responseCode = "409", description = "The same titles or copies were created at the same time"
            + " (CONFLICT); nothing imported")
    public CatalogueImportResult importCatalogue(InputStream file, @Context HttpHeaders headers,
            @Parameter(description = "Report what would change, change nothing")
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = "Refuse the whole file when a row is rejected (false: import the valid rows)")
            @QueryParam("allOrNothing") @DefaultValue("true") boolean allOrNothing,
            @Parameter(description = "MARC: the holdings field with the copies (852, or a local 9xx)")
            @QueryParam("holdingsTag") @DefaultValue("852") @Pattern(regexp = "852|9[0-9][0-9]") String holdingsTag,
            @Parameter(description = "MARC: the holdings subfield with the barcode")
            @QueryParam("barcodeSubfield") @DefaultValue("p") @Pattern(regexp = "[a-z0-9]") String barcodeSubfield,
            @Parameter(description = "MARC: the holdings subfield with the location code")
            @QueryParam("locationSubfield") @DefaultValue("b") @Pattern(regexp = "[a-z0-9]") String locationSubfield,
            @Parameter(description = "MARC: the holdings subfield with the shelf mark")
            @QueryParam("shelfMarkSubfield") @DefaultValue("h") @Pattern(regexp = "[a-z0-9]") String shelfMarkSubfield,
            @Parameter(description = "MARC: the holdings subfield with the collection code (none by default)")
            @QueryParam("collectionSubfield") @Pattern(regexp = "[a-z0-9]") String collectionSubfield) {
        Actor actor = currentUser.actor();
        actor.requireScope("catalogue:write");
        CatalogueImporter.Options options = new CatalogueImporter.Options(dryRun, allOrNothing,
                new MarcMapping.Holdings(holdingsTag, barcodeSubfield.charAt(0), locationSubfield.charAt(0),
                        shelfMarkSubfield.charAt(0), collectionSubfield == null ? null : collectionSubfield.charAt(0)));
        return importer.run(actor, CatalogueImporter.format(headers.getMediaType()), options, file);
    }

    @GET
    @Operation(summary = "The catalogue imports of your organisation, newest first")
    @APIResponse(responseCode = "200", description = "One page of imports")
    @APIResponse(responseCode = "403", description = "The client lacks catalogue:write (FORBIDDEN)")
    public Page<ImportRun> catalogueImports(
            @Parameter(description = "Zero-based page") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000)
            int page,
            @Parameter(description = "Page size") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        Actor actor = currentUser.actor();
        actor.requireScope("catalogue:write");
        return importer.runs(actor, page, size);
    }
}
