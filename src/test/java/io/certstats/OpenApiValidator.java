package io.certstats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks HTTP exchanges against an OpenAPI 3.1 document, reading its schemas as JSON Schema 2020-12
 * (networknt json-schema-validator with its OpenAPI 3.1 dialect): {@code type} lists, {@code {type: null}}
 * branches, keywords beside {@code $ref}, {@code required} and {@code additionalProperties} all count.
 * The document is read as committed: nothing is rewritten, every {@code $ref} resolves into it.
 *
 * <p>Swagger-request-validator (2.46) was the tool here before: it reads schemas with a JSON Schema
 * draft 4 library, and on our 3.1 document it let {@code "change": null} through against
 * {@code type: object}. No maintained Java request/response validator for 3.1 was to be had, so the
 * part that is not JSON Schema (which operation, which response, which media type) is this class:
 * a path-template, method, status and media-type matcher over the document's own tree.
 */
public final class OpenApiValidator {

    /** Where the document is registered for {@code $ref} resolution; never fetched. */
    private static final String DOCUMENT_IRI = "https://certstats.invalid/openapi.json";
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{[^}/]+}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Template> templates;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private record Template(String path, Pattern pattern, int literals) {
    }

    /** One request as sent: the path still percent-encoded, query parameters decoded, header names in any case. */
    public record Request(String method, String path, Map<String, List<String>> query,
                          Map<String, List<String>> headers, String contentType, String body) {
    }

    /** One answer: its status, Content-Type (or null), header names in any case, and body ("" for none). */
    public record Response(int status, String contentType, Map<String, List<String>> headers, String body) {
    }

    public OpenApiValidator(Path spec) {
        try {
            document = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(spec));
            String json = JSON.writeValueAsString(document);
            registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
                    builder -> builder.schemas(Map.of(DOCUMENT_IRI, json)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + spec.toAbsolutePath(), e);
        }
        List<Template> list = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(path -> list.add(new Template(path, patternOf(path),
                TEMPLATE_PARAMETER.matcher(path).replaceAll("").length())));
        list.sort(Comparator.comparingInt(Template::literals).reversed());
        templates = List.copyOf(list);
    }

    private static Pattern patternOf(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = TEMPLATE_PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start()))).append("[^/]+");
            last = parameter.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(template.substring(last))).toString());
    }

    /** The path template of the document that the (still encoded) path falls under, the most literal one first. */
    public Optional<String> templateOf(String path) {
        return templates.stream().filter(t -> t.pattern().matcher(path).matches()).map(Template::path).findFirst();
    }

    /** What in the request the document does not allow: parameters, body and its media type. */
    public List<String> validateRequest(Request request) {
        List<String> faults = new ArrayList<>();
        Optional<String> operation = operation(request.method(), request.path(), faults);
        if (operation.isEmpty()) {
            return faults;
        }
        JsonNode op = at(operation.get());
        JsonNode parameters = op.path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = parameters.get(i);
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            List<String> values = switch (in) {
                case "query" -> request.query().getOrDefault(name, List.of());
                case "header" -> headerValues(request.headers(), name);
                case "path" -> pathValue(operation.get(), request.path(), name);
                default -> List.of();
            };
            if (values.isEmpty()) {
                if (parameter.path("required").asBoolean(false)) {
                    faults.add(in + " parameter " + name + " is required and was not sent");
                }
                continue;
            }
            String schema = operation.get() + "/parameters/" + i + "/schema";
            for (String value : values) {
                String instance = asTyped(value, resolve(parameter.path("schema")));
                validate(schema, instance).forEach(e -> faults.add(in + " parameter " + name + "=" + value + ": " + e));
            }
        }
        JsonNode body = op.path("requestBody");
        boolean sent = request.body() != null && !request.body().isEmpty();
        if (body.isMissingNode()) {
            if (sent) {
                faults.add("a body was sent, and the operation takes none");
            }
            return faults;
        }
        if (!sent) {
            if (body.path("required").asBoolean(false)) {
                faults.add("the request body is required and none was sent");
            }
            return faults;
        }
        Optional<String> mediaType = mediaType(body.path("content"), request.contentType());
        if (mediaType.isEmpty()) {
            faults.add("request Content-Type " + request.contentType() + " is not one of " + keys(body.path("content")));
        } else if (isJson(mediaType.get())) {
            validate(operation.get() + "/requestBody/content/" + escape(mediaType.get()) + "/schema", request.body())
                    .forEach(e -> faults.add("request body " + e));
        }
        return faults;
    }

    /** What in the answer the document does not allow: an undocumented status, media type, header or body. */
    public List<String> validateResponse(String method, String path, Response response) {
        List<String> faults = new ArrayList<>();
        Optional<String> operation = operation(method, path, faults);
        if (operation.isEmpty()) {
            return faults;
        }
        JsonNode responses = at(operation.get()).path("responses");
        String status = String.valueOf(response.status());
        String key = responses.has(status) ? status
                : responses.has(status.charAt(0) + "XX") ? status.charAt(0) + "XX"
                : responses.has("default") ? "default" : null;
        if (key == null) {
            faults.add("status " + status + " is not documented; documented: " + keys(responses));
            return faults;
        }
        String pointer = operation.get() + "/responses/" + key;
        JsonNode declared = at(pointer);
        declared.path("headers").fieldNames().forEachRemaining(header -> {
            if (declared.path("headers").path(header).path("required").asBoolean(false)
                    && headerValues(response.headers(), header).isEmpty()) {
                faults.add("required header " + header + " is missing");
            }
        });
        faults.addAll(body(pointer, declared.path("content"), response));
        return faults;
    }

    /** The answer must be a {@code Problem} in {@code application/problem+json}, whatever the request was. */
    public List<String> validateProblem(Response response) {
        String contentType = baseType(response.contentType());
        if (!"application/problem+json".equals(contentType)) {
            return List.of("expected application/problem+json, got " + response.contentType());
        }
        return validate("/components/schemas/Problem", response.body()).stream().map(e -> "body " + e).toList();
    }

    private List<String> body(String pointer, JsonNode content, Response response) {
        boolean empty = response.body() == null || response.body().isEmpty();
        if (content.isMissingNode() || content.isEmpty()) {
            return empty ? List.of() : List.of("the answer has a body (" + response.contentType()
                    + "), and the document declares none for status " + response.status());
        }
        Optional<String> mediaType = mediaType(content, response.contentType());
        if (mediaType.isEmpty()) {
            return List.of("Content-Type " + response.contentType() + " is not one of " + keys(content));
        }
        if (!isJson(mediaType.get())) {
            return List.of();
        }
        return validate(pointer + "/content/" + escape(mediaType.get()) + "/schema", response.body()).stream()
                .map(e -> "body " + e).toList();
    }

    /** The errors of the instance (JSON text) against the schema at the document's JSON pointer. */
    public List<String> validate(String pointer, String json) {
        Schema schema = schemas.computeIfAbsent(pointer, p -> registry.getSchema(location(p)));
        List<Error> errors;
        try {
            errors = schema.validate(json, InputFormat.JSON);
        } catch (RuntimeException notJson) {
            return List.of("is not JSON: " + notJson.getMessage());
        }
        return errors.stream().map(Error::toString).toList();
    }

    /** The pointer as the library's own path: its string form would read a {@code ~1} in a token literally. */
    private SchemaLocation location(String pointer) {
        NodePath path = new NodePath(PathType.JSON_POINTER);
        JsonNode node = document;
        for (String token : pointer.substring(1).split("/")) {
            String name = unescape(token);
            path = node.isArray() ? path.append(Integer.parseInt(name)) : path.append(name);
            node = node.isArray() ? node.path(Integer.parseInt(name)) : node.path(name);
        }
        return new SchemaLocation(AbsoluteIri.of(DOCUMENT_IRI), path);
    }

    private Optional<String> operation(String method, String path, List<String> faults) {
        Optional<String> template = templateOf(path);
        if (template.isEmpty()) {
            faults.add("no path of the document matches " + path);
            return Optional.empty();
        }
        String pointer = "/paths/" + escape(template.get()) + "/" + method.toLowerCase(Locale.ROOT);
        if (at(pointer).isMissingNode()) {
            faults.add(method + " is not an operation of " + template.get());
            return Optional.empty();
        }
        return Optional.of(pointer);
    }

    private static Optional<String> mediaType(JsonNode content, String contentType) {
        String base = baseType(contentType);
        if (base == null) {
            return Optional.empty();
        }
        if (content.has(base)) {
            return Optional.of(base);
        }
        String range = base.substring(0, base.indexOf('/') + 1) + "*";
        return content.has(range) ? Optional.of(range) : content.has("*/*") ? Optional.of("*/*") : Optional.empty();
    }

    private static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** A parameter's text as the JSON value its schema's type reads it as; text where it does not parse. */
    private static String asTyped(String value, JsonNode schema) {
        JsonNode type = schema.path("type");
        JsonNode node = JsonNodeFactory.instance.textNode(value);
        try {
            if (hasType(type, "integer") || hasType(type, "number")) {
                node = JsonNodeFactory.instance.numberNode(new BigDecimal(value));
            } else if (hasType(type, "boolean") && (value.equals("true") || value.equals("false"))) {
                node = JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(value));
            }
        } catch (NumberFormatException notANumber) {
            // left as text, which the schema's type then refuses
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasType(JsonNode type, String name) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals(name)) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().equals(name);
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#") ? resolve(at(ref.substring(1))) : schema;
    }

    private List<String> pathValue(String operation, String path, String name) {
        String template = unescape(operation.split("/")[2]);
        String[] names = template.split("/");
        String[] values = path.split("/");
        for (int i = 0; i < names.length && i < values.length; i++) {
            if (names[i].equals("{" + name + "}")) {
                return List.of(URLDecoder.decode(values[i].replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return List.of();
    }

    private static List<String> headerValues(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .flatMap(h -> h.getValue().stream()).toList();
    }

    private JsonNode at(String pointer) {
        return document.at(pointer);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
