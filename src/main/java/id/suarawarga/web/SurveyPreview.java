package id.suarawarga.web;

import id.suarawarga.questionnaire.PublicQuestionnaire;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A questionnaire rendered with the residents' own form template, for staff to check before publishing: the same
 * page a resident gets, marked as a preview, with its send button disabled so nothing is ever stored.
 */
public final class SurveyPreview {

    /** What the preview banner says and where it leads back to. */
    public record Banner(String back, String otherLanguageLink) {}

    private SurveyPreview() {}

    /** The preview in {@code lang} ("id" unless "en" is asked for and the questionnaire has English). */
    public static TemplateInstance render(PublicQuestionnaire q, String lang, String back, String languageQuery) {
        String language = "en".equals(lang) && q.hasEnglish() ? "en" : "id";
        SurveyMessages msg = SurveyPage.messages(language);
        SurveyForm form = SurveyFormBuilder.build(q, language, msg, "pratinjau", Map.of(), List.of(), null);
        return SurveyPage.Templates.form(form)
                .data("preview", new Banner(back, languageQuery + msg.otherLang()))
                .setAttribute("locale", Locale.forLanguageTag(language));
    }
}
