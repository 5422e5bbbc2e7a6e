package id.suarawarga.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #21, findings F2 and F7: throttling by source (the address a trusted proxy forwards), so that a stranger
 * guessing at an account is refused while its owner still signs in, after at most a short delay.
 */
@QuarkusTest
@TestProfile(BehindTlsProxyTest.Forwarding.class)
class SignInThrottleTest {

    @Inject
    Database database;

    long program;

    @BeforeEach
    void fixtures() {
        database.wipe();
        program = Api.createProgram("63.71", "Si Mantab");
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void aStrangerGuessingCannotLockTheOwnerOut() throws InterruptedException {
        Staff.Login owner = Staff.owner("63.71", program);
        for (int i = 0; i < 10; i++) {
            assertThat(me(owner.username(), "salah-" + i, "203.0.113.9")).isEqualTo(401);
        }
        // the stranger is refused for this account now, even with the right password
        assertThat(me(owner.username(), owner.password(), "203.0.113.9")).isEqualTo(401);

        // the owner, elsewhere, gets in after at most the account's back-off (2 s here; before: locked 15 minutes)
        long deadline = System.currentTimeMillis() + 5_000;
        int status;
        do {
            status = me(owner.username(), owner.password(), "198.51.100.7");
            if (status != 200) {
                Thread.sleep(250);
            }
        } while (status != 200 && System.currentTimeMillis() < deadline);
        assertThat(status).isEqualTo(200);
        // and only the stranger's first five guesses had a password checked
        assertThat(database.count("select count(*) from audit_event where detail->>'reason' like 'wrong-password%'"))
                .isEqualTo(5);
    }

    @Test
    void oneSourceTryingManyAccountsIsRefusedWithoutAnyPasswordCheck() {
        for (int i = 0; i < 12; i++) {
            assertThat(me("tidak-ada-" + i, "apa-saja-123456", "203.0.113.50")).isEqualTo(401);
        }
        Staff.Login owner = Staff.owner("63.71", program);
        assertThat(me(owner.username(), owner.password(), "203.0.113.50")).isEqualTo(401);
        assertThat(database.count("select count(*) from audit_event where action = 'SIGN_IN_THROTTLED'"
                        + " and detail->>'reason' = 'source-throttled'"))
                .isEqualTo(1);
        // everyone else is unaffected
        assertThat(me(owner.username(), owner.password(), "198.51.100.8")).isEqualTo(200);
        // no address is stored: only keyed hashes
        assertThat(database.strings("select key_hash from sign_in_throttle"))
                .isNotEmpty()
                .allSatisfy(key -> assertThat(key).matches("[0-9a-f]{64}"));
    }

    private static int me(String username, String password, String address) {
        return given().auth()
                .preemptive()
                .basic(username, password)
                .header("X-Forwarded-For", address)
                .get("/api/v1/me")
                .statusCode();
    }
}
