package id.suarawarga.web;

import id.suarawarga.common.problem.ErrorPages;
import id.suarawarga.common.problem.ProblemExceptionMappers;
import id.suarawarga.web.staff.StaffErrorPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * Errors on residents' pages as a short, kind page in Bahasa Indonesia, with the right status; under {@code /dasbor}
 * the staff's own error page instead.
 */
@ApplicationScoped
public class SurveyErrorPages implements ErrorPages {

    @Override
    public Response render(int status, String path) {
        if (StaffErrorPage.isStaffPath(path)) {
            return StaffErrorPage.render(status);
        }
        String lang = "id";
        SurveyMessages msg = SurveyPage.messages(lang);
        if (status == 503) {
            return SurveyPage.page(
                            status,
                            SurveyPage.Templates.notice(lang, msg.unavailableTitle(), msg.unavailableBody(), null),
                            lang)
                    .header("Retry-After", ProblemExceptionMappers.RETRY_AFTER_SECONDS)
                    .build();
        }
        if (status == 413) {
            return SurveyPage.page(
                            status,
                            SurveyPage.Templates.notice(lang, msg.tooLargeTitle(), msg.tooLargeBody(), null),
                            lang)
                    .build();
        }
        boolean notFound = status == 404;
        return SurveyPage.page(
                        status,
                        SurveyPage.Templates.notice(
                                lang,
                                notFound ? msg.notFoundTitle() : msg.errorTitle(),
                                notFound ? msg.notFoundBody() : msg.errorBody(),
                                null),
                        lang)
                .build();
    }
}
