package id.suarawarga.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A staff member using the pages over HTTP: GETs a page, posts its form with the CSRF cookie and field. */
public final class StaffSession {

    private final Staff.Login login;
    private String csrf;

    public StaffSession(Staff.Login login) {
        this.login = login;
    }

    public Response get(String path) {
        Response page = given().auth()
                .preemptive()
                .basic(login.username(), login.password())
                .redirects()
                .follow(false)
                .cookies(csrf == null ? Map.of() : Map.of("suara-csrf", csrf))
                .get(path);
        String issued = page.getCookie("suara-csrf");
        if (issued != null) {
            csrf = issued;
        }
        return page;
    }

    public Document html(String path) {
        return Jsoup.parse(get(path).asString());
    }

    /** Posts the fields with the CSRF cookie and field (a GET of any staff page first issues them). */
    public Response post(String path, Map<String, ?> fields) {
        if (csrf == null) {
            get("/dasbor/akun");
        }
        return given().auth()
                .preemptive()
                .basic(login.username(), login.password())
                .redirects()
                .follow(false)
                .cookie("suara-csrf", csrf)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", csrf)
                .formParams(fields)
                .post(path);
    }
}
