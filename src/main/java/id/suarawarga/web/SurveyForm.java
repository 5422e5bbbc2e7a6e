package id.suarawarga.web;

import id.suarawarga.response.SourceTags;
import java.util.List;

/**
 * Everything the questionnaire page shows, already in the resident's language.
 *
 * @param message     a page-level message (form expired, rate limited), or null
 * @param sourceTag   the tag of the channel-tagged link the resident came by (kept in a hidden field), or null
 * @param draft       the draft this form was restored from, or null
 * @param otherPerson the resident declared they are not who answered on this phone before
 * @param kioskIdle   on a kiosk: seconds without a tap before the form empties itself for the next resident
 */
public record SurveyForm(
        String lang,
        String otherLang,
        String otherLanguage,
        String slug,
        String agency,
        String title,
        String intro,
        String consent,
        String token,
        List<Question> questions,
        List<Question> invalid,
        String message,
        String sourceTag,
        String draft,
        boolean otherPerson,
        Integer kioskIdle) {

    /** This form, carrying the tag of the link the resident came by ({@code ?k=}); an invalid tag is dropped. */
    public SurveyForm withSourceTag(String tag) {
        return new SurveyForm(
                lang,
                otherLang,
                otherLanguage,
                slug,
                agency,
                title,
                intro,
                consent,
                token,
                questions,
                invalid,
                message,
                SourceTags.normalise(tag),
                draft,
                otherPerson,
                kioskIdle);
    }

    /** This form restored from a draft, for a declared other person, or on a kiosk. */
    SurveyForm with(String draftId, boolean declaredOtherPerson, Integer idleSeconds) {
        return new SurveyForm(
                lang,
                otherLang,
                otherLanguage,
                slug,
                agency,
                title,
                intro,
                consent,
                token,
                questions,
                invalid,
                message,
                sourceTag,
                draftId,
                declaredOtherPerson,
                idleSeconds);
    }

    /** One question as rendered: a fieldset with a legend, its options or input, and its error. */
    public record Question(
            int number,
            String code,
            String text,
            String help,
            boolean required,
            String inputType,
            List<Option> options,
            String value,
            Integer maxLength,
            String min,
            String max,
            String showIfQuestion,
            String showIfValues,
            String condition,
            boolean canStop,
            String error) {

        public boolean choice() {
            return !options.isEmpty();
        }

        public boolean textArea() {
            return "textarea".equals(inputType);
        }

        /** Id of the first input, where the error summary links to. */
        public String firstInputId() {
            return choice() ? "i-" + code + "-0" : "i-" + code;
        }

        public String describedBy() {
            String ids = (help != null ? "h-" + code + " " : "")
                    + (condition != null ? "c-" + code + " " : "")
                    + (error != null ? "e-" + code : "");
            return ids.isBlank() ? null : ids.strip();
        }
    }

    /** An answer option. */
    public record Option(int index, String value, String label, boolean checked, boolean terminates) {}
}
