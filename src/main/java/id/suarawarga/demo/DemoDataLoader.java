package id.suarawarga.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.suarawarga.auth.ApiClientRequest;
import id.suarawarga.auth.ApiClientService;
import id.suarawarga.auth.PasswordHasher;
import id.suarawarga.auth.StaffRole;
import id.suarawarga.auth.StaffUserService;
import id.suarawarga.common.config.SuaraConfig;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import id.suarawarga.common.text.Slugs;
import id.suarawarga.program.ProgramRepository;
import id.suarawarga.program.ProgramRequest;
import id.suarawarga.program.ProgramService;
import id.suarawarga.program.ProgramView;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireStatus;
import id.suarawarga.questionnaire.QuestionnaireSummaryView;
import id.suarawarga.questionnaire.TemplateQuestionnaireRequest;
import id.suarawarga.region.RegionService;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads Kota Banjarmasin 2024 and its six Quick Win programs, each with a published questionnaire, when
 * {@code suara.demo.enabled} is true. Goes through the same services as the API and is idempotent: a restart
 * (or a run interrupted half-way) completes what is missing and never duplicates.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final String RESOURCE = "demo/banjarmasin-2024.json";

    private final SuaraConfig config;
    private final ObjectMapper json;
    private final RegionService regions;
    private final ProgramService programs;
    private final QuestionnaireService questionnaires;
    private final ApiClientService clients;
    private final StaffUserService staff;
    /** User name of the demo region's admin. */
    public static final String DEMO_ADMIN = "admin.banjarmasin";

    private final int port;

    DemoDataLoader(
            SuaraConfig config,
            ObjectMapper json,
            RegionService regions,
            ProgramService programs,
            QuestionnaireService questionnaires,
            ApiClientService clients,
            StaffUserService staff,
            @ConfigProperty(name = "quarkus.http.port") int port) {
        this.staff = staff;
        this.clients = clients;
        this.port = port;
        this.config = config;
        this.json = json;
        this.regions = regions;
        this.programs = programs;
        this.questionnaires = questionnaires;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (config.demo().enabled()) {
            load();
            demoEvaluator(read());
            demoStaff(read());
        }
    }

    /**
     * Demo staff: an admin of the demo region and an owner per program, all with one password — SUARA_DEMO_PASSWORD
     * when set, else generated and printed at every start (the previous one stops working).
     */
    private void demoStaff(DemoData demo) {
        Optional<String> configured = config.demo().password().filter(p -> !p.isBlank());
        String password = configured.orElseGet(PasswordHasher::randomPassword);
        String region = demo.region().code();
        staff.ensure(DEMO_ADMIN, "Admin Diskominfo (demo)", StaffRole.ADMIN, region, Set.of(), password, true);
        StringBuilder owners = new StringBuilder();
        for (DemoData.DemoProgram p : demo.programs()) {
            ProgramView program = existing(Slugs.of(p.name())).orElseThrow();
            String username = "pemilik." + program.slug();
            staff.ensure(
                    username,
                    p.agency() + " (demo)",
                    StaffRole.PROGRAM_OWNER,
                    region,
                    Set.of(program.id()),
                    password,
                    true);
            owners.append(owners.length() == 0 ? "" : ", ").append(username);
        }
        LOG.infof(
                "Demo staff sign in at http://localhost:%d/masuk as '%s' (admin) or a program owner (%s); password: %s",
                port,
                DEMO_ADMIN,
                owners,
                configured.isPresent()
                        ? "the one in SUARA_DEMO_PASSWORD"
                        : password + " (shown once, replaced at the next start)");
    }

    /** Creates whatever part of the demo data is missing. */
    public void load() {
        DemoData demo = read();
        if (regions.find(demo.region().code()).isEmpty()) {
            regions.create(demo.region());
        }
        for (DemoData.DemoProgram p : demo.programs()) {
            ProgramView program = existing(Slugs.of(p.name()))
                    .orElseGet(() -> programs.create(new ProgramRequest(
                            demo.region().code(),
                            demo.year(),
                            p.name(),
                            null,
                            p.agency(),
                            null,
                            p.subDimension(),
                            p.description(),
                            p.targetPopulation())));
            ensurePublished(program, p.templates() != null ? p.templates() : demo.templates());
        }
        LOG.infof(
                "Demo data ready: %s %d with %d programs",
                demo.region().name(), demo.year(), demo.programs().size());
    }

    /**
     * A fresh evaluator key for the demo region at every start (the previous one is revoked): from
     * SUARA_DEMO_EVALUATOR_KEY when set, else generated and printed once so the README's curl works at once.
     */
    private void demoEvaluator(DemoData demo) {
        String name = "Demo evaluator: " + demo.region().name();
        clients.revokeByName(name);
        List<String> regions = List.of(demo.region().code());
        Optional<String> configured = config.demo().evaluatorKey().filter(k -> !k.isBlank());
        if (configured.isPresent()) {
            clients.create(name, regions, configured.get());
            LOG.info("Demo evaluator API key: the one in SUARA_DEMO_EVALUATOR_KEY");
            return;
        }
        String key = clients.create(new ApiClientRequest(name, regions)).key();
        LOG.infof(
                "Demo evaluator API key (shown once, replaced at the next start): %s%n  try: curl -H 'Authorization: Bearer %s'"
                        + " http://localhost:%d/api/v1/scores/regions/%s/%d",
                key, key, port, demo.region().code(), demo.year());
    }

    private void ensurePublished(ProgramView program, List<String> templates) {
        if (find(program, QuestionnaireStatus.PUBLISHED).isPresent()) {
            return;
        }
        long draftId = find(program, QuestionnaireStatus.DRAFT)
                .map(QuestionnaireSummaryView::id)
                .orElseGet(() -> questionnaires
                        .createFromTemplates(
                                new TemplateQuestionnaireRequest(program.id(), templates, null, null, null))
                        .id());
        questionnaires.publish(draftId);
    }

    private Optional<QuestionnaireSummaryView> find(ProgramView program, QuestionnaireStatus status) {
        PageView<QuestionnaireSummaryView> page = questionnaires.list(
                program.id(),
                status,
                new PageRequest(0, 1),
                new ProgramRepository.Filter(null, null, null, null, null));
        return page.items().stream().findFirst();
    }

    private Optional<ProgramView> existing(String slug) {
        return programs.findBySlug(slug);
    }

    private DemoData read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo data resource " + RESOURCE);
            }
            return json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo data " + RESOURCE, e);
        }
    }
}
