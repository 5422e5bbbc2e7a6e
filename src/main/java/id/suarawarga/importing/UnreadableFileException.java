package id.suarawarga.importing;

/** The uploaded file is not a table this service can read; said to the person in both languages. */
public class UnreadableFileException extends RuntimeException {

    private final String indonesian;

    UnreadableFileException(String indonesian, String english) {
        super(english, null, false, false);
        this.indonesian = indonesian;
    }

    public String indonesian() {
        return indonesian;
    }

    public String english() {
        return getMessage();
    }
}
