package id.suarawarga.program;

import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.text.Slugs;
import id.suarawarga.region.Region;
import id.suarawarga.region.RegionService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Registers and maintains Quick Win programs. */
@ApplicationScoped
public class ProgramService {

    private final ProgramRepository programs;
    private final RegionService regions;
    private final DimensionCatalog dimensions;

    ProgramService(ProgramRepository programs, RegionService regions, DimensionCatalog dimensions) {
        this.programs = programs;
        this.regions = regions;
        this.dimensions = dimensions;
    }

    @Transactional
    public PageView<ProgramView> list(ProgramRepository.Filter filter, PageRequest page) {
        PanacheQuery<Program> query = programs.search(filter, page);
        return PageView.of(query.list(), page, query.count(), ProgramView::of);
    }

    /** Every program matching the filter, in list order (for roll-ups; a region has dozens, not thousands). */
    @Transactional
    public List<ProgramView> all(ProgramRepository.Filter filter) {
        return programs.search(filter, new PageRequest(0, Integer.MAX_VALUE)).list().stream()
                .map(ProgramView::of)
                .toList();
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
        apply(program, name, slug, request.agency(), subDimension, request.description(), request.targetPopulation());
        programs.flush();
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
        programs.delete(program);
    }

    /** The program with this id, for other features; a 404 problem when it does not exist. */
    public Program require(long id) {
        return programs.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Program", id));
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
