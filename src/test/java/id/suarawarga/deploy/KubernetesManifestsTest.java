package id.suarawarga.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The k8s/ manifests parse, and what they say about the app (probes, port, non-root) matches the running app. */
@QuarkusTest
class KubernetesManifestsTest {

    static final Path K8S = Path.of("k8s");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static List<Path> manifests() throws IOException {
        try (Stream<Path> files = Files.walk(K8S)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError(file + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    @Test
    void everyManifestParsesAndNamesItsKind() throws IOException {
        assertThat(manifests()).isNotEmpty();
        for (Path file : manifests()) {
            JsonNode doc = read(file);
            assertThat(doc.path("apiVersion").asText()).as(file + " apiVersion").isNotBlank();
            assertThat(doc.path("kind").asText()).as(file + " kind").isNotBlank();
        }
    }

    @Test
    void kustomizationsListOnlyExistingFiles() throws IOException {
        for (Path file : manifests()) {
            if (!file.getFileName().toString().equals("kustomization.yaml")) {
                continue;
            }
            for (JsonNode resource : read(file).path("resources")) {
                assertThat(file.getParent().resolve(resource.asText())).as(file + " → " + resource.asText()).exists();
            }
        }
    }

    @Test
    void probesPointAtHealthEndpointsTheAppAnswers() {
        JsonNode container = deployment().at("/spec/template/spec/containers/0");
        // the port the container listens on is the one the ConfigMap tells the app to use
        assertThat(container.at("/ports/0/containerPort").asText())
                .isEqualTo(read(K8S.resolve("base/configmap.yaml")).at("/data/QUARKUS_HTTP_PORT").asText());
        List<String> paths = new ArrayList<>();
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            JsonNode get = container.path(probe).path("httpGet");
            assertThat(get.path("port").asText()).as(probe + " port").isEqualTo("http");
            paths.add(get.path("path").asText());
        }
        assertThat(paths).containsExactly("/q/health/started", "/q/health/ready", "/q/health/live");
        for (String path : paths) {
            given().get(path).then().statusCode(200);
        }
    }

    @Test
    void runsAsNonRootWithLimitsAndReadOnlyRoot() {
        JsonNode pod = deployment().at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(container.at("/resources/requests/memory").asText()).isNotBlank();
        assertThat(container.at("/resources/limits/memory").asText()).isNotBlank();
        assertThat(read(K8S.resolve("base/configmap.yaml")).at("/data/SUARA_EMBEDDED_DB_ENABLED").asText())
                .as("a cluster never starts the embedded database").isEqualTo("false");
    }

    private static JsonNode deployment() {
        return read(K8S.resolve("base/deployment.yaml"));
    }
}
