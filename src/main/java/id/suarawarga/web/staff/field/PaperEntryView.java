package id.suarawarga.web.staff.field;

import id.suarawarga.questionnaire.PublicQuestionnaire;
import java.util.List;

/**
 * The paper entry screen: the questionnaire, the batch and sheet number in hand, what became of the last sheet
 * ({@code problem}: it needs attention) and the questions with what was typed.
 *
 * @param focus the field the cursor starts in ("batch", "lembar" or a question code), so the next sheet can be typed without the mouse
 */
public record PaperEntryView(
        long questionnaireId,
        PublicQuestionnaire questionnaire,
        String batch,
        String sheet,
        String message,
        boolean problem,
        String focus,
        List<PaperQuestion> questions) {}
