package id.suarawarga.questionnaire;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The questionnaire templates shipped as JSON files ({@code questionnaire-templates/index.json} lists them).
 * They are read and fully checked at start-up: a broken template stops the service instead of surfacing later.
 */
@ApplicationScoped
public class QuestionnaireTemplates {

    private static final String FOLDER = "questionnaire-templates/";

    private final Map<String, QuestionnaireTemplate> byCode;

    QuestionnaireTemplates(ObjectMapper json, Validator validator) {
        this.byCode = load(json, validator);
    }

    public List<QuestionnaireTemplate.Summary> summaries() {
        return byCode.values().stream().map(QuestionnaireTemplate::summary).toList();
    }

    public Optional<QuestionnaireTemplate> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public QuestionnaireTemplate require(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("Questionnaire template", code));
    }

    private static Map<String, QuestionnaireTemplate> load(ObjectMapper json, Validator validator) {
        Map<String, QuestionnaireTemplate> templates = new LinkedHashMap<>();
        for (String file : read(json, FOLDER + "index.json", new TypeReference<List<String>>() {})) {
            QuestionnaireTemplate template = read(json, FOLDER + file, new TypeReference<QuestionnaireTemplate>() {});
            List<String> problems = new ArrayList<>();
            Set<ConstraintViolation<QuestionnaireTemplate>> violations = validator.validate(template);
            violations.forEach(v -> problems.add(v.getPropertyPath() + ": " + v.getMessage()));
            for (int i = 0; i < template.questions().size(); i++) {
                for (FieldError error : QuestionRules.check(template.questions().get(i), "/questions/" + i)) {
                    problems.add(error.pointer() + ": " + error.detail());
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Questionnaire template " + file + " is invalid: " + problems);
            }
            if (templates.put(template.code(), template) != null) {
                throw new IllegalStateException("Two questionnaire templates use the code " + template.code());
            }
        }
        return templates;
    }

    private static <T> T read(ObjectMapper json, String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing questionnaire template resource " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Cannot read questionnaire template " + resource + ": " + e.getMessage(), e);
        }
    }
}
