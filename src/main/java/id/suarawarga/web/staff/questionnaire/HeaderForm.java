package id.suarawarga.web.staff.questionnaire;

import id.suarawarga.questionnaire.LocalizedText;
import id.suarawarga.questionnaire.QuestionnaireUpdateRequest;
import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.web.staff.FormErrors;
import jakarta.ws.rs.FormParam;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** A questionnaire's title, intro, privacy notice and answer window as typed (dates in WIB, as the page shows). */
public class HeaderForm {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @FormParam("titleId")
    public String titleId;

    @FormParam("titleEn")
    public String titleEn;

    @FormParam("introId")
    public String introId;

    @FormParam("introEn")
    public String introEn;

    @FormParam("consentId")
    public String consentId;

    @FormParam("consentEn")
    public String consentEn;

    @FormParam("opensAt")
    public String opensAt;

    @FormParam("closesAt")
    public String closesAt;

    static HeaderForm of(QuestionnaireView q) {
        HeaderForm form = new HeaderForm();
        form.titleId = q.title().id();
        form.titleEn = q.title().en();
        form.introId = q.intro() == null ? null : q.intro().id();
        form.introEn = q.intro() == null ? null : q.intro().en();
        form.consentId = q.consent().id();
        form.consentEn = q.consent().en();
        form.opensAt = local(q.opensAt());
        form.closesAt = local(q.closesAt());
        return form;
    }

    /** The request the API would take; unreadable dates are reported at their field. */
    QuestionnaireUpdateRequest toRequest(FormErrors errors) {
        return new QuestionnaireUpdateRequest(
                text(titleId, titleEn),
                text(introId, introEn),
                text(consentId, consentEn),
                instant(opensAt, "opensAt", errors),
                instant(closesAt, "closesAt", errors));
    }

    /** Indonesian text required when there is any text at all; {@code null} when both are blank. */
    static LocalizedText text(String id, String en) {
        String idText = blankToNull(id);
        String enText = blankToNull(en);
        if (idText == null && enText == null) {
            return null;
        }
        return new LocalizedText(idText, enText);
    }

    private static Instant instant(String value, String field, FormErrors errors) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, LOCAL).atZone(WIB).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(field, "Tanggal dan jam tidak terbaca; tulis seperti 2025-07-01T08:00.");
            return null;
        }
    }

    static String local(Instant instant) {
        return instant == null ? null : LOCAL.format(instant.atZone(WIB));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
