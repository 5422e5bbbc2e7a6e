package id.suarawarga.score;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.questionnaire.QuestionTag;
import id.suarawarga.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which answers feed the IKM and which the benefit score is one rule: the SQL function {@code score_kind} (V12),
 * pinned here to Java's {@link QuestionTag#isSkmElement()} and {@link QuestionTag#isImpact()}, and written nowhere
 * else in the SQL the app sends.
 */
@QuarkusTest
class ScoreKindRuleTest {

    /** The rule's own spellings: a tag pattern or list of the nine elements, as the SQL sites once had it. */
    private static final Pattern COPY_OF_THE_RULE = Pattern.compile("\\^U\\[1-9\\]\\$|'U1', 'U2'");

    @Inject
    Database database;

    @Test
    void theSqlFunctionAgreesWithTheJavaTagsForEveryScorableTag() {
        for (QuestionTag tag : QuestionTag.values()) {
            if (!tag.isScorable()) {
                continue;
            }
            String kind =
                    database.strings("select score_kind('" + tag.name() + "')").get(0);
            assertThat(kind)
                    .as(tag.name())
                    .isEqualTo(tag.isSkmElement() ? "SKM" : "IMPACT")
                    .isEqualTo(tag.isImpact() ? "IMPACT" : "SKM");
        }
    }

    @Test
    void noJavaSourceWritesTheRuleAgain() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<Path> copies = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> COPY_OF_THE_RULE.matcher(read(p)).find())
                    .toList();
            assertThat(copies)
                    .as("SQL that decides SKM vs IMPACT itself instead of calling score_kind()")
                    .isEmpty();
        }
    }

    @Test
    void theReferenceViewCallsTheFunction() {
        assertThat(database.strings("select pg_get_viewdef('raw_respondent_aggregate')")
                        .get(0))
                .contains("score_kind(");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
