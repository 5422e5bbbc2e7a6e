package id.suarawarga.questionnaire;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Creates a draft questionnaire from scratch, optionally with its questions. */
@Schema(name = "QuestionnaireRequest", examples = """
        {"programId":1,"title":{"id":"Survei Manfaat Si Mantab","en":"Si Mantab benefit survey"},
         "consent":{"id":"Survei ini tidak meminta nama, NIK, atau nomor telepon...","en":"This survey does not ask your name..."},
         "questions":[{"code":"MANFAAT","type":"LIKERT","required":true,"scalePoints":4,"tag":"BENEFIT",
           "text":{"id":"Seberapa besar manfaat program ini bagi Saudara?","en":"How much does this program benefit you?"},
           "options":[{"label":{"id":"Tidak bermanfaat","en":"No benefit"}},{"label":{"id":"Kurang bermanfaat","en":"Little benefit"}},
                      {"label":{"id":"Bermanfaat","en":"Beneficial"}},{"label":{"id":"Sangat bermanfaat","en":"Very beneficial"}}]}]}""")
public record QuestionnaireRequest(
        @NotNull Long programId,
        @NotNull @Valid LocalizedText title,
        @Valid LocalizedText intro,

        @NotNull
        @Valid
        @Schema(description = "Privacy notice (purpose, what is kept, how long, rights) shown before answering.")
        LocalizedText consent,

        @Schema(description = "Optional: answers accepted from this instant.")
        Instant opensAt,

        @Schema(description = "Optional: answers accepted until this instant.")
        Instant closesAt,

        @Size(max = 200) List<@NotNull @Valid QuestionRequest> questions) {}
