package id.suarawarga.importing;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** What kind of table a file holds, told from its first bytes, never from its name. */
public enum TableFormat {
    CSV,
    XLSX;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The format of these bytes; refuses old .xls workbooks and files that are not text. */
    static TableFormat of(byte[] content) {
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return XLSX;
        }
        if (content.length >= 8
                && (content[0] & 0xff) == 0xD0
                && (content[1] & 0xff) == 0xCF
                && (content[2] & 0xff) == 0x11
                && (content[3] & 0xff) == 0xE0) {
            throw new UnreadableFileException(
                    "Berkas .xls (Excel 97-2003) belum bisa dibaca. Simpan ulang sebagai .xlsx atau CSV.",
                    "Old .xls workbooks (Excel 97-2003) cannot be read. Save it again as .xlsx or CSV.");
        }
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                throw new UnreadableFileException(
                        "Berkas ini bukan CSV atau Excel (.xlsx).", "This file is neither CSV nor Excel (.xlsx).");
            }
        }
        return CSV;
    }

    /** The rows of this file, header first. */
    static TableRows open(byte[] content) {
        if (of(content) == XLSX) {
            return new XlsxRows(new ByteArrayInputStream(content));
        }
        Charset charset = isUtf8(content) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        try {
            BufferedReader first =
                    new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content), charset), 8192);
            String header = first.readLine();
            return new CsvRows(
                    new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content), charset), 65536),
                    header == null ? "" : header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV saved by Excel on Windows may be in the Windows code page rather than UTF-8. */
    private static boolean isUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192); // checked in pieces: never a second copy of the file
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
            out.clear();
        }
    }
}
