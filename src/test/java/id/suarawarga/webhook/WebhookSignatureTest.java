package id.suarawarga.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Signatures as the Standard Webhooks specification computes them. */
class WebhookSignatureTest {

    @Test
    void matchesTheSpecificationsExample() {
        // the example of the Standard Webhooks reference libraries
        assertThat(WebhookSignature.sign(
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                        "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330,
                        "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void makesADifferentSecretEachTime() {
        String one = WebhookSignature.newSecret();
        assertThat(one).startsWith("whsec_").hasSize("whsec_".length() + 44);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(one);
    }

    @Test
    void changesWithEveryPartOfTheMessage() {
        String secret = WebhookSignature.newSecret();
        String base = WebhookSignature.sign(secret, "msg_1", 1, "{}");
        assertThat(WebhookSignature.sign(secret, "msg_2", 1, "{}")).isNotEqualTo(base);
        assertThat(WebhookSignature.sign(secret, "msg_1", 2, "{}")).isNotEqualTo(base);
        assertThat(WebhookSignature.sign(secret, "msg_1", 1, "{ }")).isNotEqualTo(base);
    }
}
