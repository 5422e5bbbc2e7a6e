package id.suarawarga.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.suarawarga.support.Management;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The k8s/ overlays, rendered offline ({@link Kustomize}) and loaded as Kubernetes objects (fabric8's models; the
 * CloudNativePG kinds as plain trees with field checks): they parse with no unknown field, and what they say about
 * the app (port, probes, secrets, shutdown, datasource through PgBouncer) matches the app and its configuration.
 */
@QuarkusTest
class KubernetesManifestsTest {

    static final Path K8S = Path.of("k8s");
    static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    /** Model class of every built-in kind the overlays may contain. */
    static final Map<String, Class<? extends HasMetadata>> MODELS = Map.of(
            "ConfigMap",
            ConfigMap.class,
            "Service",
            Service.class,
            "Deployment",
            Deployment.class,
            "Ingress",
            Ingress.class,
            "HorizontalPodAutoscaler",
            HorizontalPodAutoscaler.class,
            "PodDisruptionBudget",
            PodDisruptionBudget.class,
            "NetworkPolicy",
            NetworkPolicy.class);

    static final Set<String> CLOUDNATIVEPG_KINDS = Set.of("Cluster", "Pooler", "ScheduledBackup");
    /** Keys of the Secret CloudNativePG makes for a Cluster's owner, "<cluster>-app" (its documentation, "Connecting from an application"). */
    static final Set<String> CLOUDNATIVEPG_APP_SECRET_KEYS = Set.of(
            "username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass", "fqdn-uri", "fqdn-jdbc-uri");

    /** One rendered overlay: the raw objects and the typed ones. */
    record Rendered(String overlay, List<ObjectNode> objects) {
        <T extends HasMetadata> List<T> all(Class<T> type) {
            String kind = MODELS.entrySet().stream()
                    .filter(e -> e.getValue() == type)
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            return objects.stream()
                    .filter(o -> o.path("kind").asText().equals(kind))
                    .map(o -> parse(o, type))
                    .toList();
        }

        <T extends HasMetadata> T one(Class<T> type) {
            List<T> found = all(type);
            assertThat(found).as(overlay + ": one " + type.getSimpleName()).hasSize(1);
            return found.get(0);
        }

        ObjectNode custom(String kind) {
            List<ObjectNode> found = objects.stream()
                    .filter(o -> o.path("kind").asText().equals(kind))
                    .toList();
            assertThat(found).as(overlay + ": one " + kind).hasSize(1);
            return found.get(0);
        }

