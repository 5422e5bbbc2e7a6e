package id.suarawarga.review;

/** Which program and questionnaire version a review page is about (for its heading and way back). */
public record ReviewContextView(long programId, String programName, String agency, long questionnaireId, int version) {}
