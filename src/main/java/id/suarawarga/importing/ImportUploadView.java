package id.suarawarga.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An uploaded file waiting to be mapped and imported, with the suggested mapping of each column. */
public record ImportUploadView(
        UUID id,
        long questionnaireId,
        String fileName,
        TableFormat format,
        int rows,
        Instant uploadedAt,
        List<ImportColumnView> columns) {}
