package id.suarawarga.importing;

import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.questionnaire.QuestionView.OptionView;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Automatic suggestions for an import's mapping: which question a column header names (its code, or its wording in
 * Bahasa Indonesia or English), and which option an answer text means — the option's own label or value, its point on
 * the scale ("4", "4 - Sangat puas"), or the words of the SKM scale ("Sangat Puas" is the top of a 4-point scale,
 * "Kurang …" its second point, "Tidak …" its first). A person checks every suggestion before anything is imported.
 */
public final class AnswerMatcher {

    private static final Pattern LEADING_POINT = Pattern.compile("^(\\d)(?: (.*))?$");
    private static final Set<String> YES = Set.of("ya", "yes", "y", "iya", "benar", "true", "pernah", "sudah");
    private static final Set<String> NO = Set.of("tidak", "no", "n", "bukan", "false", "belum", "tidak pernah");
    /** Words that alone mean "fair" or "neutral": the middle of a 5-point scale, the second point of a 4-point one. */
    private static final Set<String> MIDDLE =
            Set.of("cukup", "netral", "biasa", "biasa saja", "ragu ragu", "sedang", "neutral", "fair", "average");

    private static final Set<String> LOW_EN = Set.of("dissatisfied", "disagree", "poor", "bad", "difficult", "slow");
    /** "Tidak tahu / tidak berlaku" where a LIKERT question offers it (answered, no point). */
    private static final Set<String> DONT_KNOW = Set.of(
            "tidak tahu",
            "tidak tau",
            "tidak berlaku",
            "tidak tahu tidak berlaku",
            "na",
            "n a",
            "don t know",
            "dont know",
            "not applicable");

    private static final Set<String> POSITIVE = Set.of(
            "puas",
            "baik",
            "bagus",
            "setuju",
            "sesuai",
            "mudah",
            "cepat",
            "kompeten",
            "sopan",
            "murah",
            "senang",
            "memuaskan",
            "bermanfaat",
            "jelas",
            "ramah",
            "mampu",
            "berfungsi");
    private static final Set<String> HIGH_EN = Set.of("satisfied", "agree", "good", "easy", "fast");

    private AnswerMatcher() {}

    /** Lower case, accents and punctuation dropped, spaces collapsed: how texts are compared. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The question a column header names, among those not taken by an earlier column. */
    public static Optional<QuestionView> question(String header, List<QuestionView> questions, Set<String> taken) {
        String h = normalise(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        QuestionView best = null;
        double bestScore = 0;
        for (QuestionView q : questions) {
            if (taken.contains(q.code())) {
                continue;
            }
            String code = normalise(q.code());
            double score;
            if (h.equals(code)) {
                score = 3;
            } else if (h.startsWith(code + " ")) {
                score = 2.5; // "U1. Bagaimana pendapat …", as SKM sheets head their columns
            } else {
                score = Math.max(
                        similarity(h, normalise(q.text().id())),
                        similarity(h, normalise(q.text().en())));
            }
            if (score > bestScore) {
                bestScore = score;
                best = q;
            }
        }
        return bestScore >= 0.6 ? Optional.ofNullable(best) : Optional.empty();
    }

    /** How alike two texts are: 1 when one holds the other, else the share of words they have in common. */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b) || (a.length() >= 12 && b.contains(a)) || (b.length() >= 12 && a.contains(b))) {
            return 1;
        }
        Set<String> wa = new HashSet<>(List.of(a.split(" ")));
        Set<String> wb = new HashSet<>(List.of(b.split(" ")));
        Set<String> both = new HashSet<>(wa);
        both.retainAll(wb);
        Set<String> either = new HashSet<>(wa);
        either.addAll(wb);
        return (double) both.size() / either.size();
    }

    /** The option an answer text means, if it can be told; the person confirms or changes it. */
    public static Optional<String> option(QuestionView q, String text) {
        if (!q.type().hasOptions()) {
            return Optional.empty();
        }
        String t = normalise(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (OptionView o : q.options()) {
            if (t.equals(normalise(o.value()))
                    || t.equals(normalise(o.label().id()))
                    || t.equals(normalise(o.label().en()))) {
                return Optional.of(o.value());
            }
        }
        Matcher point = LEADING_POINT.matcher(t); // "4", "4 - Sangat puas", "4. Sangat puas" (normalised)
        if (point.matches()) {
            Optional<String> byPoint = byPoint(q, Integer.parseInt(point.group(1)));
            if (byPoint.isPresent()) {
                return byPoint;
            }
        }
        if (q.type() == QuestionType.YES_NO) {
            return YES.contains(t) ? value(q, "YES") : NO.contains(t) ? value(q, "NO") : Optional.empty();
        }
        if (q.type() == QuestionType.LIKERT && q.dontKnow() && DONT_KNOW.contains(t)) {
            return Optional.of(QuestionView.DONT_KNOW);
        }
        if (q.type() == QuestionType.LIKERT) {
            return scaleWords(t, q.options().size()).flatMap(p -> byPoint(q, p));
        }
        return Optional.empty();
    }

    /** The option with this point: its score on a scale, else its position (1 = the first option). */
    private static Optional<String> byPoint(QuestionView q, int point) {
        for (OptionView o : q.options()) {
            if (o.score() != null && o.score() == point) {
                return Optional.of(o.value());
            }
        }
        if (q.type() == QuestionType.LIKERT || point < 1 || point > q.options().size()) {
            return Optional.empty();
        }
        return Optional.of(q.options().get(point - 1).value());
    }

    private static Optional<String> value(QuestionView q, String value) {
        return q.options().stream().map(OptionView::value).filter(value::equals).findFirst();
    }

    /**
     * The point that the words of the SKM scale (and Google Forms' English ones) mean on a scale of {@code points}:
     * "sangat tidak …" the lowest, "tidak …" the lowest of 4 or the second of 5, "kurang …" the second, "cukup" the
     * middle of 5, a plain word ("puas", "baik") the second highest, "sangat …" the highest.
     */
    static Optional<Integer> scaleWords(String t, int points) {
        if (points != 4 && points != 5) {
            return Optional.empty();
        }
        boolean five = points == 5;
        if (t.startsWith("sangat tidak")
                || t.startsWith("sangat kurang")
                || t.startsWith("very dis")
                || t.startsWith("strongly dis")
                || t.equals("very poor")
                || t.equals("very bad")) {
            return Optional.of(1);
        }
        if (t.startsWith("tidak ") || LOW_EN.contains(t) || t.equals("buruk") || t.equals("jelek")) {
            return Optional.of(five ? 2 : 1);
        }
        if (t.startsWith("kurang ")) {
            return Optional.of(2);
        }
        if (MIDDLE.contains(t)) {
            return Optional.of(five ? 3 : 2);
        }
        if (t.startsWith("sangat ") || t.startsWith("very ") || t.startsWith("strongly ") || t.equals("excellent")) {
            return Optional.of(points);
        }
        if (HIGH_EN.contains(t) || POSITIVE.contains(t.split(" ")[0])) {
            return Optional.of(points - 1); // "puas", "baik", "mudah": the word with no qualifier
        }
        return Optional.empty();
    }

    /** Each of several answers of a multiple-choice cell, as Google Forms joins them (", ") or people do (";"). */
    public static List<String> pieces(String cell) {
        List<String> pieces = new ArrayList<>();
        for (String piece : cell.split("[;,]")) {
            if (!piece.isBlank()) {
                pieces.add(piece.strip());
            }
        }
        return pieces;
    }
}