        Container app() {
            return one(Deployment.class)
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0);
        }
    }

    static Rendered render(String overlay) {
        return new Rendered(overlay, Kustomize.render(K8S.resolve("overlays").resolve(overlay)));
    }

    static <T> T parse(JsonNode object, Class<T> type) {
        try {
            T parsed = JSON.treeToValue(object, type);
            assertNoUnknownFields(
                    parsed,
                    type.getSimpleName() + " " + object.at("/metadata/name").asText());
            return parsed;
        } catch (IOException e) {
            throw new AssertionError(type.getSimpleName() + " does not parse: " + e.getMessage(), e);
        }
    }

    /** fabric8's models keep fields they do not know in additionalProperties: a typo must fail, not vanish. */
    static void assertNoUnknownFields(Object model, String where) {
        if (model instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                assertNoUnknownFields(item, where + "[" + i++ + "]");
            }
            return;
        }
        if (model instanceof Map<?, ?> map) {
            map.forEach((k, v) -> assertNoUnknownFields(v, where + "." + k));
            return;
        }
        if (model == null || !model.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : model.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(model);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                assertThat((Map<?, ?>) value).as(where + ": unknown fields").isNullOrEmpty();
            } else {
                assertNoUnknownFields(value, where + "." + getter.getName().substring(3));
            }
        }
    }

    static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    static String readme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Deploying to Kubernetes");
        assertThat(start).as("README has a 'Deploying to Kubernetes' section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 3);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectParsesAsItsKind(String overlay) {
        Rendered rendered = render(overlay);
        assertThat(rendered.objects()).isNotEmpty();
        for (ObjectNode object : rendered.objects()) {
            String kind = object.path("kind").asText();
            String name = object.at("/metadata/name").asText();
            assertThat(name).as(overlay + ": " + kind + " has a name").isNotBlank();
            assertThat(object.at("/metadata/namespace").asText())
                    .as(overlay + ": " + kind + "/" + name + " namespace")
                    .isEqualTo(overlay.equals("prod") ? "suara-warga" : "suara-warga-dev");
            if (MODELS.containsKey(kind)) {
                HasMetadata parsed = parse(object, MODELS.get(kind));
                assertThat(parsed.getApiVersion())
                        .isEqualTo(object.path("apiVersion").asText());
            } else {
                assertThat(CLOUDNATIVEPG_KINDS)
                        .as(overlay + ": known kind " + kind)
                        .contains(kind);
                assertThat(object.path("apiVersion").asText()).isEqualTo("postgresql.cnpg.io/v1");
            }
        }
        assertThat(rendered.objects().stream().map(o -> o.path("kind").asText()).collect(Collectors.toSet()))
                .containsAll(MODELS.keySet())
                .contains("Cluster", "Pooler");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void probesPortAndServiceMatchTheApp(String overlay) throws IOException {
        Rendered rendered = render(overlay);
        Container app = rendered.app();
        Properties properties = applicationProperties();
        String appPort = properties.getProperty("quarkus.http.port");
        String managementPort = properties.getProperty("quarkus.management.port");
        assertThat(properties.getProperty("quarkus.management.enabled")).isEqualTo("true");
        assertThat(app.getPorts())
                .extracting(p -> p.getName() + ":" + p.getContainerPort())
                .containsExactlyInAnyOrder("http:" + appPort, "management:" + managementPort);
        assertThat(rendered.one(ConfigMap.class).getData())
                .containsEntry("QUARKUS_HTTP_PORT", appPort)
                .containsEntry("QUARKUS_MANAGEMENT_PORT", managementPort);
        Map<String, Probe> probes = Map.of(
                "/q/health/started",
                app.getStartupProbe(),
                "/q/health/ready",
                app.getReadinessProbe(),
                "/q/health/live",
                app.getLivenessProbe());
        probes.forEach((path, probe) -> {
            assertThat(probe).as(path).isNotNull();
            assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
            assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("management");
            Management.given().get(path).then().statusCode(200); // the app answers each of them there
        });
        assertThat(rendered.one(Deployment.class)
                        .getSpec()
                        .getTemplate()
                        .getMetadata()
                        .getAnnotations())
                .containsEntry("prometheus.io/port", managementPort)
                .containsEntry("prometheus.io/path", "/q/metrics");
        Map<String, String> podLabels = rendered.one(Deployment.class)
                .getSpec()
                .getTemplate()
                .getMetadata()
                .getLabels();
        Service service = rendered.one(Service.class);
        assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
        // health and metrics stay inside the cluster: the Service (so the Ingress) leads to the public port only
        assertThat(service.getSpec().getPorts())
                .singleElement()
                .satisfies(p -> assertThat(p.getTargetPort().getStrVal()).isEqualTo("http"));
        assertThat(podLabels)
                .containsAllEntriesOf(
                        rendered.one(Deployment.class).getSpec().getSelector().getMatchLabels());
        assertThat(podLabels)
                .containsAllEntriesOf(rendered.one(PodDisruptionBudget.class)
                        .getSpec()
                        .getSelector()
                        .getMatchLabels());
        Ingress ingress = rendered.one(Ingress.class);
        assertThat(ingress.getSpec().getTls()).isNotEmpty();
        assertThat(ingress.getSpec().getTls().get(0).getHosts())
                .containsExactly(ingress.getSpec().getRules().get(0).getHost());
        assertThat(ingress.getSpec()
                        .getRules()
                        .get(0)
                        .getHttp()
                        .getPaths()
                        .get(0)
                        .getBackend()
                        .getService()
                        .getName())
                .isEqualTo(service.getMetadata().getName());
        HorizontalPodAutoscaler hpa = rendered.one(HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getName())
                .isEqualTo(rendered.one(Deployment.class).getMetadata().getName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void runsAsNonRootWithResourcesAndAReadOnlyRoot(String overlay) {
        Rendered rendered = render(overlay);
        PodSpec pod = rendered.one(Deployment.class).getSpec().getTemplate().getSpec();
        Container app = rendered.app();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
        assertThat(app.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(app.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(app.getSecurityContext().getCapabilities().getDrop()).contains("ALL");
        assertThat(app.getVolumeMounts())
                .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
        assertThat(pod.getVolumes()).anySatisfy(v -> assertThat(v.getEmptyDir()).isNotNull());
        assertThat(app.getResources().getRequests()).containsKeys("cpu", "memory");
        Quantity limit = app.getResources().getLimits().get("memory");
        assertThat(Quantity.getAmountInBytes(limit).longValue())
                .as("the measured footprint fits in the limit")
                .isGreaterThanOrEqualTo(512L << 20);
        assertThat(pod.getAffinity().getPodAntiAffinity()).isNotNull();
        assertThat(rendered.one(ConfigMap.class).getData()).containsEntry("SUARA_EMBEDDED_DB_ENABLED", "false");
    }

    @Test
    void productionRunsTwoReplicasAtLeastAndKeepsOneThroughDisruptions() {
        Rendered prod = render("prod");
        assertThat(prod.one(Deployment.class).getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(prod.one(HorizontalPodAutoscaler.class).getSpec().getMinReplicas())
                .isGreaterThanOrEqualTo(2);
        PodDisruptionBudget pdb = prod.one(PodDisruptionBudget.class);
        assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        assertThat(prod.app().getImage())
                .as("a pinned image, not latest")
                .doesNotEndWith(":latest")
                .contains(":");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void secretsTheDeploymentReadsFollowCloudNativePgOrAreDocumented(String overlay) throws IOException {
        Rendered rendered = render(overlay);
        String cluster = rendered.custom("Cluster").at("/metadata/name").asText();
        String readme = readme();
        List<String> refs = new ArrayList<>();
        for (EnvVar env : rendered.app().getEnv()) {
            if (env.getValueFrom() == null || env.getValueFrom().getSecretKeyRef() == null) {
                continue;
            }
            String secret = env.getValueFrom().getSecretKeyRef().getName();
            String key = env.getValueFrom().getSecretKeyRef().getKey();
            refs.add(secret + "/" + key);
            if (secret.equals(cluster + "-app")) {
                assertThat(CLOUDNATIVEPG_APP_SECRET_KEYS)
                        .as(env.getName() + " reads a key CloudNativePG writes")
                        .contains(key);
            } else {
                assertThat(readme)
                        .as("README says how to create " + secret)
                        .contains("create secret generic " + secret)
                        .contains("--from-literal=" + key + "=");
            }
        }
        assertThat(refs)
                .contains(
                        cluster + "-app/username",
                        cluster + "-app/password",
                        "suara-warga-privacy/hash-key",
                        "suara-warga-auth/session-key");
        // the backup credentials (prod) are documented too
        for (JsonNode ref : rendered.custom("Cluster").at("/spec/backup/barmanObjectStore/s3Credentials")) {
            assertThat(readme)
                    .contains("create secret generic " + ref.path("name").asText())
                    .contains("--from-literal=" + ref.path("key").asText() + "=");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theAppTalksToPostgresThroughPgBouncerInTransactionMode(String overlay) throws IOException {
        Rendered rendered = render(overlay);
        ObjectNode cluster = rendered.custom("Cluster");
        ObjectNode pooler = rendered.custom("Pooler");
        assertThat(pooler.at("/spec/cluster/name").asText())
                .isEqualTo(cluster.at("/metadata/name").asText());
        assertThat(pooler.at("/spec/type").asText()).isEqualTo("rw");
        assertThat(pooler.at("/spec/pgbouncer/poolMode").asText()).isEqualTo("transaction");
        String url = rendered.one(ConfigMap.class).getData().get("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(url)
                .startsWith("jdbc:postgresql://" + pooler.at("/metadata/name").asText() + ":5432/"
                        + cluster.at("/spec/bootstrap/initdb/database").asText() + "?");
        // PgJDBC names its prepared statements after five uses (the URL keeps that): a transaction pooler must then
        // track them, at least as many per server connection as the driver keeps per connection (256)
        assertThat(url).doesNotContain("prepareThreshold");
        assertThat(pooler.at("/spec/pgbouncer/parameters/max_prepared_statements")
                        .asInt(0))
                .as("named prepared statements tracked by PgBouncer")
                .isGreaterThanOrEqualTo(256);
        // the app may reach the pooler's pods (the Pooler's name is their cnpg.io/poolerName label)
        NetworkPolicy appPolicy = rendered.all(NetworkPolicy.class).stream()
                .filter(p -> p.getMetadata().getName().equals("suara-warga"))
                .findFirst()
                .orElseThrow();
        List<NetworkPolicyPeer> egress = appPolicy.getSpec().getEgress().stream()
                .flatMap(e -> e.getTo().stream())
                .toList();
        assertThat(egress)
                .anySatisfy(peer -> assertThat(peer.getPodSelector().getMatchLabels())
                        .containsEntry(
                                "cnpg.io/poolerName",
                                pooler.at("/metadata/name").asText()));
        assertThat(appPolicy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        // the ingress controller reaches the public port, Prometheus the management port, nobody else either
        Map<String, String> portOpenTo = appPolicy.getSpec().getIngress().stream()
                .collect(Collectors.toMap(
                        rule -> rule.getPorts().stream()
                                .map(p -> p.getPort().getIntVal().toString())
                                .collect(Collectors.joining(",")),
                        rule -> rule.getFrom().stream()
                                .map(peer -> peer.getNamespaceSelector()
                                        .getMatchLabels()
                                        .get("kubernetes.io/metadata.name"))
                                .collect(Collectors.joining(","))));
        Properties properties = applicationProperties();
        assertThat(portOpenTo)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        properties.getProperty("quarkus.http.port"), "ingress-nginx",
                        properties.getProperty("quarkus.management.port"), "monitoring"));
        assertThat(appPolicy.getSpec().getPodSelector().getMatchLabels())
                .isEqualTo(
                        rendered.one(Deployment.class).getSpec().getSelector().getMatchLabels());
    }

    @Test
    void productionDatabaseReplicatesSynchronouslyAndIsBackedUp() {
        Rendered prod = render("prod");
        ObjectNode cluster = prod.custom("Cluster");
        assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(3);
        assertThat(cluster.at("/spec/postgresql/synchronous/number").asInt())
                .as("one standby confirms every commit")
                .isGreaterThanOrEqualTo(1);
        assertThat(cluster.at("/spec/postgresql/synchronous/dataDurability").asText())
                .as("no commit acknowledged without a standby's copy")
                .isEqualTo("required");
        assertThat(cluster.at("/spec/affinity/podAntiAffinityType").asText()).isEqualTo("required");
        assertThat(cluster.at("/spec/backup/barmanObjectStore/destinationPath").asText())
                .startsWith("s3://");
        assertThat(cluster.at("/spec/backup/retentionPolicy").asText()).isNotBlank();
        ObjectNode scheduled = prod.custom("ScheduledBackup");
        assertThat(scheduled.at("/spec/cluster/name").asText())
                .isEqualTo(cluster.at("/metadata/name").asText());
        assertThat(scheduled.at("/spec/schedule").asText().split(" "))
                .as("six fields, seconds first")
                .hasSize(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void gracePeriodOutlastsTheAppsShutdown(String overlay) throws IOException {
        Properties app = applicationProperties();
        assertThat(app.getProperty("quarkus.shutdown.delay-enabled")).isEqualTo("true");
        Duration delay = Duration.parse("PT" + app.getProperty("quarkus.shutdown.delay"));
        Duration timeout = Duration.parse("PT" + app.getProperty("quarkus.shutdown.timeout"));
        long grace = render(overlay)
                .one(Deployment.class)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getTerminationGracePeriodSeconds();
        assertThat(Duration.ofSeconds(grace))
                .as("terminationGracePeriodSeconds > shutdown delay + timeout")
                .isGreaterThan(delay.plus(timeout));
    }

    @Test
    void rendererRefusesWhatItDoesNotImplement() throws IOException {
        Path folder = Files.createTempDirectory("kustomize-test");
        Files.writeString(folder.resolve("kustomization.yaml"), "resources: []\ncommonLabels: {a: b}\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Kustomize.render(folder))
                .hasMessageContaining("commonLabels");
        Files.writeString(folder.resolve("kustomization.yaml"), """
                resources: [cm.yaml]
                patches:
                  - target: {kind: ConfigMap, name: x}
                    patch: |-
                      - op: replace
                        path: /data/missing
                        value: y
                """);
        Files.writeString(
                folder.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: b}\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Kustomize.render(folder))
                .hasMessageContaining("nothing there");
    }
}
