package id.suarawarga.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The part of kustomize that k8s/ uses, so the test suite renders the overlays without kubectl: {@code resources}
 * (files and folders with a kustomization), {@code namespace}, {@code images} and inline JSON 6902 {@code patches}
 * (add, replace, remove) with a kind + name target. Anything else in a kustomization fails the render instead of
 * being ignored, so the manifests cannot grow a feature this renderer would silently skip.
 */
final class Kustomize {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> SUPPORTED =
            Set.of("apiVersion", "kind", "resources", "namespace", "images", "patches");
    /** Kinds without a namespace, which the namespace setting must leave alone. */
    private static final Set<String> CLUSTER_SCOPED = Set.of(
            "Namespace",
            "ClusterRole",
            "ClusterRoleBinding",
            "CustomResourceDefinition",
            "PersistentVolume",
            "StorageClass",
            "IngressClass");

    private Kustomize() {}

    /** Every object the kustomization in {@code folder} produces, in order. */
    static List<ObjectNode> render(Path folder) {
        JsonNode kustomization = readAll(folder.resolve("kustomization.yaml")).get(0);
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new AssertionError(
                        folder + ": kustomization field '" + field + "' is not supported by this renderer");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = folder.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path));
            } else {
                readAll(path).forEach(o -> objects.add((ObjectNode) o));
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(folder, objects, patch);
        }
        for (JsonNode image : kustomization.path("images")) {
            setImages(objects, image);
        }
        if (kustomization.hasNonNull("namespace")) {
            for (ObjectNode object : objects) {
                if (!CLUSTER_SCOPED.contains(object.path("kind").asText())) {
                    ((ObjectNode) object.with("metadata"))
                            .put("namespace", kustomization.get("namespace").asText());
                }
            }
        }
        return objects;
    }

    /** The YAML documents of one file (separated by ---). */
    static List<JsonNode> readAll(Path file) {
        try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new AssertionError(file + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static void applyPatch(Path folder, List<ObjectNode> objects, JsonNode patch) {
        if (!patch.has("patch") || !patch.has("target") || patch.has("path")) {
            throw new AssertionError(folder + ": only inline JSON 6902 patches with a target are supported: " + patch);
        }
        String kind = patch.at("/target/kind").asText();
        String name = patch.at("/target/name").asText();
        List<ObjectNode> targets = objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind)
                        && o.at("/metadata/name").asText().equals(name))
                .toList();
        if (targets.isEmpty()) {
            throw new AssertionError(folder + ": patch target " + kind + "/" + name + " not found");
        }
        JsonNode operations;
        try {
            operations = YAML.readTree(patch.get("patch").asText());
        } catch (IOException e) {
            throw new AssertionError(folder + ": patch of " + kind + "/" + name + " is not valid YAML", e);
        }
        for (ObjectNode target : targets) {
            for (JsonNode op : operations) {
                apply(target, op, folder + ": " + kind + "/" + name);
            }
        }
    }

    private static void apply(ObjectNode target, JsonNode op, String where) {
        String path = op.path("path").asText();
        int slash = path.lastIndexOf('/');
        JsonNode parent = target.at(path.substring(0, slash));
        String last = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        String kind = op.path("op").asText();
        if (parent.isMissingNode() || !(parent.isObject() || parent.isArray())) {
            throw new AssertionError(where + ": " + kind + " " + path + ": no such parent");
        }
        boolean exists =
                parent.isObject() ? parent.has(last) : !last.equals("-") && Integer.parseInt(last) < parent.size();
        switch (kind) {
            case "add" -> {
                if (parent.isObject()) {
                    ((ObjectNode) parent).set(last, op.get("value"));
                } else if (last.equals("-")) {
                    ((ArrayNode) parent).add(op.get("value"));
                } else {
                    ((ArrayNode) parent).insert(Integer.parseInt(last), op.get("value"));
                }
            }
            case "replace", "remove" -> {
                if (!exists) {
                    throw new AssertionError(where + ": " + kind + " " + path + ": nothing there");
                }
                if (kind.equals("remove")) {
                    if (parent.isObject()) {
                        ((ObjectNode) parent).remove(last);
                    } else {
                        ((ArrayNode) parent).remove(Integer.parseInt(last));
                    }
                } else if (parent.isObject()) {
                    ((ObjectNode) parent).set(last, op.get("value"));
                } else {
                    ((ArrayNode) parent).set(Integer.parseInt(last), op.get("value"));
                }
            }
            default -> throw new AssertionError(where + ": patch op '" + kind + "' is not supported");
        }
    }

    private static void setImages(List<ObjectNode> objects, JsonNode image) {
        String name = image.path("name").asText();
        for (ObjectNode object : objects) {
            for (String containers : List.of("/spec/template/spec/containers", "/spec/template/spec/initContainers")) {
                for (JsonNode container : object.at(containers)) {
                    String current = container.path("image").asText();
                    String currentName =
                            current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
                    if (!currentName.equals(name)) {
                        continue;
                    }
                    String tag = current.contains(":") ? current.substring(current.lastIndexOf(':') + 1) : "";
                    String newName = image.path("newName").asText(name);
                    String newTag = image.path("newTag").asText(tag);
                    ((ObjectNode) container).put("image", newTag.isEmpty() ? newName : newName + ":" + newTag);
                }
            }
        }
    }
}
