package id.suarawarga.questionnaire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What changed from one questionnaire version to the next, question by question (matched by code), so a person can
 * check a new version before publishing it.
 *
 * @param fromVersion the version compared against, null when there is none (the first version)
 */
public record QuestionnaireChanges(Integer fromVersion, int toVersion, List<Change> changes) {

    /** How a part of the questionnaire changed. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED,
        MOVED
    }

    /**
     * One change. {@code question} is the question's code, null for the questionnaire's own texts and settings;
     * {@code field} names what changed (e.g. {@code text.id}, {@code options}); {@code before}/{@code after} are
     * readable values (null when added or removed).
     */
    public record Change(Kind kind, String question, String field, String before, String after) {}

    static QuestionnaireChanges between(Questionnaire from, Questionnaire to) {
        if (from == null) {
            return new QuestionnaireChanges(null, to.version, List.of());
        }
        List<Change> changes = new ArrayList<>(header(from, to));
        Map<String, Question> before = byCode(from.questions);
        Map<String, Question> after = byCode(to.questions);
        List<String> keptBefore =
                before.keySet().stream().filter(after::containsKey).toList();
        List<String> keptAfter =
                after.keySet().stream().filter(before::containsKey).toList();
        for (Question q : from.questions) {
            if (!after.containsKey(q.code)) {
                changes.add(new Change(Kind.REMOVED, q.code, "question", q.textId, null));
            }
        }
        for (Question q : to.questions) {
            Question old = before.get(q.code);
            if (old == null) {
                changes.add(new Change(Kind.ADDED, q.code, "question", null, q.textId));
                continue;
            }
            if (keptBefore.indexOf(q.code) != keptAfter.indexOf(q.code)) {
                changes.add(new Change(
                        Kind.MOVED, q.code, "position", String.valueOf(old.position), String.valueOf(q.position)));
            }
            describe(old).forEach((field, was) -> {
                String now = describe(q).get(field);
                if (!Objects.equals(was, now)) {
                    changes.add(new Change(Kind.CHANGED, q.code, field, was, now));
                }
            });
        }
        return new QuestionnaireChanges(from.version, to.version, changes);
    }

    private static List<Change> header(Questionnaire from, Questionnaire to) {
        List<Change> changes = new ArrayList<>();
        header(changes, "title.id", from.titleId, to.titleId);
        header(changes, "title.en", from.titleEn, to.titleEn);
        header(changes, "intro.id", from.introId, to.introId);
        header(changes, "intro.en", from.introEn, to.introEn);
        header(changes, "consent.id", from.consentId, to.consentId);
        header(changes, "consent.en", from.consentEn, to.consentEn);
        header(changes, "duplicatePolicy", from.duplicatePolicy.name(), to.duplicatePolicy.name());
        return changes;
    }

    private static void header(List<Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(Kind.CHANGED, null, field, before, after));
        }
    }

    private static Map<String, Question> byCode(List<Question> questions) {
        Map<String, Question> map = new LinkedHashMap<>();
        questions.forEach(q -> map.put(q.code, q));
        return map;
    }

    /** The question's parts a person reads, as text. */
    static Map<String, String> describe(Question q) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("type", q.type.name() + (q.scalePoints == null ? "" : " " + q.scalePoints));
        parts.put("text.id", q.textId);
        parts.put("text.en", q.textEn);
        parts.put("help.id", q.helpId);
        parts.put("help.en", q.helpEn);
        parts.put("required", String.valueOf(q.required));
        parts.put("tag", q.tag == null ? null : q.tag.name());
        parts.put(
                "options",
                q.options.stream()
                        .map(o -> o.labelId + (o.labelEn == null ? "" : " / " + o.labelEn))
                        .collect(Collectors.joining("; ")));
        parts.put(
                "showIf",
                q.showIfCode == null ? null : q.showIfCode + " = " + String.join(", ", Arrays.asList(q.showIfValues)));
        return parts;
    }
}
