package id.suarawarga.insight;

import java.time.Instant;

/** One free-text answer: what a resident wrote, to which question, and when. */
public record CommentView(
        Instant submittedAt, String questionCode, String questionText, String text, boolean flagged) {}
