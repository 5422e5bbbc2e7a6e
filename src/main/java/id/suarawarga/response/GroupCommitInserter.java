package id.suarawarga.response;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Group commit for new responses. Requests that arrive while a batch is being written wait in a queue and go into
 * the next one: one multi-row {@code insert … on conflict do nothing} and one commit for many residents. Under light
 * load a batch is a single row, so nobody waits for others; under a viral spike the database does far less work per
 * response. Every caller still hears back only after its row is committed.
 */
@ApplicationScoped
public class GroupCommitInserter {

    private static final Logger LOG = Logger.getLogger(GroupCommitInserter.class);
    private static final int MAX_BATCH = 128;
    /**
     * One writer: while its batch commits the next one gathers, which makes batches larger. Measured with
     * bench/submissions.sh at 16 clients: 1 writer 7,300–8,000 responses/s, 2 writers 5,600–6,000, 4 writers 5,000
     * (2026-11-22); again with the event-loop submit, 1 writer 4,837, 2 writers 4,618 (2026-11-23, a slower day):
     * halved batches pay the statement's fixed cost twice as often. Two writers where the second waits until its
     * batch holds half as many as the busy one's: 5,762 and 4,910 against 5,819 and 5,001 for one writer, with
     * PostgreSQL using 0.9 cores instead of 0.74 (2026-11-23; bench/variants/two-writers-gathered.patch): on two
     * cores the overlap only adds work.
     */
    private static final int WRITERS = 1;

    private static final long WAIT_SECONDS = 30;

    private record Pending(ResponseQueries.NewRow row, CompletableFuture<Optional<ResponseQueries.Stored>> result) {}

    private final ResponseQueries single;
    private final SubmissionMetrics metrics;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private final AtomicInteger batches = new AtomicInteger();
    private volatile boolean running = true;

    GroupCommitInserter(ResponseQueries single, SubmissionMetrics metrics) {
        this.single = single;
        this.metrics = metrics;
        for (int i = 0; i < WRITERS; i++) {
            Thread writer = new Thread(this::writeLoop, "response-writer-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    /** Stores the row (committed when this returns), or empty when its key was already used. */
    public Optional<ResponseQueries.Stored> insert(ResponseQueries.NewRow row) {
        try {
            return insertAsync(row).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseStoreException("interrupted while storing a response", e);
        } catch (ExecutionException e) {
            throw storeFailure(e.getCause());
        }
    }

    /**
     * Queues the row for the next batch without waiting for it. The future completes on a writer thread once the row
     * is committed (empty when its key was already used), or fails; {@link #storeFailure} says why.
     */
    public CompletableFuture<Optional<ResponseQueries.Stored>> insertAsync(ResponseQueries.NewRow row) {
        if (!running) {
            // shutting down, the writers are leaving: a request that slipped in is written directly (rare)
            try {
                return CompletableFuture.completedFuture(single.insert(row));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        Pending pending = new Pending(row, new CompletableFuture<>());
        queue.add(pending);
        // on timeout the row may still be written later: the caller answers with an error, a retry with the key replays
        return pending.result().orTimeout(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Why {@link #insertAsync}'s future failed, as the exception the API maps to 503. */
    public static ResponseStoreException storeFailure(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ResponseStoreException store) {
            return store;
        }
        if (cause instanceof TimeoutException) {
            return new ResponseStoreException("storing a response took longer than " + WAIT_SECONDS + " s", cause);
        }
        return new ResponseStoreException("could not store a response", cause);
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("response writer failed", e);
                batch.forEach(p -> p.result().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        try {
            Map<String, ResponseQueries.Stored> stored = insertAll(batch);
            for (Pending p : batch) {
                // remove: when two requests of one batch share a key, only the first gets the new row; the other
                // is told the key exists and replays it, exactly as if it had come a moment later
                p.result()
                        .complete(Optional.ofNullable(stored.remove(
                                key(p.row().questionnaireId(), p.row().submissionKey()))));
            }
        } catch (SQLException e) {
            // one bad row must not fail its neighbours: write them one by one
            LOG.warnf("batch of %d responses failed (%s); writing them one by one", batch.size(), e.getMessage());
            for (Pending p : batch) {
                try {
                    p.result().complete(single.insert(p.row()));
                } catch (RuntimeException one) {
                    p.result().completeExceptionally(one);
                }
            }
        }
    }

    private Map<String, ResponseQueries.Stored> insertAll(List<Pending> batch) throws SQLException {
        long start = System.nanoTime();
        // each batch adds to the next shard, so two writers (two replicas) rarely touch the same aggregate row
        Map<String, ResponseQueries.Stored> stored = single.insertBatch(
                batch.stream().map(Pending::row).toList(),
                Math.floorMod(batches.getAndIncrement(), ResponseQueries.SHARDS));
        metrics.batchWritten(batch.size(), System.nanoTime() - start);
        return stored;
    }

    private static String key(long questionnaireId, String submissionKey) {
        return ResponseQueries.key(questionnaireId, submissionKey);
    }

    /**
     * Lets queued responses finish before shutdown; later ones are written one by one. On {@link ShutdownEvent}, not
     * {@code @PreDestroy}: it comes after the HTTP server let requests in flight finish (quarkus.shutdown.timeout)
     * and before any bean is destroyed, so the datasource is certainly still open (beans are destroyed in no
     * guaranteed order).
     */
    void stop(@Observes ShutdownEvent event) {
        running = false;
        for (Thread writer : writers) {
            try {
                writer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        // a request that saw running = true just before the writers left
        List<Pending> late = new ArrayList<>();
        queue.drainTo(late);
        if (!late.isEmpty()) {
            write(late);
        }
    }
}
