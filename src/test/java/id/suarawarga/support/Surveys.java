package id.suarawarga.support;

import static id.suarawarga.support.Api.json;

import java.util.List;
import java.util.Map;

/** Published questionnaires for tests of the resident side. */
public final class Surveys {

    private Surveys() {}

    /** Publishes the SKM template for a new program "Si Mantab" (slug si-mantab); returns the questionnaire id. */
    public static long publishedSkm() {
        long program = Api.createProgram("63.71", "Si Mantab");
        long id = json().body(Map.of("programId", program, "templates", List.of("skm")))
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.publish(id);
        return id;
    }

    /** Form fields answering every required SKM question (age 25–34, all elements 3). */
    public static Map<String, String> completeSkmAnswers() {
        Map<String, String> fields = new java.util.HashMap<>();
        fields.put("q.USIA", "25_34");
        for (int i = 1; i <= 9; i++) {
            fields.put("q.U" + i, "3");
        }
        return fields;
    }
}
