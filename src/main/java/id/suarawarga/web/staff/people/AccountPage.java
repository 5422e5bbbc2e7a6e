package id.suarawarga.web.staff.people;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.auth.PasswordChangeRequest;
import id.suarawarga.auth.StaffUserService;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.web.staff.StaffPages;
import id.suarawarga.web.staff.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** "Akun saya": every staff member sees who they are signed in as and changes their own password. */
@Path("/dasbor/akun")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.EVALUATOR})
public class AccountPage {

    static final Map<String, String> WORDS = Map.of(
            "currentPassword", "Tulis kata sandi Anda yang sekarang.",
            "newPassword", "Kata sandi baru paling sedikit 12 karakter (boleh berupa kalimat pendek).");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(Viewer viewer, FormState form, String saved);
    }

    private final StaffUserService users;
    private final AccessScope scope;
    private final Validator validator;

    AccountPage(StaffUserService users, AccessScope scope, Validator validator) {
        this.users = users;
        this.scope = scope;
        this.validator = validator;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response show(@QueryParam("disimpan") String saved) {
        return StaffPages.page(Templates.account(Viewer.of(scope), FormState.empty(), PeopleWords.saved(saved)));
    }

    @POST
    @Path("/kata-sandi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response changePassword(MultivaluedMap<String, String> fields) {
        // never shown again: a password is not kept in the form, only the errors
        FormState form = FormState.empty();
        PasswordChangeRequest request =
                new PasswordChangeRequest(fields.getFirst("currentPassword"), fields.getFirst("newPassword"));
        form.reject(validator.validate(request), WORDS);
        if (!form.invalid() && !request.newPassword().equals(fields.getFirst("repeatPassword"))) {
            form.reject("repeatPassword", "Kedua kata sandi baru tidak sama; ketik ulang.");
        }
        if (!form.invalid()) {
            try {
                users.changeOwnPassword(request);
                return PeoplePage.seeOther("/dasbor/akun?disimpan=sandi");
            } catch (ProblemException e) {
                boolean current =
                        e.errors() != null && e.errors().stream().anyMatch(f -> "/currentPassword".equals(f.pointer()));
                if (current) {
                    form.reject("currentPassword", "Kata sandi yang sekarang salah.");
                } else if (e.errors() != null && !e.errors().isEmpty()) {
                    form.reject(
                            "newPassword",
                            "Pilih kata sandi lain: bukan nama pengguna Anda dan bukan kata sandi yang sekarang.");
                } else {
                    throw e;
                }
            }
        }
        return PeoplePage.status(422, Templates.account(Viewer.of(scope), form, null));
    }
}
