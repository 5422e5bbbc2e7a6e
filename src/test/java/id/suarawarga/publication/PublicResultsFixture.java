package id.suarawarga.publication;

import static id.suarawarga.support.Api.json;

import id.suarawarga.support.Api;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Published SKM + benefit questionnaires with chosen answers, for the public results tests. */
public final class PublicResultsFixture {

    private PublicResultsFixture() {}

    /** A program in the region with a published SKM and benefit questionnaire; returns the questionnaire id. */
    public static long published(String regionCode, String name) {
        long questionnaire = draft(regionCode, name);
        Api.publish(questionnaire);
        return questionnaire;
    }

    /** A program with a draft questionnaire only; returns the questionnaire id. */
    public static long draft(String regionCode, String name) {
        long program = Api.createProgram(regionCode, name);
        return json().body(Map.of("programId", program, "templates", List.of("skm", "manfaat-program")))
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** One resident's answers over the public API: U1..U9 as given, every benefit question {@code benefit}. */
    public static void submit(String slug, String key, int[] skm, int benefit) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("USIA", "25_34");
        for (int i = 0; i < 9; i++) {
            answers.put("U" + (i + 1), skm[i]);
        }
        for (String impact : List.of("MANFAAT", "KEMUDAHAN_AKSES", "REKOMENDASI", "KEBERLANJUTAN")) {
            answers.put(impact, benefit);
        }
        json().auth()
                .none()
                .header("Idempotency-Key", slug + "-" + key)
                .header("X-Device-Id", slug + "-device-" + key)
                .body(Map.of("answers", answers))
                .post("/api/v1/public/questionnaires/" + slug + "/responses")
                .then()
                .statusCode(201);
    }
}
