package id.suarawarga.region;

import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditChanges;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.common.text.Texts;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Registers and maintains regions. */
@ApplicationScoped
public class RegionService {

    private final RegionRepository regions;
    private final AuditLog audit;

    RegionService(RegionRepository regions, AuditLog audit) {
        this.regions = regions;
        this.audit = audit;
    }

    @Transactional
    /** Regions matching the filters, limited to {@code scope} (null: every region). */
    public PageView<RegionView> list(String province, String text, PageRequest page, Set<String> scope) {
        PanacheQuery<Region> query = regions.search(Texts.blankToNull(province), Texts.blankToNull(text), scope, page);
        return PageView.of(query.list(), page, query.count(), RegionView::of);
    }

    @Transactional
    public RegionView get(String code) {
        return RegionView.of(require(code));
    }

    @Transactional
    public RegionView create(RegionRequest request) {
        if (regions.findByCode(request.code()).isPresent()) {
            throw ProblemException.alreadyExists("Region " + request.code() + " already exists");
        }
        Region region = new Region();
        region.code = request.code();
        region.kind = request.kind();
        region.name = request.name().trim();
        region.province = request.province().trim();
        regions.persistAndFlush(region);
        RegionView created = RegionView.of(region);
        audit.record(
                AuditAction.REGION_CREATED, region.code, "region:" + region.code, AuditChanges.created(fields(region)));
        return created;
    }

    @Transactional
    public RegionView update(String code, RegionUpdateRequest request) {
        Region region = require(code);
        Map<String, Object> before = fields(region);
        region.kind = request.kind();
        region.name = request.name().trim();
        region.province = request.province().trim();
        regions.flush();
        Map<String, Object> changes = AuditChanges.detail(before, fields(region));
        if (!AuditChanges.unchanged(changes)) {
            audit.record(AuditAction.REGION_CHANGED, code, "region:" + code, changes);
        }
        return RegionView.of(region);
    }

    @Transactional
    public void delete(String code) {
        Region region = require(code);
        long programs = regions.countPrograms(region);
        if (programs > 0) {
            throw new ProblemException(
                    ProblemType.IN_USE, "Region " + code + " has " + programs + " program(s); delete them first");
        }
        Map<String, Object> before = fields(region);
        regions.delete(region);
        audit.record(AuditAction.REGION_DELETED, code, "region:" + code, AuditChanges.deleted(before));
    }

    @Transactional
    public Optional<RegionView> find(String code) {
        return regions.findByCode(code).map(RegionView::of);
    }

    /** The fields an admin sets, as the audit log names them. */
    private static Map<String, Object> fields(Region region) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", region.name);
        fields.put("kind", region.kind);
        fields.put("province", region.province);
        return fields;
    }

    /** The region with this code, for other features; a 404 problem when it does not exist. */
    public Region require(String code) {
        return regions.findByCode(code).orElseThrow(() -> ProblemException.notFound("Region", code));
    }
}
