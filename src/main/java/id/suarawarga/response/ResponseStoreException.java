package id.suarawarga.response;

/** The database could not store or read a response; nothing was acknowledged to the resident. */
public class ResponseStoreException extends RuntimeException {

    public ResponseStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
