package id.suarawarga.web.staff.questionnaire;

import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.questionnaire.DuplicatePolicy;
import id.suarawarga.questionnaire.QuestionTag;
import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.questionnaire.QuestionnaireChanges;
import id.suarawarga.questionnaire.QuestionnaireStatus;
import id.suarawarga.questionnaire.QuestionnaireView;
import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questionnaire builder's words: question types, the duplicate policy explained, tags, changes between versions
 * and the service's problems, in Indonesian (English beside where the page shows both).
 */
@TemplateExtension
public final class BuilderWords {

    private static final Pattern QUESTION_POINTER = Pattern.compile("^/questions/(\\d+)(/.*)?$");

    private BuilderWords() {}

    /** The text cut to {@code max} characters with an ellipsis, for a one-line list entry. */
    static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }

    static boolean draft(QuestionnaireView q) {
        return q.status() == QuestionnaireStatus.DRAFT;
    }

    static boolean published(QuestionnaireView q) {
        return q.status() == QuestionnaireStatus.PUBLISHED;
    }

    /** The question types offered when adding a question, in the order a person thinks of them. */
    static List<QuestionType> questionTypes(QuestionnaireView q) {
        return List.of(QuestionType.values());
    }

    /** Whether the start choice {@code chosen} is {@code prefix} followed by {@code suffix} (e.g. tpl:skm). */
    static boolean picks(String chosen, String prefix, Object suffix) {
        return chosen != null && chosen.equals(prefix + suffix);
    }

    static String label(QuestionType type) {
        return switch (type) {
            case LIKERT -> "Skala penilaian (1–4 atau 1–5)";
            case SINGLE_CHOICE -> "Pilih satu jawaban";
            case MULTI_CHOICE -> "Pilih beberapa jawaban";
            case YES_NO -> "Ya / Tidak";
            case TEXT -> "Isian teks bebas";
            case NUMBER -> "Angka";
        };
    }

    /** The type as the question list shows it: a rating scale with its points (Skala penilaian 1–4). */
    static String typeLabel(QuestionView q) {
        return q.type() == QuestionType.LIKERT && q.scalePoints() != null
                ? "Skala penilaian 1–" + q.scalePoints()
                : label(q.type());
    }

    static String english(QuestionType type) {
        return switch (type) {
            case LIKERT -> "Rating scale";
            case SINGLE_CHOICE -> "Single choice";
            case MULTI_CHOICE -> "Multiple choice";
            case YES_NO -> "Yes / No";
            case TEXT -> "Free text";
            case NUMBER -> "Number";
        };
    }

    static String label(DuplicatePolicy policy) {
        return switch (policy) {
            case FLAG -> "HP pribadi warga (tandai jawaban kedua)";
            case REJECT -> "Satu perangkat satu jawaban (tolak jawaban kedua)";
            case ALLOW -> "Tablet di loket (boleh banyak jawaban)";
        };
    }

    static String english(DuplicatePolicy policy) {
        return switch (policy) {
            case FLAG -> "Residents' own phones (flag a second answer)";
            case REJECT -> "One device, one answer (refuse a second)";
            case ALLOW -> "Counter tablet (many answers allowed)";
        };
    }

    static String explanation(DuplicatePolicy policy) {
        return switch (policy) {
            case FLAG ->
                "Untuk tautan dan kode QR yang dibuka warga di HP sendiri. Jawaban kedua dari HP yang sama tetap"
                        + " disimpan, tetapi ditandai dan tidak dihitung dalam nilai.";
            case REJECT ->
                "Jawaban kedua dari HP atau peramban yang sama ditolak dengan pesan sopan; tidak ada yang"
                        + " disimpan.";
            case ALLOW ->
                "Untuk satu tablet atau HP yang dipakai bergantian oleh banyak warga di loket layanan. Semua"
                        + " jawaban dihitung.";
        };
    }

    /** U3 → "U3 · Waktu Penyelesaian". */
    static String label(QuestionTag tag) {
        return tag.name().length() <= 3 ? tag.name() + " · " + tag.indonesianName() : tag.indonesianName();
    }

    /** A change between versions in words: what happened to which part. */
    static String label(QuestionnaireChanges.Change change) {
        String part = part(change.field());
        String question = change.question() == null ? "" : "Pertanyaan " + change.question() + ": ";
        return switch (change.kind()) {
            case ADDED -> "Pertanyaan " + change.question() + " ditambahkan";
            case REMOVED -> "Pertanyaan " + change.question() + " dihapus";
            case MOVED ->
                "Pertanyaan " + change.question() + " dipindah dari urutan " + change.before() + " ke "
                        + change.after();
            case CHANGED -> question + part + " diubah";
        };
    }

    /** A questionnaire's or question's field in words ("title.id" → "Judul"); the field itself when unknown. */
    public static String fieldName(String field) {
        return part(field);
    }

    /** A field's stored value in words (a duplicate policy, "true" of required, a tag); the value itself otherwise. */
    public static String valueName(String field, String value) {
        try {
            return switch (field) {
                case "required" -> "true".equals(value) ? "wajib" : "tidak wajib";
                case "duplicatePolicy" -> label(DuplicatePolicy.valueOf(value));
                case "tag" -> label(QuestionTag.valueOf(value));
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            return value; // a value of an older release
        }
    }

    private static String part(String field) {
        return switch (field) {
            case "title.id" -> "Judul";
            case "title.en" -> "Judul (Inggris)";
            case "intro.id" -> "Pengantar";
            case "intro.en" -> "Pengantar (Inggris)";
            case "consent.id" -> "Catatan privasi";
            case "consent.en" -> "Catatan privasi (Inggris)";
            case "duplicatePolicy" -> "Cara menangani jawaban kedua";
            case "type" -> "jenis pertanyaan";
            case "text.id" -> "teks pertanyaan";
            case "text.en" -> "teks pertanyaan (Inggris)";
            case "help.id" -> "keterangan bantuan";
            case "help.en" -> "keterangan bantuan (Inggris)";
            case "required" -> "wajib dijawab";
            case "tag" -> "yang diukur";
            case "options" -> "pilihan jawaban";
            case "showIf" -> "syarat tampil";
            default -> field;
        };
    }

    /** A change's old or new value as a person reads it. */
    static String value(QuestionnaireChanges.Change change, String value) {
        if (value == null || value.isEmpty()) {
            return "(kosong)";
        }
        return valueName(change.field(), value);
    }

    /** A problem publishing, in words, naming the question by its number. */
    static String publishProblem(FieldError error) {
        String pointer = error.pointer() == null ? "" : error.pointer();
        String detail = error.detail();
        Matcher m = QUESTION_POINTER.matcher(pointer);
        String prefix = m.matches() ? "Pertanyaan " + (Integer.parseInt(m.group(1)) + 1) + ": " : "";
        if (detail.contains("at least one question")) {
            return "Kuesioner perlu paling sedikit satu pertanyaan.";
        }
        if (pointer.equals("/closesAt")) {
            return "Tanggal tutup sudah lewat; warga tidak akan sempat menjawab. Ubah jadwalnya.";
        }
        if (pointer.equals("/consent/en")) {
            return "Judul bahasa Inggris sudah diisi, jadi catatan privasi juga perlu versi bahasa Inggris"
                    + " (atau kosongkan judul bahasa Inggris).";
        }
        if (pointer.equals("/intro/en")) {
            return "Judul bahasa Inggris sudah diisi, jadi pengantar juga perlu versi bahasa Inggris.";
        }
        if (detail.contains("needs a label for every point")) {
            return prefix + "setiap titik skala perlu label.";
        }
        if (detail.contains("at least 2 options")) {
            return prefix + "pertanyaan pilihan perlu paling sedikit 2 pilihan jawaban.";
        }
        if (detail.contains("YES_NO needs")) {
            return prefix + "pertanyaan Ya/Tidak perlu tepat dua pilihan: Ya dan Tidak.";
        }
        if (detail.contains("English text missing")) {
            return prefix + "teks bahasa Inggris belum diisi (judul kuesioner punya versi Inggris).";
        }
        if (detail.contains("English label missing")) {
            return prefix + "label pilihan bahasa Inggris belum diisi.";
        }
        if (detail.contains("must come earlier") || detail.contains("show-if needs")) {
            return prefix + "syarat tampil harus merujuk pertanyaan pilihan yang letaknya lebih atas.";
        }
        if (detail.contains("has no option")) {
            return prefix + "syarat tampil memakai jawaban yang tidak ada lagi.";
        }
        return prefix + detail;
    }

    /** A problem with one question's definition, in words, for the field it concerns. */
    static String questionProblem(FieldError error) {
        String detail = error.detail();
        if (detail.contains("already measures")) {
            return "Pertanyaan lain sudah mengukur hal ini; tiap unsur SKM dan data profil hanya sekali per kuesioner.";
        }
        if (detail.contains("already uses the code")) {
            return "Kode ini sudah dipakai pertanyaan lain.";
        }
        if (detail.contains("no earlier question") || detail.contains("depend on itself")) {
            return "Syarat tampil harus memakai jawaban dari pertanyaan lain yang letaknya lebih atas.";
        }
        if (detail.contains("point scale has at most")) {
            return "Skala ini punya lebih sedikit titik daripada pilihan yang diisi; tambah titik skala atau kurangi"
                    + " pilihan.";
        }
        if (detail.contains("duplicate option value")) {
            return "Dua pilihan memakai kode jawaban yang sama.";
        }
        if (detail.contains("can end the questionnaire")) {
            return "Hanya pertanyaan “pilih satu” atau “Ya / Tidak” yang dapat mengakhiri survei.";
        }
        if (detail.contains("have no options")) {
            return "Jenis pertanyaan ini tidak memakai pilihan jawaban; kosongkan pilihannya.";
        }
        if (detail.contains("can be scored")) {
            return "Hanya skala penilaian dengan unsur SKM atau aspek manfaat yang dihitung nilainya.";
        }
        if (detail.contains("must not be smaller than minValue")) {
            return "Angka terbesar tidak boleh lebih kecil dari angka terkecil.";
        }
        if (detail.contains("must be between 1 and")) {
            return "Letak pertanyaan tidak ada.";
        }
        return detail;
    }
}
