package id.suarawarga.importing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How to import an uploaded file: the API's form of {@link ImportMapping}. */
@Schema(name = "ImportMappingRequest", examples = """
        {"columns":[{"column":2,"question":"U1","answers":{"Sangat Sesuai":"4","Sesuai":"3"}},
         {"column":3,"question":"U2"}],"idColumn":1,"label":"impor-gform-2024"}""")
public record ImportMappingRequest(
        @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull ColumnRequest> columns,
        Integer idColumn,
        @Size(max = 40) String label) {

    /** One mapped column. */
    @Schema(name = "ImportColumnRequest")
    public record ColumnRequest(
            int column,
            @NotNull @Size(max = 100) String question,
            @Size(max = 500) Map<String, String> answers) {}

    ImportMapping toMapping() {
        return new ImportMapping(
                columns.stream()
                        .map(c -> new ImportMapping.Column(c.column(), c.question(), c.answers()))
                        .toList(),
                idColumn,
                label);
    }
}
