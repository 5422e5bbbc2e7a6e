package id.suarawarga.evidence;

import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.export.ExportFile;
import id.suarawarga.insight.ChannelBreakdownService;
import id.suarawarga.program.ProgramRepository;
import id.suarawarga.region.RegionTimeZones;
import id.suarawarga.score.ProgramScoreView;
import id.suarawarga.score.RegionScoreView;
import id.suarawarga.score.ScoreFilter;
import id.suarawarga.score.ScoreService;
import id.suarawarga.score.stats.SampleProgress;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;

/**
 * Builds the evidence pack of a region's year (or round) from the evaluation API's own service calls, so its n and
 * IKM are the API's: the region view for the region, dimensions and sub-dimensions, the program list for programs.
 */
@ApplicationScoped
public class EvidencePackService {

    private final ScoreService scores;
    private final EvidenceQueries queries;

    EvidencePackService(ScoreService scores, EvidenceQueries queries) {
        this.scores = scores;
        this.queries = queries;
    }

    /** The pack; {@code filter} a round of the region's year or {@link ScoreFilter#NONE} (channels are ignored). */
    public EvidencePack pack(String regionCode, int year, ScoreFilter filter) {
        ScoreFilter kept =
                filter.round() == null ? ScoreFilter.NONE : new ScoreFilter(filter.round(), java.util.Set.of());
        RegionScoreView region = scores.region(regionCode, year, false, kept);
        List<ProgramScoreView> programs = scores.programs(
                        new ProgramRepository.Filter(regionCode, year, null, null, null),
                        new PageRequest(0, Integer.MAX_VALUE),
                        false,
                        kept)
                .items();
        Map<Long, EvidenceQueries.Facts> facts = queries.facts(
                programs.stream()
                        .map(ProgramScoreView::questionnaireId)
                        .filter(Objects::nonNull)
                        .toList(),
                kept);
        ZoneId zone = RegionTimeZones.of(regionCode);
        Map<Long, EvidenceQueries.Facts> byProgram = new HashMap<>();
        for (ProgramScoreView p : programs) {
            byProgram.put(
                    p.programId(),
                    p.questionnaireId() == null
                            ? EvidenceQueries.Facts.NONE
                            : facts.getOrDefault(p.questionnaireId(), EvidenceQueries.Facts.NONE));
        }
        List<EvidencePack.Row> rows = new ArrayList<>();
        int subDimensionsMet = 0;
        int subDimensionCount = 0;
        List<EvidencePack.Row> dimensionRows = new ArrayList<>();
        for (RegionScoreView.Dimension dimension : region.dimensions()) {
            List<EvidencePack.Row> inDimension = new ArrayList<>();
            List<Long> dimensionPrograms = new ArrayList<>();
            int met = 0;
            for (RegionScoreView.SubDimension sub : dimension.subDimensions()) {
                subDimensionCount++;
                long n = sub.scores().responses();
                boolean quotaMet = n >= SampleProgress.SMART_CITY_QUOTA;
                met += quotaMet ? 1 : 0;
                dimensionPrograms.addAll(sub.programIds());
                inDimension.add(row(
                        EvidencePack.Level.SUB_DIMENSION,
                        dimension.name(),
                        sub.name(),
                        null,
                        sub.programIds().size(),
                        sub.scores(),
                        SampleProgress.SMART_CITY_QUOTA,
                        quotaNote(n),
                        combined(sub.programIds(), byProgram),
                        zone));
                for (ProgramScoreView p : programs) {
                    if (p.subDimension().code().equals(sub.code())) {
                        EvidencePack.Row programRow = new EvidencePack.Row(
                                EvidencePack.Level.PROGRAM,
                                dimension.name(),
                                sub.name(),
                                p.programId(),
                                p.name(),
                                p.agency(),
                                p.questionnaireVersion(),
                                1,
                                p.scores(),
                                SampleProgress.SMART_CITY_QUOTA,
                                p.questionnaireId() == null
                                        ? "belum ada kuesioner terbit"
                                        : quotaNote(p.scores().responses()),
                                date(byProgram.get(p.programId()).first(), zone),
                                date(byProgram.get(p.programId()).last(), zone),
                                byProgram.get(p.programId()).channels());
                        inDimension.add(programRow);
                    }
                }
            }
            subDimensionsMet += met;
            dimensionRows.add(row(
                    EvidencePack.Level.DIMENSION,
                    dimension.name(),
                    null,
                    null,
                    dimensionPrograms.size(),
                    dimension.scores(),
                    null,
                    met + " dari " + dimension.subDimensions().size() + " subdimensi memenuhi kuota",
                    combined(dimensionPrograms, byProgram),
                    zone));
            dimensionRows.addAll(inDimension);
        }
        rows.add(row(
                EvidencePack.Level.REGION,
                null,
                null,
                null,
                programs.size(),
                region.scores(),
                null,
                subDimensionsMet + " dari " + subDimensionCount + " subdimensi memenuhi kuota",
                combined(programs.stream().map(ProgramScoreView::programId).toList(), byProgram),
                zone));
        rows.addAll(dimensionRows);
        return new EvidencePack(
                region.regionCode(),
                region.regionName(),
                year,
                kept.round(),
                RegionTimeZones.abbreviation(zone),
                LocalDate.now(zone),
                rows,
                ScoreFilter.CHANNELS,
                ChannelBreakdownService.CHANNEL_NAMES,
                EvidenceMethod.lines(kept));
    }

    /** The pack as one XLSX workbook (sheets Ringkasan, Rekap, Metode), written when the response is sent. */
    public ExportFile workbook(String regionCode, int year, ScoreFilter filter) {
        EvidencePack pack = pack(regionCode, year, filter);
        return new ExportFile(pack.fileName(), ExportFile.XLSX, out -> {
            try {
                Workbook workbook = new Workbook(out, "Suara Warga", "1.0");
                new EvidenceWorkbook(workbook, pack).write();
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static EvidencePack.Row row(
            EvidencePack.Level level,
            String dimension,
            String subDimension,
            String program,
            int programs,
            id.suarawarga.score.ScoreSummaryView scores,
            Long quota,
            String quotaNote,
            EvidenceQueries.Facts facts,
            ZoneId zone) {
        return new EvidencePack.Row(
                level,
                dimension,
                subDimension,
                null,
                program,
                null,
                null,
                programs,
                scores,
                quota,
                quotaNote,
                date(facts.first(), zone),
                date(facts.last(), zone),
                facts.channels());
    }

    /** The facts of several programs together: channel counts added, the earliest first and latest last. */
    private static EvidenceQueries.Facts combined(List<Long> programIds, Map<Long, EvidenceQueries.Facts> byProgram) {
        Map<String, Long> channels = new HashMap<>();
        Instant first = null;
        Instant last = null;
        for (Long id : programIds) {
            EvidenceQueries.Facts f = byProgram.getOrDefault(id, EvidenceQueries.Facts.NONE);
            f.channels().forEach((channel, n) -> channels.merge(channel, n, Long::sum));
            if (f.first() != null && (first == null || f.first().isBefore(first))) {
                first = f.first();
            }
            if (f.last() != null && (last == null || f.last().isAfter(last))) {
                last = f.last();
            }
        }
        return new EvidenceQueries.Facts(channels, first, last);
    }

    private static String quotaNote(long n) {
        long quota = SampleProgress.SMART_CITY_QUOTA;
        return n >= quota
                ? "kuota terpenuhi (" + n + "/" + quota + ")"
                : "kurang " + (quota - n) + " (" + n + "/" + quota + ")";
    }

    private static LocalDate date(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }
}
