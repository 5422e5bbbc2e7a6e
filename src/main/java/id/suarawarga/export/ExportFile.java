package id.suarawarga.export;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** A download: its file name, media type and a body that is written only when the response is sent. */
public record ExportFile(String fileName, String mediaType, StreamingOutput body) {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The download as an HTTP answer: an attachment under its file name, never kept by a shared cache. */
    public Response attachment() {
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                // personal data, however anonymised, or a region's figures before they are published
                .header("Cache-Control", "no-store")
                .build();
    }
}
