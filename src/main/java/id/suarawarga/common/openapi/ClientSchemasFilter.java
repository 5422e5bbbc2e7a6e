package id.suarawarga.common.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes the document one that a client generator turns into a good client: Java types that are plain JSON strings
 * ({@code Instant}, {@code UUID}) become inline {@code string}s instead of schemas that a generator would emit as
 * classes; answer values (Jackson's {@code JsonNode} in the code) become {@code AnswerValue}, one of integer, string
 * or list of strings, and any other {@code JsonNode} a free-form object; CSV and XLSX bodies are binary files; a form's {@code MultivaluedMap} becomes a plain object; and every schema property without an
 * annotation gets its description and example from {@value #FIELDS} (key {@code Schema.property}, example under
 * {@code Schema.property.example}, parsed as JSON when it is JSON).
 */
@io.quarkus.smallrye.openapi.OpenApiFilter(io.quarkus.smallrye.openapi.OpenApiFilter.RunStage.BUILD)
public class ClientSchemasFilter implements OASFilter {

    /** The descriptions of fields the code does not annotate, keyed by schema name and property. */
    public static final String FIELDS = "/openapi/fields.properties";

    static final String ANSWER_VALUE = "AnswerValue";
    static final String ANSWER_VALUE_LIST = "AnswerValueList";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final Set<String> PLAIN_STRINGS = Set.of(
            "Instant", "UUID", "LocalDate", "LocalDateTime", "OffsetDateTime", "ZonedDateTime", "BigDecimal", "URI");
    private static final Set<String> FRAMEWORK_TYPES = Set.of("JsonNode", "JsonNodeType", "MultivaluedMapStringString");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> DOWNLOADS =
            Set.of("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List<Schema> all = new ArrayList<>();
        schemas.values().forEach(schema -> walk(schema, all::add));
        if (openAPI.getPaths() != null) {
            openAPI.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(item -> item.getOperations().values().forEach(operation -> {
                        if (operation.getParameters() != null) {
                            operation.getParameters().forEach(p -> walk(p.getSchema(), all::add));
                        }
                        if (operation.getRequestBody() != null
                                && operation.getRequestBody().getContent() != null) {
                            operation
                                    .getRequestBody()
                                    .getContent()
                                    .getMediaTypes()
                                    .values()
                                    .forEach(m -> walk(m.getSchema(), all::add));
                        }
                        if (operation.getResponses() != null) {
                            operation.getResponses().getAPIResponses().values().forEach(r -> {
                                if (r.getContent() != null) {
                                    r.getContent().getMediaTypes().forEach((type, m) -> {
                                        walk(m.getSchema(), all::add);
                                        markDownload(type, m.getSchema());
                                    });
                                }
                            });
                        }
                    }));
        }
        for (Schema schema : all) {
            String target = target(schema);
            if (target == null) {
                continue;
            }
            if (target.equals("JsonNode")) {
                // free-form JSON (an audit event's detail); answer values are typed below
                schema.setRef(null);
                schema.addType(Schema.SchemaType.OBJECT);
            } else if (PLAIN_STRINGS.contains(target) || FRAMEWORK_TYPES.contains(target)) {
                Schema definition = schemas.get(target);
                if (definition != null) {
                    inline(schema, definition);
                }
            }
        }
        FRAMEWORK_TYPES.forEach(openAPI.getComponents()::removeSchema);
        PLAIN_STRINGS.forEach(openAPI.getComponents()::removeSchema);
        openAPI.getComponents().addSchema(ANSWER_VALUE, answerValue());
        openAPI.getComponents().addSchema(ANSWER_VALUE_LIST, answerValueList());
        Schema request = schemas.get("ResponseRequest");
        if (request != null
                && request.getProperties() != null
                && request.getProperties().containsKey("answers")) {
            request.getProperties()
                    .get("answers")
                    .setAdditionalPropertiesSchema(OASFactory.createSchema().ref(ANSWER_VALUE));
        }
        describe(openAPI.getComponents().getSchemas());
    }

    /**
     * A CSV or XLSX body is a file: {@code format: binary} makes a generated client save it as one, where a plain
     * string would be parsed as JSON by some (openapi-generator's Java "native" library).
     */
    private static void markDownload(String mediaType, Schema schema) {
        if (schema != null && DOWNLOADS.contains(mediaType) && schema.getRef() == null) {
            schema.setFormat("binary");
        }
    }

    /** What a resident's answer to one question is: a point or option value, a text, or the values picked. */
    private static Schema answerValue() {
        return OASFactory.createSchema()
                .description("One answer: an integer (a LIKERT point, a NUMBER, or an option value that is a"
                        + " number), a string (an option value, a text, YES or NO, a decimal number such as \"3.5\"),"
                        + " or the option values picked for a MULTI_CHOICE question.")
                .oneOf(List.of(
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int64")
                                .description("A LIKERT point (1–4 for SKM elements) or a whole number.")
                                .examples(List.of(3)),
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .description("An option value, a free text, YES/NO, or a decimal number.")
                                .examples(List.of("25_34")),
                        OASFactory.createSchema().ref(ANSWER_VALUE_LIST)));
    }

    /**
     * The list variant of {@link #answerValue()}, named: generators that inline it emit a getter named after a generic
     * type ({@code getList<String>()}, openapi-generator's Java "native" library), which does not compile.
     */
    private static Schema answerValueList() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .description("The option values picked (MULTI_CHOICE).")
                .examples(List.of(List.of("LOKET", "ONLINE")));
    }

    private static void describe(Map<String, Schema> schemas) {
        Properties fields = fields();
        schemas.forEach((name, schema) -> {
            if (schema.getDescription() == null && fields.containsKey(name)) {
                schema.setDescription(fields.getProperty(name));
            }
            if (schema.getProperties() == null) {
                return;
            }
            schema.getProperties().forEach((property, definition) -> {
                String key = name + "." + property;
                if (definition.getDescription() == null && fields.containsKey(key)) {
                    definition.setDescription(fields.getProperty(key));
                }
                String example = fields.getProperty(key + ".example");
                if (example != null
                        && (definition.getExamples() == null
                                || definition.getExamples().isEmpty())) {
                    definition.setExamples(List.of(example(example)));
                }
            });
        });
    }

    /** The descriptions file; public so that a test can check every key still names a property. */
    public static Properties fields() {
        Properties fields = new Properties();
        try (InputStream in = ClientSchemasFilter.class.getResourceAsStream(FIELDS)) {
            if (in != null) {
                fields.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields;
    }

    private static Object example(String text) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (JsonProcessingException notJson) {
            return text;
        }
    }

    private static String target(Schema schema) {
        String ref = schema.getRef();
        return ref != null && ref.startsWith(SCHEMAS) ? ref.substring(SCHEMAS.length()) : null;
    }

    /** Replaces a reference by a copy of what it refers to, keeping what the reference itself says. */
    private static void inline(Schema reference, Schema definition) {
        Map<String, Object> merged = new LinkedHashMap<>(definition.getAll());
        reference.getAll().forEach((key, value) -> {
            if (!"$ref".equals(key)) {
                merged.put(key, value);
            }
        });
        merged.remove("$ref");
        reference.setRef(null);
        reference.setAll(merged);
    }

    private static void walk(Schema schema, Consumer<Schema> visit) {
        if (schema == null) {
            return;
        }
        visit.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> walk(p, visit));
        }
        walk(schema.getItems(), visit);
        walk(schema.getAdditionalPropertiesSchema(), visit);
        for (List<Schema> group :
                List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
            group.forEach(s -> walk(s, visit));
        }
    }

    private static List<Schema> nonNull(List<Schema> list) {
        return list == null ? List.of() : list;
    }
}
