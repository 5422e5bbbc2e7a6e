package id.suarawarga.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Staff pages as a browser uses them: HTML in, forms posted with the CSRF cookie and field, redirects not followed. */
public final class StaffForms {

    /** A well-formed CSRF token, sent both as the browser's cookie and as the form's field. */
    public static final String CSRF = "f".repeat(43);

    private StaffForms() {}

    /** A page request signed in as {@code login}. */
    public static RequestSpecification as(Staff.Login login) {
        return given().basePath("")
                .auth()
                .preemptive()
                .basic(login.username(), login.password())
                .accept("text/html")
                .redirects()
                .follow(false);
    }

    /** A form post signed in as {@code login}, with a valid CSRF token. */
    public static RequestSpecification post(Staff.Login login) {
        return as(login)
                .contentType(ContentType.URLENC)
                .cookie("suara-csrf", CSRF)
                .formParam("csrf", CSRF);
    }

    /** The page at {@code path}, expecting {@code status}. */
    public static Document page(Staff.Login login, String path, int status) {
        return Jsoup.parse(
                as(login).get(path).then().statusCode(status).extract().asString());
    }

    /** The national test admin. */
    public static Staff.Login nationalAdmin() {
        return new Staff.Login(0, SignedInAsTestAdmin.USERNAME, SignedInAsTestAdmin.PASSWORD);
    }
}
