package id.suarawarga.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.questionnaire.PublicQuestionnaires.Availability;
import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public slug cache: what the event loop may answer without the database ({@code resolveCached}), and that only
 * slugs leading somewhere are kept (made-up slugs must not grow it).
 */
@QuarkusTest
class PublicQuestionnairesCacheTest {

    @Inject
    Database database;

    @Inject
    PublicQuestionnaires questionnaires;

    @BeforeEach
    void clean() {
        database.wipe();
    }

    @Test
    void aPublishedSlugIsKnownWithoutTheDatabaseOnceResolved() {
        long questionnaire = Api.createDraft(Api.createProgram("63.71", "Program Cache"));
        Api.publish(questionnaire);

        assertThat(questionnaires.resolveCached("program-cache")).isEmpty();
        assertThat(questionnaires.resolve("program-cache")).isInstanceOf(Availability.Open.class);
        assertThat(questionnaires.resolveCached("program-cache")).get().isInstanceOf(Availability.Open.class);
    }

    @Test
    void anUnknownSlugIsAnsweredButNotKept() {
        assertThat(questionnaires.resolve("tidak-ada-program-ini")).isInstanceOf(Availability.NotFound.class);
        assertThat(questionnaires.resolveCached("tidak-ada-program-ini")).isEmpty();
    }
}
