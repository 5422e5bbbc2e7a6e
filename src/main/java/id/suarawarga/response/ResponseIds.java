package id.suarawarga.response;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Public ids of new responses (what a resident's client gets in its receipt): UUID version 7 (RFC 9562), ordered by
 * time. In time order the unique index on {@code survey_response.public_id} grows at its right edge; random ids
 * touched a random leaf page for every response, a cost that grows with the table (BENCHMARKS.md, session 6). The
 * id's time is the submission's millisecond, which the receipt states anyway; when retention anonymises a response it
 * replaces the id with a random one, so no exact time survives there (RetentionQueries). The other 74 bits are
 * random.
 */
final class ResponseIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ResponseIds() {}

    static UUID next() {
        byte[] random = new byte[10]; // one call: the generator synchronises, and this runs on the writer's thread
        RANDOM.nextBytes(random);
        long randA = ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL); // 12 bits
        long randB = 0;
        for (int i = 2; i < 10; i++) {
            randB = (randB << 8) | (random[i] & 0xFFL);
        }
        long mostSignificant = (System.currentTimeMillis() << 16) | (0x7L << 12) | randA;
        long leastSignificant = (randB & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // variant 10, 62 random bits
        return new UUID(mostSignificant, leastSignificant);
    }
}
