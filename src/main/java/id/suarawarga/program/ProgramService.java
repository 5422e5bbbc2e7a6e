package id.suarawarga.program;

import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditChanges;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.text.Slugs;
import id.suarawarga.region.Region;
import id.suarawarga.region.RegionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Registers and maintains Quick Win programs. */
@ApplicationScoped
public class ProgramService {

    private final ProgramRepository programs;
    private final RegionService regions;
    private final DimensionCatalog dimensions;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    ProgramService(ProgramRepository programs, RegionService regions, DimensionCatalog dimensions, AuditLog audit) {
        this.programs = programs;
        this.regions = regions;
        this.dimensions = dimensions;
        this.audit = audit;
    }

    @Transactional
    public PageView<ProgramView> list(ProgramRepository.Filter filter, PageRequest page) {
        ProgramRepository.Found found = programs.page(filter, page);
        return PageView.of(found.items(), page, found.total(), ProgramView::of);
    }

    /** Every program matching the filter, in list order (for roll-ups; a region has dozens, not thousands). */
    @Transactional
    public List<ProgramView> all(ProgramRepository.Filter filter) {
        return programs.all(filter).stream().map(ProgramView::of).toList();
    }

    @Transactional
    public ProgramView get(long id) {
        return ProgramView.of(require(id));
    }

    @Transactional
    public ProgramView create(ProgramRequest request) {
        Region region = regions.require(request.regionCode());
        SmartCitySubDimension subDimension = resolveSubDimension(request.dimension(), request.subDimension());
        String name = request.name().trim();
        String slug = request.slug() != null ? request.slug() : Slugs.of(name);
        List<FieldError> errors = new ArrayList<>();
        if (slug.isEmpty()) {
            errors.add(FieldError.at("/name", "must contain letters or digits to derive a slug from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        checkUnique(region, request.year(), name, slug, null);
        Program program = new Program();
        program.region = region;
        program.year = request.year().shortValue();
        apply(program, name, slug, request.agency(), subDimension, request.description(), request.targetPopulation());
        programs.persistAndFlush(program);
        record(AuditAction.PROGRAM_CREATED, program, AuditChanges.created(fields(program)));
        return ProgramView.of(program);
    }

    @Transactional
    public ProgramView update(long id, ProgramUpdateRequest request) {
        Program program = require(id);
        SmartCitySubDimension subDimension = resolveSubDimension(request.dimension(), request.subDimension());
        String name = request.name().trim();
        String slug = request.slug() != null ? request.slug() : program.slug;
        boolean identityChanges = !slug.equals(program.slug) || !subDimension.code.equals(program.subDimension.code);
        if (identityChanges && programs.everPublished(program)) {
            throw ProblemException.invalidState(
                    "Program " + id + " has published a questionnaire: its slug (printed on QR"
                            + " codes) and sub-dimension (its scores' grouping) can no longer change");
        }
        checkUnique(program.region, program.year, name, slug, program.id);
        Map<String, Object> before = fields(program);
        apply(program, name, slug, request.agency(), subDimension, request.description(), request.targetPopulation());
        programs.flush();
        Map<String, Object> changed = AuditChanges.detail(before, fields(program));
        if (!AuditChanges.unchanged(changed)) {
            record(AuditAction.PROGRAM_CHANGED, program, changed);
        }
        return ProgramView.of(program);
    }

    @Transactional
    public Optional<ProgramView> findBySlug(String slug) {
        return programs.findBySlug(slug).map(ProgramView::of);
    }

    /** Deletes a program that never went public, with its draft questionnaires. */
    @Transactional
    public void delete(long id) {
        Program program = require(id);
        if (programs.everPublished(program)) {
            throw ProblemException.invalidState("Program " + id
                    + " has published a questionnaire and keeps its history;" + " it cannot be deleted");
        }
        programs.deleteQuestionnairesOf(program);
        record(AuditAction.PROGRAM_DELETED, program, AuditChanges.deleted(fields(program)));
        programs.delete(program);
    }

    /**
     * Archives a program the region no longer runs this year: it leaves the working list, its history stays. A
     * program whose questionnaire still takes answers must be closed first, so no link silently keeps collecting.
     */
    @Transactional
    public ProgramView archive(long id) {
        Program program = require(id);
        if (program.archivedAt != null) {
            return ProgramView.of(program);
        }
        if (programs.collecting(program)) {
            throw ProblemException.invalidState("Program " + id
                    + " has a published questionnaire that still takes answers; close it before archiving");
        }
        program.archivedAt = clock.instant();
        programs.flush();
        record(AuditAction.PROGRAM_ARCHIVED, program, archiving(program, false));
        return ProgramView.of(program);
    }

    /** Brings an archived program back to the year's working list. */
    @Transactional
    public ProgramView restore(long id) {
        Program program = require(id);
        if (program.archivedAt != null) {
            program.archivedAt = null;
            programs.flush();
            record(AuditAction.PROGRAM_RESTORED, program, archiving(program, true));
        }
        return ProgramView.of(program);
    }

    /** The program with this id, for other features; a 404 problem when it does not exist. */
    public Program require(long id) {
        return programs.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Program", id));
    }

    private void record(AuditAction action, Program program, Map<String, Object> detail) {
        audit.record(action, program.region.code, "program:" + program.id, detail);
    }

    /** The editable fields as the audit log names them. */
    private static Map<String, Object> fields(Program p) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", p.name);
        fields.put("slug", p.slug);
        fields.put("agency", p.agency);
        fields.put("subDimension", p.subDimension.code);
        fields.put("description", p.description);
        fields.put("targetPopulation", p.targetPopulation);
        return fields;
    }

    /** Archived before and after, with the program's name to read the event by. */
    private static Map<String, Object> archiving(Program program, boolean archivedBefore) {
        Map<String, Object> detail =
                AuditChanges.detail(Map.of("archived", archivedBefore), Map.of("archived", !archivedBefore));
        detail.put("name", program.name);
        return detail;
    }

    private SmartCitySubDimension resolveSubDimension(String dimension, String subDimensionCode) {
        SmartCitySubDimension subDimension = dimensions
                .subDimension(subDimensionCode)
                .orElseThrow(() -> ProblemException.invalid(
                        "/subDimension",
                        "unknown sub-dimension '" + subDimensionCode + "'; see GET /api/v1/dimensions"));
        if (dimension != null && !Objects.equals(dimension, subDimension.dimension.code)) {
            throw ProblemException.invalid(
                    "/dimension",
                    "sub-dimension " + subDimension.code + " belongs to " + subDimension.dimension.code + ", not "
                            + dimension);
        }
        return subDimension;
    }

    private void checkUnique(Region region, int year, String name, String slug, Long exceptId) {
        if (programs.findBySlug(slug).filter(p -> !p.id.equals(exceptId)).isPresent()) {
            throw ProblemException.alreadyExists(
                    "Slug '" + slug + "' is already used by another program; choose another slug");
        }
        if (programs.nameTaken(region.id, year, name, exceptId)) {
            throw ProblemException.alreadyExists(
                    region.name + " already has a program named '" + name + "' in " + year);
        }
    }

    private static void apply(
            Program program,
            String name,
            String slug,
            String agency,
            SmartCitySubDimension subDimension,
            String description,
            Integer targetPopulation) {
        program.name = name;
        program.slug = slug;
        program.agency = agency.trim();
        program.subDimension = subDimension;
        program.dimensionCode = subDimension.dimension.code;
        program.description = description == null || description.isBlank() ? null : description.trim();
        program.targetPopulation = targetPopulation;
    }
}
