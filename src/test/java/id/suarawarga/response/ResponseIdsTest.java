package id.suarawarga.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResponseIdsTest {

    @Test
    void idsAreVersion7WithTheMillisecondTheyWereMadeIn() {
        long before = System.currentTimeMillis();
        UUID id = ResponseIds.next();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2); // RFC 9562's variant (binary 10)
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void laterIdsSortAfterEarlierOnesAndNoneRepeats() throws InterruptedException {
        UUID first = ResponseIds.next();
        Thread.sleep(2);
        UUID second = ResponseIds.next();
        // PostgreSQL orders uuid values by their bytes, which is the unsigned order of the two halves
        assertThat(Long.compareUnsigned(second.getMostSignificantBits(), first.getMostSignificantBits()))
                .isPositive();

        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(ResponseIds.next())).isTrue();
        }
    }
}
