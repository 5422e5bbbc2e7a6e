package id.suarawarga.questionnaire;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new order of a draft's questions: every question id exactly once. */
@Schema(name = "QuestionOrderRequest", examples = """
        {"questionIds":[12,10,11]}""")
public record QuestionOrderRequest(@NotEmpty List<@NotNull Long> questionIds) {}
