package id.suarawarga.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.SignedInAsTestAdmin;
import id.suarawarga.support.Staff;
import id.suarawarga.support.StaffForms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks every endpoint and page of the service as each kind of caller and asserts the exact status. The table below
 * is the access policy; an endpoint missing from it (a new resource method whose access nobody decided) fails
 * {@link #everyEndpointHasADecidedAccessPolicy()}.
 */
@QuarkusTest
class AuthorizationTest {

    /** The callers, in the order of the expected statuses in {@link #POLICY}. */
    enum Caller {
        ANONYMOUS,
        API_CLIENT,
        OTHER_REGION_ADMIN,
        OWNER_OF_B,
        EVALUATOR,
        OWNER_OF_A,
        ADMIN,
        NATIONAL_ADMIN
    }

    /**
     * "METHOD path" → the status each {@link Caller} gets, in enum order. Fixtures are fresh for every endpoint and
     * the callers go in that order, so an allowed change (e.g. closing) by one caller is seen by the next ones.
     * Program A (owned by OWNER_OF_A) and program B lie in region 63.71 (ADMIN's); OTHER_REGION_ADMIN runs 64.72;
     * NATIONAL_ADMIN (the test admin) sees every region.
     */
    static final Map<String, int[]> POLICY = new LinkedHashMap<>();

    static void policy(String endpoint, int... statuses) {
        POLICY.put(endpoint, statuses);
    }

    static {
        // residents and anyone: the survey pages and the public API (bad bodies here, so nothing is stored)
        policy("GET /s/{slug}", 200, 200, 200, 200, 200, 200, 200, 200);
        policy("POST /s/{slug}", 400, 400, 400, 400, 400, 400, 400, 400);
        policy("GET /s/{slug}/terima-kasih", 200, 200, 200, 200, 200, 200, 200, 200);
        policy("GET /s/{slug}/qr.svg", 200, 200, 200, 200, 200, 200, 200, 200);
        policy("GET /s/{slug}/qr.png", 200, 200, 200, 200, 200, 200, 200, 200);
        policy("GET /api/v1/public/questionnaires/{slug}", 200, 200, 200, 200, 200, 200, 200, 200);
        policy("POST /api/v1/public/questionnaires/{slug}/responses", 422, 422, 422, 422, 422, 422, 422, 422);
        policy("GET /problems", 200, 200, 200, 200, 200, 200, 200, 200);
        policy("GET /problems/{slug}", 200, 200, 200, 200, 200, 200, 200, 200);
        // sign-in pages; signing out needs a session and the CSRF field (missing here: 403)
        policy("GET /masuk", 200, 200, 200, 200, 200, 200, 200, 200);
        policy("GET /masuk/gagal", 401, 401, 401, 401, 401, 401, 401, 401);
        policy("GET /masuk/keluar", 200, 200, 200, 200, 200, 200, 200, 200);
        policy("POST /keluar", 303, 403, 403, 403, 403, 403, 403, 403);
        // the staff dashboard: staff only (API keys are for the API), each sees their own programs (404 otherwise);
        // residents' comments are for admins and owners, not evaluators
        policy("GET /dasbor", 303, 403, 200, 200, 200, 200, 200, 200);
        policy("GET /dasbor/program/{programId}", 303, 403, 404, 404, 200, 200, 200, 200);
        policy("GET /dasbor/kuesioner/{questionnaireId}", 303, 403, 404, 404, 200, 200, 200, 200);
        policy("GET /dasbor/kuesioner/{questionnaireId}/komentar", 303, 403, 404, 404, 403, 200, 200, 200);
        policy("GET /dasbor/audit", 303, 403, 200, 403, 403, 403, 200, 200);
        // #17b: the distribution kit (link, QR codes, posters) of a questionnaire: its owners and the region's admins
        policy("GET /dasbor/kuesioner/{questionnaireId}/bagikan", 303, 403, 404, 404, 403, 200, 200, 200);
        policy("GET /dasbor/kuesioner/{questionnaireId}/bagikan/qr.svg", 303, 403, 404, 404, 403, 200, 200, 200);
        policy("GET /dasbor/kuesioner/{questionnaireId}/bagikan/qr.png", 303, 403, 404, 404, 403, 200, 200, 200);
        policy("GET /dasbor/kuesioner/{questionnaireId}/bagikan/poster", 303, 403, 404, 404, 403, 200, 200, 200);
        policy("GET /dasbor/kuesioner/{questionnaireId}/bagikan/poster.svg", 303, 403, 404, 404, 403, 200, 200, 200);
        // #17b: people, API keys, regions and one's own account as pages; forms without the CSRF field get 403
        policy("GET /dasbor/orang", 303, 403, 200, 403, 403, 403, 200, 200);
        policy("GET /dasbor/orang/baru", 303, 403, 200, 403, 403, 403, 200, 200);
        policy("POST /dasbor/orang", 303, 403, 403, 403, 403, 403, 403, 403);
        policy("GET /dasbor/orang/{staffUserId}", 303, 403, 404, 403, 403, 403, 200, 200);
        policy("POST /dasbor/orang/{staffUserId}", 303, 403, 404, 403, 403, 403, 403, 403);
        policy("POST /dasbor/orang/{staffUserId}/status", 303, 403, 404, 403, 403, 403, 403, 403);
        policy("POST /dasbor/orang/{staffUserId}/kata-sandi", 303, 403, 404, 403, 403, 403, 403, 403);
        policy("GET /dasbor/akun", 303, 403, 200, 200, 200, 200, 200, 200);
        policy("POST /dasbor/akun/kata-sandi", 303, 403, 403, 403, 403, 403, 403, 403);
        policy("GET /dasbor/kunci-api", 303, 403, 200, 403, 403, 403, 200, 200);
        policy("POST /dasbor/kunci-api", 303, 403, 403, 403, 403, 403, 403, 403);
        policy("POST /dasbor/kunci-api/{apiClientId}/cabut", 303, 403, 403, 403, 403, 403, 403, 403);
        policy("GET /dasbor/daerah", 303, 403, 403, 403, 403, 403, 403, 200);
        policy("POST /dasbor/daerah", 303, 403, 403, 403, 403, 403, 403, 403);
        // issue #18: enrol this device as the survey's kiosk (a form with the CSRF field; missing here: 403)
        policy("POST /dasbor/kuesioner/{questionnaireId}/kiosk", 303, 403, 404, 404, 403, 403, 403, 403);
        // who am I; reference data
        policy("GET /api/v1/me", 401, 200, 200, 200, 200, 200, 200, 200);
        policy("GET /api/v1/dimensions", 401, 200, 200, 200, 200, 200, 200, 200);
        policy("GET /api/v1/questionnaire-templates", 401, 403, 200, 200, 200, 200, 200, 200);
        policy("GET /api/v1/questionnaire-templates/{code}", 401, 403, 200, 200, 200, 200, 200, 200);
        // regions: staff read their own; only a national admin adds one; a region's admin edits their own
        policy("GET /api/v1/regions", 401, 403, 200, 200, 200, 200, 200, 200);
        policy("GET /api/v1/regions/{regionCode}", 401, 403, 404, 200, 200, 200, 200, 200);
        policy(
                "POST /api/v1/regions",
                401,
                403,
                422,
                403,
                403,
                403,
                422,
                422); // valid body from a region admin: 403 (AccessScopeTest)
        policy("PUT /api/v1/regions/{regionCode}", 401, 403, 404, 403, 403, 403, 422, 422);
        policy("DELETE /api/v1/regions/{regionCode}", 401, 403, 404, 403, 403, 403, 409, 409);
        // programs: admins manage their region's; owners see theirs only
        policy("GET /api/v1/programs", 401, 403, 200, 200, 200, 200, 200, 200);
        policy("GET /api/v1/programs/{programId}", 401, 403, 404, 404, 200, 200, 200, 200);
        policy("POST /api/v1/programs", 401, 403, 422, 403, 403, 403, 422, 422);
        policy("PUT /api/v1/programs/{programId}", 401, 403, 404, 403, 403, 403, 422, 422);
        policy("DELETE /api/v1/programs/{programId}", 401, 403, 404, 403, 403, 403, 409, 409);
        // questionnaires and questions: owners and admins edit; evaluators read
        policy("GET /api/v1/questionnaires", 401, 403, 200, 200, 200, 200, 200, 200);
        policy("POST /api/v1/questionnaires", 401, 403, 422, 422, 403, 422, 422, 422);
        policy("POST /api/v1/questionnaires/from-template", 401, 403, 422, 422, 403, 422, 422, 422);
        policy("GET /api/v1/questionnaires/{questionnaireId}", 401, 403, 404, 404, 200, 200, 200, 200);
        policy("PUT /api/v1/questionnaires/{questionnaireId}", 401, 403, 404, 404, 403, 422, 422, 422);
        policy("DELETE /api/v1/questionnaires/{questionnaireId}", 401, 403, 404, 404, 403, 409, 409, 409);
        policy("POST /api/v1/questionnaires/{questionnaireId}/publish", 401, 403, 404, 404, 403, 409, 409, 409);
        policy("POST /api/v1/questionnaires/{questionnaireId}/close", 401, 403, 404, 404, 403, 200, 409, 409);
        policy("POST /api/v1/questionnaires/{questionnaireId}/new-version", 401, 403, 404, 404, 403, 201, 409, 409);
        policy("PUT /api/v1/questionnaires/{questionnaireId}/duplicate-policy", 401, 403, 404, 404, 403, 422, 422, 422);
        policy("GET /api/v1/questionnaires/{questionnaireId}/questions", 401, 403, 404, 404, 200, 200, 200, 200);
        policy("POST /api/v1/questionnaires/{questionnaireId}/questions", 401, 403, 404, 404, 403, 422, 422, 422);
        policy("PUT /api/v1/questionnaires/{questionnaireId}/questions/order", 401, 403, 404, 404, 403, 422, 422, 422);
        policy(
                "GET /api/v1/questionnaires/{questionnaireId}/questions/{questionId}",
                401,
                403,
                404,
                404,
                200,
                200,
                200,
                200);
        policy(
                "PUT /api/v1/questionnaires/{questionnaireId}/questions/{questionId}",
                401,
                403,
                404,
                404,
                403,
                422,
                422,
                422);
        policy(
                "DELETE /api/v1/questionnaires/{questionnaireId}/questions/{questionId}",
                401,
                403,
                404,
                404,
                403,
                409,
                409,
                409);
        // exports and the SKM report: admins and the program's owners, within scope; every one audited
        policy("GET /api/v1/questionnaires/{questionnaireId}/responses.csv", 401, 403, 404, 404, 403, 200, 200, 200);
        policy("GET /api/v1/questionnaires/{questionnaireId}/responses.xlsx", 401, 403, 404, 404, 403, 200, 200, 200);
        policy("GET /api/v1/questionnaires/{questionnaireId}/report.xlsx", 401, 403, 404, 404, 403, 200, 200, 200);
        policy("GET /dasbor/kuesioner/{questionnaireId}/laporan", 303, 403, 404, 404, 403, 200, 200, 200);
        // #20 review of flagged responses: admins and the program's owners, within scope (no flagged response in the
        // fixtures: {responseId} is an unknown one; decisions without a body or form fields are refused as incomplete)
        policy(
                "GET /api/v1/questionnaires/{questionnaireId}/flagged-responses",
                401,
                403,
                404,
                404,
                403,
                200,
                200,
                200);
        policy(
                "GET /api/v1/questionnaires/{questionnaireId}/flagged-responses/{responseId}",
                401,
                403,
                404,
                404,
                403,
                404,
                404,
                404);
        policy(
                "POST /api/v1/questionnaires/{questionnaireId}/flagged-responses/reviews",
                401,
                403,
                404,
                404,
                403,
                422,
                422,
                422);
        policy("GET /dasbor/kuesioner/{questionnaireId}/tinjauan", 303, 403, 404, 404, 403, 200, 200, 200);
        policy("POST /dasbor/kuesioner/{questionnaireId}/tinjauan", 303, 403, 404, 404, 403, 400, 400, 400);
        policy("GET /dasbor/kuesioner/{questionnaireId}/tinjauan/{responseId}", 303, 403, 404, 404, 403, 404, 404, 404);
        policy(
                "POST /dasbor/kuesioner/{questionnaireId}/tinjauan/{responseId}",
                303,
                403,
                404,
                404,
                403,
                404,
                404,
                404);
        // #20 (items 3-4) follow-up plan and publication of results: admins and the program's owners, within scope
        // ({actionId} is an unknown one; bodies and forms without fields are refused as incomplete)
        policy(
                "GET /api/v1/questionnaires/{questionnaireId}/follow-up-actions",
                401,
                403,
                404,
                404,
                403,
                200,
                200,
                200);
        policy(
                "POST /api/v1/questionnaires/{questionnaireId}/follow-up-actions",
                401,
                403,
                404,
                404,
                403,
                422,
                422,
                422);
        policy(
                "GET /api/v1/questionnaires/{questionnaireId}/follow-up-actions/{actionId}",
                401,
                403,
                404,
                404,
                403,
                404,
                404,
                404);
        policy(
                "PUT /api/v1/questionnaires/{questionnaireId}/follow-up-actions/{actionId}",
                401,
                403,
                404,
                404,
                403,
                404,
                404,
                404);
        policy(
                "GET /api/v1/questionnaires/{questionnaireId}/result-publication",
                401,
                403,
                404,
                404,
                403,
                200,
                200,
                200);
        policy(
                "PUT /api/v1/questionnaires/{questionnaireId}/result-publication",
                401,
                403,
                404,
                404,
                403,
                422,
                422,
                422);
        policy("GET /dasbor/kuesioner/{questionnaireId}/tindak-lanjut", 303, 403, 404, 404, 403, 200, 200, 200);
        policy("GET /dasbor/kuesioner/{questionnaireId}/tindak-lanjut/baru", 303, 403, 404, 404, 403, 200, 200, 200);
        policy("POST /dasbor/kuesioner/{questionnaireId}/tindak-lanjut/baru", 303, 403, 404, 404, 403, 422, 422, 422);
        policy(
                "GET /dasbor/kuesioner/{questionnaireId}/tindak-lanjut/{actionId}",
                303,
                403,
                404,
                404,
                403,
                404,
                404,
                404);
        policy(
                "POST /dasbor/kuesioner/{questionnaireId}/tindak-lanjut/{actionId}",
                303,
                403,
                404,
                404,
                403,
                404,
                404,
                404);
        policy(
                "POST /dasbor/kuesioner/{questionnaireId}/tindak-lanjut/publikasi",
                303,
                403,
                404,
                404,
                403,
                303,
                303,
                303);
        // public results: anyone, no sign-in
        policy("GET /hasil/program/{slug}", 200, 200, 200, 200, 200, 200, 200, 200);
        policy("GET /hasil/{region}/{year}", 200, 200, 200, 200, 200, 200, 200, 200);
        policy("GET /api/v1/public/results/programs/{slug}", 200, 200, 200, 200, 200, 200, 200, 200);
        policy("GET /api/v1/public/results/programs/{slug}/results.csv", 200, 200, 200, 200, 200, 200, 200, 200);
        policy("GET /api/v1/public/results/regions/{region}/{year}", 200, 200, 200, 200, 200, 200, 200, 200);
        policy(
                "GET /api/v1/public/results/regions/{region}/{year}/programs.csv",
                200,
                200,
                200,
                200,
                200,
                200,
                200,
                200);
        // scores: staff within scope; the aggregate repair is an admin's
        policy("GET /api/v1/scores/questionnaires/{questionnaireId}", 401, 403, 404, 404, 200, 200, 200, 200);
        policy(
                "GET /api/v1/scores/questionnaires/{questionnaireId}/aggregate-check",
                401,
                403,
                404,
                404,
                403,
                200,
                200,
                200);
        policy(
                "POST /api/v1/scores/questionnaires/{questionnaireId}/aggregate-rebuild",
                401,
                403,
                404,
                403,
                403,
                403,
                200,
                200);
        // the evaluation API: API keys and staff, within scope; a region's pooled summary is not for program owners
        policy("GET /api/v1/scores/programs", 401, 200, 200, 200, 200, 200, 200, 200);
        policy("GET /api/v1/scores/programs.csv", 401, 200, 200, 200, 200, 200, 200, 200);
        policy("GET /api/v1/scores/programs/{programId}", 401, 200, 404, 404, 200, 200, 200, 200);
        policy("GET /api/v1/scores/regions/{regionCode}/{year}", 401, 200, 404, 403, 200, 403, 200, 200);
        // accounts, API keys and the audit log: admins, within their region
        policy("GET /api/v1/staff-users", 401, 403, 200, 403, 403, 403, 200, 200);
        policy("POST /api/v1/staff-users", 401, 403, 422, 403, 403, 403, 422, 422);
        policy("GET /api/v1/staff-users/{staffUserId}", 401, 403, 404, 403, 403, 403, 200, 200);
        policy("PUT /api/v1/staff-users/{staffUserId}", 401, 403, 404, 403, 403, 403, 200, 200);
        policy("POST /api/v1/staff-users/{staffUserId}/password-reset", 401, 403, 404, 403, 403, 403, 200, 200);
        policy("PUT /api/v1/me/password", 401, 403, 422, 422, 422, 422, 422, 422);
        policy("GET /api/v1/api-clients", 401, 403, 200, 403, 403, 403, 200, 200);
        policy("POST /api/v1/api-clients", 401, 403, 422, 403, 403, 403, 422, 422);
        policy("DELETE /api/v1/api-clients/{apiClientId}", 401, 403, 404, 403, 403, 403, 204, 204);
        policy("GET /api/v1/audit-events", 401, 403, 200, 403, 403, 403, 200, 200);
        // field collection (issue 19): a resident's form kept offline is sent without a session; paper sheets are
        // typed in by admins and the program's owners, within scope (the page's form post needs the CSRF field)
        policy("GET /sw.js", 200, 200, 200, 200, 200, 200, 200, 200);
        policy("POST /s/{slug}/kirim", 400, 400, 400, 400, 400, 400, 400, 400);
        policy("POST /api/v1/questionnaires/{questionnaireId}/paper-sheets", 401, 403, 404, 404, 403, 422, 422, 422);
        policy("GET /dasbor/kuesioner/{questionnaireId}/kertas", 303, 403, 404, 404, 403, 200, 200, 200);
        policy("GET /dasbor/kuesioner/{questionnaireId}/entri-kertas", 303, 403, 404, 404, 403, 200, 200, 200);
        policy("POST /dasbor/kuesioner/{questionnaireId}/entri-kertas", 303, 403, 404, 404, 403, 403, 403, 403);
        policy("POST /api/v1/questionnaires/{questionnaireId}/interviews", 401, 403, 404, 404, 403, 422, 422, 422);
        policy("GET /lapangan", 303, 403, 200, 200, 403, 200, 200, 200);
        policy("GET /lapangan/kuesioner/{questionnaireId}", 303, 403, 404, 404, 403, 200, 200, 200);
        policy("GET /dasbor/kuesioner/{questionnaireId}/pengumpulan", 303, 403, 404, 404, 200, 200, 200, 200);
        // imports (issue 19): admins and the program's owners, within scope. A file is uploaded as each takes it (the
        // API: 201; the page: 303 to the mapping); the mappings as JSON ({} here: 422); no upload has this id (404).
        // The mapping page's form posts need the CSRF field (missing here: 403).
        policy("POST /api/v1/questionnaires/{questionnaireId}/imports", 401, 403, 404, 404, 403, 201, 201, 201);
        policy(
                "GET /api/v1/questionnaires/{questionnaireId}/imports/{uploadId}",
                401,
                403,
                404,
                404,
                403,
                404,
                404,
                404);
        policy(
                "DELETE /api/v1/questionnaires/{questionnaireId}/imports/{uploadId}",
                401,
                403,
                404,
                404,
                403,
                404,
                404,
                404);
        policy(
                "POST /api/v1/questionnaires/{questionnaireId}/imports/{uploadId}/dry-run",
                401,
                403,
                404,
                404,
                403,
                422,
                422,
                422);
        policy(
                "POST /api/v1/questionnaires/{questionnaireId}/imports/{uploadId}/run",
                401,
                403,
                404,
                404,
                403,
                422,
                422,
                422);
        policy("GET /dasbor/kuesioner/{questionnaireId}/impor", 303, 403, 404, 404, 403, 200, 200, 200);
        policy("POST /dasbor/kuesioner/{questionnaireId}/impor", 303, 403, 404, 404, 403, 303, 303, 303);
        policy("GET /dasbor/kuesioner/{questionnaireId}/impor/hasil", 303, 403, 404, 404, 403, 200, 200, 200);
        policy("GET /dasbor/kuesioner/{questionnaireId}/impor/{uploadId}", 303, 403, 404, 404, 403, 404, 404, 404);
        policy("POST /dasbor/kuesioner/{questionnaireId}/impor/{uploadId}", 303, 403, 404, 404, 403, 403, 403, 403);
        // retention of raw responses: the platform's (national) admin only
        // webhooks (issue 22): admins, within their region
        policy("GET /api/v1/webhooks", 401, 403, 200, 403, 403, 403, 200, 200);
        policy("POST /api/v1/webhooks", 401, 403, 422, 403, 403, 403, 422, 422);
        policy("GET /api/v1/webhooks/{webhookId}", 401, 403, 404, 403, 403, 403, 200, 200);
        policy("DELETE /api/v1/webhooks/{webhookId}", 401, 403, 404, 403, 403, 403, 204, 204);
        policy("GET /api/v1/webhooks/{webhookId}/deliveries", 401, 403, 404, 403, 403, 403, 200, 200);
        policy(
                "POST /api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/replay",
                401,
                403,
                404,
                403,
                403,
                403,
                404,
                404);
        policy("GET /api/v1/retention", 401, 403, 403, 403, 403, 403, 403, 200);
        policy("POST /api/v1/retention/run", 401, 403, 403, 403, 403, 403, 403, 200);
        // #17a programs of the year: admins manage their region's (API and pages); owners see their own in the list.
        // Page forms here carry a valid CSRF token but no fields, so an allowed caller gets the form back (422).
        policy("POST /api/v1/programs/{programId}/archive", 401, 403, 404, 403, 403, 403, 409, 409);
        policy("POST /api/v1/programs/{programId}/restore", 401, 403, 404, 403, 403, 403, 200, 200);
        policy("GET /dasbor/kelola/program", 303, 403, 200, 200, 403, 200, 200, 200);
        policy("GET /dasbor/kelola/program/baru", 303, 403, 200, 403, 403, 403, 200, 200);
        policy("POST /dasbor/kelola/program/baru", 303, 403, 422, 403, 403, 403, 422, 422);
        policy("GET /dasbor/kelola/program/{programId}", 303, 403, 404, 403, 403, 403, 200, 200);
        policy("POST /dasbor/kelola/program/{programId}", 303, 403, 404, 403, 403, 403, 422, 422);
        policy("POST /dasbor/kelola/program/{programId}/arsip", 303, 403, 404, 403, 403, 403, 303, 303);
        policy("POST /dasbor/kelola/program/{programId}/pulihkan", 303, 403, 404, 403, 403, 403, 303, 303);
        // #17a questionnaire builder: admins and the program's owners, as the API; evaluators read results only.
        // Questionnaire A is published, so content changes answer with the builder (303) or a conflict (409).
        policy("GET /dasbor/kelola/kuesioner/baru", 303, 403, 404, 404, 403, 404, 404, 404);
        policy("POST /dasbor/kelola/kuesioner/baru", 303, 403, 404, 404, 403, 404, 404, 404);
        policy("GET /dasbor/kelola/kuesioner/{questionnaireId}", 303, 403, 404, 404, 403, 200, 200, 200);
        policy("POST /dasbor/kelola/kuesioner/{questionnaireId}", 303, 403, 404, 404, 403, 422, 422, 422);
        policy("POST /dasbor/kelola/kuesioner/{questionnaireId}/pengaturan", 303, 403, 404, 404, 403, 422, 422, 422);
        policy("GET /dasbor/kelola/kuesioner/{questionnaireId}/pratinjau", 303, 403, 404, 404, 403, 200, 200, 200);
        policy("POST /dasbor/kelola/kuesioner/{questionnaireId}/terbitkan", 303, 403, 404, 404, 403, 409, 409, 409);
        policy("POST /dasbor/kelola/kuesioner/{questionnaireId}/tutup", 303, 403, 404, 404, 403, 303, 409, 409);
        policy("POST /dasbor/kelola/kuesioner/{questionnaireId}/versi-baru", 303, 403, 404, 404, 403, 303, 409, 409);
        policy("POST /dasbor/kelola/kuesioner/{questionnaireId}/hapus", 303, 403, 404, 404, 403, 409, 409, 409);
        policy("GET /dasbor/kelola/kuesioner/{questionnaireId}/perubahan", 303, 403, 404, 404, 403, 200, 200, 200);
        policy(
                "GET /dasbor/kelola/kuesioner/{questionnaireId}/pertanyaan/baru",
                303,
                403,
                404,
                404,
                403,
                303,
                303,
                303);
        policy(
                "POST /dasbor/kelola/kuesioner/{questionnaireId}/pertanyaan/baru",
                303,
                403,
                404,
                404,
                403,
                303,
                303,
                303);
        policy(
                "GET /dasbor/kelola/kuesioner/{questionnaireId}/pertanyaan/{questionId}",
                303,
                403,
                404,
                404,
                403,
                303,
                303,
                303);
        policy(
                "POST /dasbor/kelola/kuesioner/{questionnaireId}/pertanyaan/{questionId}",
                303,
                403,
                404,
                404,
                403,
                303,
                303,
                303);
        policy(
                "POST /dasbor/kelola/kuesioner/{questionnaireId}/pertanyaan/{questionId}/hapus",
                303,
                403,
                404,
                404,
                403,
                303,
                303,
                303);
        policy(
                "POST /dasbor/kelola/kuesioner/{questionnaireId}/pertanyaan/{questionId}/naik",
                303,
                403,
                404,
                404,
                403,
                303,
                303,
                303);
        policy(
                "POST /dasbor/kelola/kuesioner/{questionnaireId}/pertanyaan/{questionId}/turun",
                303,
                403,
                404,
                404,
                403,
                303,
                303,
                303);
        // #20 (wt-20d) evaluation rounds: read by whoever reads the region's scores, managed by the region's admin
        // (API and page; the page's forms here carry a valid CSRF token but no fields: 422 for an allowed caller).
        // The evidence pack (XLSX and printable page) is the region's: admins, evaluators and API clients of the
        // region; a program owner sees only their programs, so gets no region pack (403).
        policy("GET /api/v1/regions/{regionCode}/rounds", 401, 200, 404, 200, 200, 200, 200, 200);
        policy("GET /api/v1/regions/{regionCode}/rounds/{roundId}", 401, 200, 404, 200, 200, 200, 200, 200);
        policy("POST /api/v1/regions/{regionCode}/rounds", 401, 403, 404, 403, 403, 403, 422, 422);
        policy("PUT /api/v1/regions/{regionCode}/rounds/{roundId}", 401, 403, 404, 403, 403, 403, 422, 422);
        policy("DELETE /api/v1/regions/{regionCode}/rounds/{roundId}", 401, 403, 404, 403, 403, 403, 204, 404);
        policy("GET /api/v1/evidence/{regionCode}/{year}/pack.xlsx", 401, 200, 404, 403, 200, 403, 200, 200);
        policy("GET /dasbor/bukti-dukung/{regionCode}/{year}", 303, 403, 404, 403, 200, 403, 200, 200);
        policy("GET /dasbor/tahap/{regionCode}", 303, 403, 404, 403, 403, 403, 200, 200);
        policy("POST /dasbor/tahap/{regionCode}", 303, 403, 404, 403, 403, 403, 422, 422);
        policy("GET /dasbor/tahap/{regionCode}/{roundId}", 303, 403, 404, 403, 403, 403, 200, 200);
        policy("POST /dasbor/tahap/{regionCode}/{roundId}", 303, 403, 404, 403, 403, 403, 422, 422);
        policy("POST /dasbor/tahap/{regionCode}/{roundId}/hapus", 303, 403, 404, 403, 403, 403, 303, 404);
    }

    @Inject
    Database database;

    long programA;
    long programB;
    long questionnaireA;
    long evaluationRound;
    long questionA;
    long staffUserOfA;
    long apiClient;
    long webhook;
    String slugA;
    String apiKey;
    Map<Caller, Staff.Login> logins;

    private int round;

    @BeforeEach
    void fixtures() {
        if (round++ == 0) {
            database.wipe();
            Api.createRegion("64.72");
        }
        programA = Api.createProgram("63.71", "Program A " + round);
        programB = Api.createProgram("63.71", "Program B " + round);
        questionnaireA = Api.createDraft(programA);
        Api.publish(questionnaireA);
        Api.publish(Api.createDraft(programB));
        questionA = Api.json()
                .get("/api/v1/questionnaires/" + questionnaireA + "/questions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("[0].id");
        slugA = Api.json()
                .get("/api/v1/programs/" + programA)
                .then()
                .extract()
                .jsonPath()
                .getString("slug");
        var client = Api.json()
                .body(Map.of("name", "Penilai", "regions", List.of("63.71")))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        apiClient = client.getLong("id");
        webhook = Api.json()
                .body(Map.of(
                        "regionCode",
                        "63.71",
                        "url",
                        "https://hooks.invalid/suara",
                        "events",
                        List.of("RESPONSE_COUNTED")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        apiKey = client.getString("key");
        database.execute("delete from evaluation_round"); // a fresh round for every endpoint (one may delete it)
        evaluationRound = Api.json()
                .body(Map.of("name", "Tahap 1", "year", 2024, "startsOn", "2024-03-01", "endsOn", "2024-06-30"))
                .post("/api/v1/regions/63.71/rounds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        logins = new LinkedHashMap<>();
        logins.put(Caller.OTHER_REGION_ADMIN, Staff.regionAdmin("64.72"));
        logins.put(Caller.OWNER_OF_B, Staff.owner("63.71", programB));
        logins.put(Caller.EVALUATOR, Staff.evaluator());
        logins.put(Caller.OWNER_OF_A, Staff.owner("63.71", programA));
        logins.put(Caller.ADMIN, Staff.regionAdmin("63.71"));
        logins.put(
                Caller.NATIONAL_ADMIN, new Staff.Login(0, SignedInAsTestAdmin.USERNAME, SignedInAsTestAdmin.PASSWORD));
        staffUserOfA = logins.get(Caller.OWNER_OF_A).id();
    }

    @Test
    void everyEndpointHasADecidedAccessPolicy() {
        assertThat(new TreeSet<>(POLICY.keySet())).containsExactlyElementsOf(new TreeSet<>(endpoints()));
    }

    @Test
    void everyCallerGetsExactlyTheStatusThePolicySays() {
        List<String> wrong = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (String endpoint : endpoints()) {
            if (!endpoint.startsWith("GET ")) {
                fixtures(); // fresh objects for every endpoint that may change them
            }
            int[] expected = POLICY.getOrDefault(endpoint, new int[0]);
            StringBuilder actual = new StringBuilder("policy(\"" + endpoint + "\"");
            for (Caller caller : Caller.values()) {
                int status = call(caller, endpoint);
                actual.append(", ").append(status);
                if (expected.length != Caller.values().length || expected[caller.ordinal()] != status) {
                    wrong.add(endpoint + " as " + caller + ": " + status
                            + (expected.length == 0 ? " (no policy)" : " expected " + expected[caller.ordinal()]));
                }
            }
            report.add(actual + ");");
        }
        assertThat(wrong).as("actual statuses:%n%s", String.join("\n", report)).isEmpty();
    }

    private int call(Caller caller, String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = fill(endpoint.substring(endpoint.indexOf(' ') + 1));
        RequestSpecification request = as(caller).redirects().follow(false);
        if (method.equals("POST") && path.matches(".*/(imports|impor)")) {
            // #19: a file to import, as each takes it (the API: the file as the body; the page: a multipart form
            // past the CSRF check), so the role and scope decide
            return (path.startsWith("/api/")
                            ? request.contentType("text/csv").body("U1\n4\n")
                            : request.multiPart("berkas", "a.csv", "U1\n4\n".getBytes(), "text/csv")
                                    .multiPart("csrf", StaffForms.CSRF)
                                    .cookie("suara-csrf", StaffForms.CSRF))
                    .request(method, path)
                    .statusCode();
        }
        if (method.equals("POST") || method.equals("PUT")) {
            request = path.startsWith("/api/")
                    ? request.contentType(ContentType.JSON).body("{}")
                    : request.contentType(ContentType.URLENC).formParam("x", "y");
            if (path.startsWith("/dasbor/kelola/")
                    || path.contains("/tinjauan")
                    || path.contains("/tindak-lanjut")
                    || path.startsWith("/dasbor/tahap/")) {
                // console forms: past the CSRF check, so the role and scope decide
                request = request.cookie("suara-csrf", StaffForms.CSRF).formParam("csrf", StaffForms.CSRF);
            }
        }
        return request.request(method, path).statusCode();
    }

    private RequestSpecification as(Caller caller) {
        switch (caller) {
            case ANONYMOUS:
                return given().auth().none();
            case API_CLIENT:
                return given().auth().none().header("Authorization", "Bearer " + apiKey);
            default:
                Staff.Login login = logins.get(caller);
                return given().auth().preemptive().basic(login.username(), login.password());
        }
    }

    private String fill(String template) {
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "programId",
                String.valueOf(programA),
                "questionnaireId",
                String.valueOf(questionnaireA),
                "questionId",
                String.valueOf(questionA),
                "regionCode",
                "63.71",
                "slug",
                slugA,
                "code",
                "skm",
                "year",
                "2024",
                "staffUserId",
                String.valueOf(staffUserOfA),
                "apiClientId",
                String.valueOf(apiClient)));
        values.put("webhookId", String.valueOf(webhook));
        values.put("deliveryId", "msg_none");
        values.put("actionId", "999999999"); // #20: no follow-up action in the fixtures
        values.put("region", "63.71");
        values.put("roundId", String.valueOf(evaluationRound));
        values.put("uploadId", "00000000-0000-4000-8000-000000000000");
        Matcher m = Pattern.compile("\\{([A-Za-z]+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = "responseId".equals(m.group(1)) ? "999999999" : values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(
                        "No fixture value for path parameter {" + m.group(1) + "} in " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        if (template.startsWith("/problems/")) {
            return "/problems/not-found";
        }
        return out.toString();
    }

    /** "METHOD /path/{param}" of every JAX-RS resource method in the production code. */
    static List<String> endpoints() {
        List<String> all = new ArrayList<>();
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.suarawarga").stream()
                        .filter(c -> c.isAnnotatedWith(Path.class))
                        .forEach(c -> {
                            Class<?> type = c.reflect();
                            String base = type.getAnnotation(Path.class).value();
                            for (Method m : type.getDeclaredMethods()) {
                                String verb = verb(m);
                                if (verb != null) {
                                    Path sub = m.getAnnotation(Path.class);
                                    all.add(verb + " " + normalise(base + "/" + (sub == null ? "" : sub.value())));
                                }
                            }
                        });
        return all.stream().sorted().toList();
    }

    private static String verb(Method m) {
        Map<Class<? extends Annotation>, String> verbs =
                Map.of(GET.class, "GET", POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE");
        for (var e : verbs.entrySet()) {
            if (m.isAnnotationPresent(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String normalise(String path) {
        String p = path.replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
