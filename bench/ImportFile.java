import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an XLSX of ROWS answers to the questionnaire read from standard input (GET /api/v1/questionnaires/{id}, as
 * JSON), as a Google Form's export looks: a timestamp column, then one column per question headed by its code, with
 * options written as their Indonesian labels (so the import's automatic matching maps them). Used by bench/import.sh:
 *   java -cp target/suara-warga-runner.jar bench/ImportFile.java 100000 out.xlsx < questionnaire.json
 */
public class ImportFile {

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        JsonNode questionnaire = new ObjectMapper().readTree(System.in);
        List<JsonNode> questions = new ArrayList<>();
        questionnaire.get("questions").forEach(questions::add);
        Random random = new Random(19);
        try (OutputStream out = new FileOutputStream(args[1])) {
            Workbook workbook = new Workbook(out, "bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("Form Responses 1");
            sheet.value(0, 0, "Timestamp");
            for (int c = 0; c < questions.size(); c++) {
                sheet.value(0, c + 1, questions.get(c).get("code").asText());
            }
            for (int r = 1; r <= rows; r++) {
                sheet.value(r, 0, String.format("2024/03/%02d %02d:%02d:%02d.%06d", 1 + r % 28, r % 24, r % 60, r % 59, r));
                for (int c = 0; c < questions.size(); c++) {
                    String answer = answer(questions.get(c), random, r);
                    if (!answer.isEmpty()) {
                        sheet.value(r, c + 1, answer);
                    }
                }
                if (r % 1000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
    }

    private static String answer(JsonNode question, Random random, int row) {
        String type = question.get("type").asText();
        List<JsonNode> options = new ArrayList<>();
        question.path("options").forEach(o -> {
            if (!o.path("terminates").asBoolean()) {
                options.add(o);
            }
        });
        switch (type) {
            case "TEXT":
                return row % 5 == 0 ? "Saran nomor " + row : "";
            case "NUMBER":
                return question.hasNonNull("minValue") ? question.get("minValue").asText() : "1";
            default:
                if (options.isEmpty()) {
                    return "";
                }
                JsonNode option = options.get(random.nextInt(options.size()));
                JsonNode label = option.path("label").path("id");
                return label.isMissingNode() || label.isNull() ? option.get("value").asText() : label.asText();
        }
    }
}
