package id.suarawarga.web.staff.program;

import id.suarawarga.program.ProgramRequest;
import id.suarawarga.program.ProgramUpdateRequest;
import id.suarawarga.program.ProgramView;
import io.quarkus.qute.TemplateExtension;
import jakarta.ws.rs.FormParam;

/** The program form as typed, kept as text so a wrong entry comes back exactly as it was written. */
public class ProgramForm {

    @FormParam("regionCode")
    public String regionCode;

    @FormParam("year")
    public String year;

    @FormParam("name")
    public String name;

    @FormParam("agency")
    public String agency;

    @FormParam("subDimension")
    public String subDimension;

    @FormParam("slug")
    public String slug;

    @FormParam("targetPopulation")
    public String targetPopulation;

    @FormParam("description")
    public String description;

    static ProgramForm blank(String regionCode, int year) {
        ProgramForm form = new ProgramForm();
        form.regionCode = regionCode;
        form.year = String.valueOf(year);
        return form;
    }

    static ProgramForm of(ProgramView p) {
        ProgramForm form = new ProgramForm();
        form.regionCode = p.regionCode();
        form.year = String.valueOf(p.year());
        form.name = p.name();
        form.agency = p.agency();
        form.subDimension = p.subDimension().code();
        form.slug = p.slug();
        form.targetPopulation = p.targetPopulation() == null ? "" : String.valueOf(p.targetPopulation());
        form.description = p.description();
        return form;
    }

    ProgramRequest toCreate(Integer yearNumber, Integer population) {
        return new ProgramRequest(
                blankToNull(regionCode),
                yearNumber,
                blankToNull(name),
                blankToNull(slug),
                blankToNull(agency),
                null,
                blankToNull(subDimension),
                blankToNull(description),
                population);
    }

    ProgramUpdateRequest toUpdate(Integer population) {
        return new ProgramUpdateRequest(
                blankToNull(name),
                blankToNull(slug),
                blankToNull(agency),
                null,
                blankToNull(subDimension),
                blankToNull(description),
                population);
    }

    /** The label of a field of this form, for the error summary's links ({@code e.key.programField}). */
    @TemplateExtension
    static String programField(String field) {
        return switch (field) {
            case "regionCode" -> "Daerah";
            case "year" -> "Tahun evaluasi";
            case "name" -> "Nama program";
            case "agency" -> "OPD pemilik program";
            case "subDimension" -> "Subdimensi";
            case "targetPopulation" -> "Jumlah warga sasaran";
            case "description" -> "Keterangan singkat";
            case "slug" -> "Alamat tautan";
            default -> field;
        };
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
