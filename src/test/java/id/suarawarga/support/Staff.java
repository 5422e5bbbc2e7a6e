package id.suarawarga.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Staff accounts for tests, created through the real API by the national test admin. */
public final class Staff {

    private static final AtomicInteger NEXT = new AtomicInteger();
    public static final String PASSWORD = "kata-sandi-uji-123";

    private Staff() {}

    /** A signed-up account: its credentials and a REST Assured spec that signs in as it with HTTP Basic. */
    public record Login(long id, String username, String password) {
        public RequestSpecification json() {
            return given().basePath("")
                    .auth()
                    .preemptive()
                    .basic(username, password)
                    .contentType(ContentType.JSON)
                    .accept(ContentType.JSON);
        }
    }

    public static Login owner(String regionCode, long... programIds) {
        List<Long> ids = new java.util.ArrayList<>();
        for (long id : programIds) {
            ids.add(id);
        }
        return create("PROGRAM_OWNER", regionCode, ids);
    }

    public static Login regionAdmin(String regionCode) {
        return create("ADMIN", regionCode, List.of());
    }

    public static Login evaluator() {
        return create("EVALUATOR", null, List.of());
    }

    public static Login regionEvaluator(String regionCode) {
        return create("EVALUATOR", regionCode, List.of());
    }

    public static Login create(String role, String regionCode, List<Long> programIds) {
        String username =
                role.toLowerCase().replace('_', '-') + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Uji " + role);
        body.put("role", role);
        body.put("regionCode", regionCode);
        body.put("programIds", programIds);
        body.put("password", PASSWORD);
        long id = Api.json()
                .body(body)
                .post("/api/v1/staff-users")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        return new Login(id, username, PASSWORD);
    }
}
