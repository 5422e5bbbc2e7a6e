package id.suarawarga.export;

import jakarta.ws.rs.core.StreamingOutput;

/** A download: its file name, media type and a body that is written only when the response is sent. */
public record ExportFile(String fileName, String mediaType, StreamingOutput body) {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
