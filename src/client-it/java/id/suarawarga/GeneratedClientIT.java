package id.suarawarga;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.client.ApiClient;
import id.suarawarga.client.ApiResponse;
import id.suarawarga.client.api.EvaluationScoresApi;
import id.suarawarga.client.api.ProgramsApi;
import id.suarawarga.client.api.PublicAnsweringApi;
import id.suarawarga.client.model.AnswerValue;
import id.suarawarga.client.model.AnswerValueList;
import id.suarawarga.client.model.Program;
import id.suarawarga.client.model.ProgramScores;
import id.suarawarga.client.model.ProgramScoresPage;
import id.suarawarga.client.model.PublicQuestionnaire;
import id.suarawarga.client.model.Question;
import id.suarawarga.client.model.RegionScores;
import id.suarawarga.client.model.ResponseReceipt;
import id.suarawarga.client.model.ResponseRequest;
import id.suarawarga.support.PackagedApp;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java client that openapi-generator makes from the app's own OpenAPI document at build time (target/openapi, see
 * the pom), used unedited against the packaged app with its demo data: no hand-written HTTP here.
 */
class GeneratedClientIT {

    private Path work;
    private PackagedApp app;

    @BeforeEach
    void start() throws Exception {
        assertThat(PackagedApp.JAR).as("run after `package`").exists();
        work = Files.createTempDirectory("suara-warga-client-it");
        app = new PackagedApp(work).start();
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private ApiClient anonymous() {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + app.port());
        return client;
    }

    /** HTTP Basic as a staff account: the native library leaves authentication to a request interceptor. */
    private ApiClient admin() {
        String credentials = PackagedApp.ADMIN + ":" + PackagedApp.ADMIN_PASSWORD;
        return anonymous()
                .setRequestInterceptor(request -> request.header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void submitsAResponseOnceAndReadsTheScores() throws Exception {
        PublicAnsweringApi answering = new PublicAnsweringApi(anonymous());
        PublicQuestionnaire questionnaire = answering.getPublicQuestionnaire("si-mantab");
        ResponseRequest answers = new ResponseRequest().language("id").answers(answersTo(questionnaire));
        String key = "client-it-" + UUID.randomUUID();

        ApiResponse<ResponseReceipt> first = answering.submitResponseWithHttpInfo("si-mantab", key, answers, null);
        ApiResponse<ResponseReceipt> replay = answering.submitResponseWithHttpInfo("si-mantab", key, answers, null);

        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(replay.getStatusCode()).as("a retry replays the receipt").isEqualTo(201);
        assertThat(replay.getData().getId()).isEqualTo(first.getData().getId());
        assertThat(first.getData().getSubmittedAt()).isNotNull();

        EvaluationScoresApi scores = new EvaluationScoresApi(admin());
        ProgramScoresPage page = scores.listProgramScores(null, null, null, 0, "63.71", null, 4, null, 2024);
        assertThat(page.getTotalItems()).isEqualTo(6);
        assertThat(page.getItems()).hasSize(4);
        assertThat(page.getTotalPages()).isEqualTo(2);
        ProgramScoresPage second = scores.listProgramScores(null, null, null, 1, "63.71", null, 4, null, 2024);
        assertThat(second.getItems()).hasSize(2);
        ProgramScores siMantab = Stream.concat(page.getItems().stream(), second.getItems().stream())
                .filter(p -> "si-mantab".equals(p.getSlug()))
                .findFirst()
                .orElseThrow();

        Program program = new ProgramsApi(admin()).getProgram(siMantab.getProgramId());
        assertThat(program.getName()).isEqualTo(siMantab.getName());
        assertThat(program.getRegionCode()).isEqualTo("63.71");

        ProgramScores one = scores.getProgramScores(siMantab.getProgramId(), null, null, null);
        assertThat(one.getScores().getResponses())
                .as("the response just submitted, once")
                .isEqualTo(siMantab.getScores().getResponses());
        assertThat(one.getScores().getResponses()).isGreaterThanOrEqualTo(1);
        assertThat(one.getAsOf()).isNotNull();
        // the channel filter (issue #19) as a generated client sends it: the response above came by the API
        assertThat(scores.getProgramScores(siMantab.getProgramId(), List.of("API"), null, null)
                        .getScores()
                        .getResponses())
                .isGreaterThanOrEqualTo(1);

        RegionScores region = scores.getRegionScores("63.71", 2024, null, null, null);
        assertThat(region.getRegionName()).isEqualTo("Kota Banjarmasin");
        assertThat(region.getDimensions()).isNotEmpty();
        assertThat(region.getScores().getResponses())
                .isGreaterThanOrEqualTo(one.getScores().getResponses());

        File csv = scores.listProgramScoresCsv(null, null, null, "63.71", null, null, 2024);
        List<String> lines = Files.readAllLines(csv.toPath(), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("region,year,dimension,sub_dimension,program");
        assertThat(lines).hasSize(7).anyMatch(line -> line.contains("\"Si Mantab\""));
    }

    /** An answer to every required question, typed as the document says: integer, string or list of strings. */
    private static Map<String, AnswerValue> answersTo(PublicQuestionnaire questionnaire) {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        for (Question q : questionnaire.getQuestions()) {
            if (!Boolean.TRUE.equals(q.getRequired()) || q.getShowIf() != null) {
                continue;
            }
            String firstOption = q.getOptions() == null
                    ? null
                    : q.getOptions().stream()
                            .filter(o -> !Boolean.TRUE.equals(o.getTerminates()))
                            .map(o -> o.getValue())
                            .findFirst()
                            .orElse(null);
            AnswerValue value = switch (q.getType()) {
                case LIKERT -> new AnswerValue(3L);
                case NUMBER -> new AnswerValue(1L);
                case YES_NO -> new AnswerValue("YES");
                case TEXT -> new AnswerValue("Pelayanan cepat.");
                case MULTI_CHOICE -> {
                    AnswerValueList picked = new AnswerValueList();
                    picked.add(firstOption);
                    yield new AnswerValue(picked);
                }
                default -> new AnswerValue(firstOption);
            };
            answers.put(q.getCode(), value);
        }
        assertThat(answers)
                .as("required questions of %s", questionnaire.getSlug())
                .isNotEmpty();
        return answers;
    }
}
