package id.suarawarga.importing;

import java.util.List;
import java.util.Map;

/** One column of an uploaded file with the mapping suggested for it. */
public record ImportColumnView(
        int column,
        String letter,
        String header,
        List<String> values,
        boolean moreValues,
        String suggestedQuestion,
        Map<String, String> suggestedAnswers) {}
