package id.suarawarga.web.staff.distribution;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.insight.ChannelBreakdownService;
import id.suarawarga.insight.ChannelBreakdownView;
import id.suarawarga.program.ProgramService;
import id.suarawarga.program.ProgramView;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireStatus;
import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.response.Channel;
import id.suarawarga.response.SourceTags;
import id.suarawarga.web.PublicLinks;
import id.suarawarga.web.QrCodes;
import id.suarawarga.web.staff.StaffPages;
import id.suarawarga.web.staff.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The distribution kit of a questionnaire, for its owners and the region's admins: the public link with a copy
 * button, its QR code (SVG, PNG), a printable A4 poster and a counter card, a WhatsApp share link, and channel-tagged
 * links ({@code ?k=loket-1}) so the dashboard can say which poster or message residents came by.
 */
@Path("/dasbor/kuesioner/{questionnaireId}/bagikan")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
public class DistributionPage {

    /** The tags every kit offers, with what each is for. */
    static final Map<String, String> STANDARD_TAGS = standardTags();

    /** Seconds a resident takes per question on a phone, for the "± N menit" on posters (rounded up, at least 2). */
    static final int SECONDS_PER_QUESTION = 15;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance kit(Viewer viewer, DistributionKit kit);

        static native TemplateInstance poster(DistributionKit kit, String svg, String format, String query);
    }

    private final QuestionnaireService questionnaires;
    private final ProgramService programs;
    private final ChannelBreakdownService channels;
    private final PublicLinks links;
    private final AccessScope scope;

    DistributionPage(
            QuestionnaireService questionnaires,
            ProgramService programs,
            ChannelBreakdownService channels,
            PublicLinks links,
            AccessScope scope) {
        this.questionnaires = questionnaires;
        this.programs = programs;
        this.channels = channels;
        this.links = links;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response kit(
            @PathParam("questionnaireId") long questionnaireId, @QueryParam("k") String typed, @Context UriInfo uri) {
        DistributionKit kit = build(questionnaireId, typed, uri);
        Response page = StaffPages.page(Templates.kit(Viewer.of(scope), kit));
        return kit.tagError() == null
                ? page
                : Response.fromResponse(page).status(400).build();
    }

    @GET
    @Path("/qr.svg")
    @Produces("image/svg+xml")
    @Operation(hidden = true)
    public Response qrSvg(
            @PathParam("questionnaireId") long questionnaireId, @QueryParam("k") String tag, @Context UriInfo uri) {
        QuestionnaireView q = questionnaires.get(questionnaireId);
        return download(
                QrCodes.svg(links.tagged(q.programSlug(), tag, uri)), "image/svg+xml", fileName(q, "qr", tag, "svg"));
    }

    @GET
    @Path("/qr.png")
    @Produces("image/png")
    @Operation(hidden = true)
    public Response qrPng(
            @PathParam("questionnaireId") long questionnaireId, @QueryParam("k") String tag, @Context UriInfo uri) {
        QuestionnaireView q = questionnaires.get(questionnaireId);
        // 20 px a module: sharp when printed at 10 cm
        return download(
                QrCodes.png(links.tagged(q.programSlug(), tag, uri), 20), "image/png", fileName(q, "qr", tag, "png"));
    }

    /** The poster or table card as a page to print (A4 / A6, nothing else on the sheet). */
    @GET
    @Path("/poster")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response posterPage(
            @PathParam("questionnaireId") long questionnaireId,
            @QueryParam("k") String tag,
            @QueryParam("ukuran") String size,
            @Context UriInfo uri) {
        DistributionKit kit = build(questionnaireId, null, uri);
        PosterSvg.Format format = PosterSvg.Format.of(size);
        String valid = SourceTags.normalise(tag);
        return StaffPages.page(Templates.poster(
                kit, poster(questionnaireId, valid, format, uri), format.slug(), query(valid, format)));
    }

    @GET
    @Path("/poster.svg")
    @Produces("image/svg+xml")
    @Operation(hidden = true)
    public Response posterSvg(
            @PathParam("questionnaireId") long questionnaireId,
            @QueryParam("k") String tag,
            @QueryParam("ukuran") String size,
            @Context UriInfo uri) {
        PosterSvg.Format format = PosterSvg.Format.of(size);
        String valid = SourceTags.normalise(tag);
        QuestionnaireView q = questionnaires.get(questionnaireId);
        return download(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + poster(questionnaireId, valid, format, uri),
                "image/svg+xml",
                fileName(q, format.slug(), valid, "svg"));
    }

    private String poster(long questionnaireId, String tag, PosterSvg.Format format, UriInfo uri) {
        QuestionnaireView q = questionnaires.get(questionnaireId);
        ProgramView program = programs.get(q.programId());
        return PosterSvg.draw(
                new PosterSvg.Content(
                        program.name(),
                        program.agency(),
                        program.regionName(),
                        links.tagged(program.slug(), tag, uri),
                        minutes(q),
                        tag),
                format);
    }

    private DistributionKit build(long questionnaireId, String typed, UriInfo uri) {
        QuestionnaireView q = questionnaires.get(questionnaireId);
        ProgramView program = programs.get(q.programId());
        ChannelBreakdownView breakdown = channels.breakdown(questionnaireId);
        Map<String, Long> byTag = new LinkedHashMap<>();
        long untagged = 0;
        for (ChannelBreakdownView.Row row : breakdown.rows()) {
            if (!Channel.WEB.name().equals(row.channelCode())) {
                continue;
            }
            if (row.sourceTag() == null) {
                untagged += row.counted();
            } else {
                byTag.merge(row.sourceTag(), row.counted(), Long::sum);
            }
        }
        String slug = program.slug();
        List<DistributionKit.Entry> tagged = new ArrayList<>();
        STANDARD_TAGS.forEach((tag, use) -> tagged.add(entry(slug, tag, use, byTag.getOrDefault(tag, 0L), uri)));
        byTag.forEach((tag, count) -> {
            if (!STANDARD_TAGS.containsKey(tag)) {
                tagged.add(entry(slug, tag, "Tanda buatan sendiri", count, uri));
            }
        });
        String error = null;
        DistributionKit.Entry custom = null;
        String typedTag = typed == null ? "" : typed.strip();
        if (!typedTag.isEmpty()) {
            String valid = SourceTags.normalise(typedTag);
            if (valid == null) {
                error = "Tanda hanya boleh huruf kecil, angka dan tanda hubung (-), 1–40 karakter, diawali huruf atau"
                        + " angka; misalnya puskesmas-2. Jangan memakai nama orang.";
            } else {
                custom = entry(slug, valid, "Tanda baru Anda", byTag.getOrDefault(valid, 0L), uri);
            }
        }
        String whatsAppLink = links.tagged(slug, "whatsapp", uri);
        int minutes = minutes(q);
        String message = "Bantu kami memperbaiki layanan " + program.name() + " (" + program.agency()
                + "). Isi survei singkat, ± " + minutes + " menit, tanpa nama: " + whatsAppLink;
        return new DistributionKit(
                questionnaireId,
                q.title().id(),
                program.name(),
                program.agency(),
                program.regionName(),
                status(q),
                minutes,
                q.questions().size(),
                new DistributionKit.Entry(null, "Tautan umum", links.survey(slug, uri), "", untagged),
                tagged,
                custom,
                "https://wa.me/?text=" + URLEncoder.encode(message, StandardCharsets.UTF_8),
                error,
                typedTag);
    }

    private DistributionKit.Entry entry(String slug, String tag, String use, long responses, UriInfo uri) {
        return new DistributionKit.Entry(tag, use, links.tagged(slug, tag, uri), "?k=" + tag, responses);
    }

    private static String status(QuestionnaireView q) {
        if (q.status() == QuestionnaireStatus.DRAFT) {
            return "Kuesioner ini masih draf: tautan dan kode QR baru bisa dibuka warga setelah diterbitkan.";
        }
        if (q.status() == QuestionnaireStatus.CLOSED) {
            return "Kuesioner ini sudah ditutup: warga yang membuka tautan melihat bahwa survei telah selesai.";
        }
        return null;
    }

    static int minutes(QuestionnaireView q) {
        int seconds = q.questions().size() * SECONDS_PER_QUESTION;
        return Math.max(2, (seconds + 59) / 60);
    }

    private static String query(String tag, PosterSvg.Format format) {
        return "?ukuran=" + format.slug() + (tag == null ? "" : "&k=" + tag);
    }

    private static String fileName(QuestionnaireView q, String what, String tag, String extension) {
        String valid = SourceTags.normalise(tag);
        return "suara-warga-" + q.programSlug() + "-" + what + (valid == null ? "" : "-" + valid) + "." + extension;
    }

    private static Response download(Object body, String type, String fileName) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static Map<String, String> standardTags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("loket-1", "Loket atau meja layanan (cetak kartu meja)");
        tags.put("whatsapp", "Pesan WhatsApp ke warga atau grup");
        tags.put("spanduk", "Spanduk, baliho atau poster di tempat umum");
        return java.util.Collections.unmodifiableMap(tags);
    }
}
