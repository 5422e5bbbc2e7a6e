package id.suarawarga.web.staff.followup;

import id.suarawarga.followup.FollowUpRequest;
import id.suarawarga.followup.FollowUpStatus;
import id.suarawarga.followup.FollowUpView;
import jakarta.ws.rs.FormParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The follow-up form as typed, kept as text so a wrong entry comes back exactly as it was written. */
public class FollowUpForm {

    @FormParam("elements")
    public List<String> elements;

    @FormParam("action")
    public String action;

    @FormParam("responsible")
    public String responsible;

    @FormParam("dueDate")
    public String dueDate;

    @FormParam("status")
    public String status;

    @FormParam("result")
    public String result;

    static FollowUpForm blank(List<String> suggested) {
        FollowUpForm form = new FollowUpForm();
        form.elements = new ArrayList<>(suggested);
        form.status = FollowUpStatus.PLANNED.name();
        return form;
    }

    static FollowUpForm of(FollowUpView view) {
        FollowUpForm form = new FollowUpForm();
        form.elements = new ArrayList<>(view.elements());
        form.action = view.action();
        form.responsible = view.responsible();
        form.dueDate = view.dueDate().toString();
        form.status = view.status().name();
        form.result = view.result();
        return form;
    }

    /** Whether an element's box is ticked. */
    public boolean has(String element) {
        return elements != null && elements.contains(element);
    }

    /** The request this form makes; a date that is no date becomes null (the page says so at the field). */
    FollowUpRequest toRequest() {
        return new FollowUpRequest(
                elements == null ? List.of() : elements, action, responsible, date(), status(), result);
    }

    /** Whether a date was typed that is not a date (yyyy-mm-dd, as a date field sends it). */
    boolean badDate() {
        return dueDate != null && !dueDate.isBlank() && date() == null;
    }

    private LocalDate date() {
        if (dueDate == null || dueDate.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(dueDate.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private FollowUpStatus status() {
        for (FollowUpStatus s : FollowUpStatus.values()) {
            if (s.name().equals(status)) {
                return s;
            }
        }
        return null;
    }
}
