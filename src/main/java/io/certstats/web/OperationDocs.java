package io.certstats.web;

import io.certstats.errors.Problem;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.openapi.model.BaseModel;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Constructible;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An operation's documentation, read at build time from {@code openapi/operations/<operationId>.json}, the
 * one place for it: its summary, description, the description of each success answer, and its examples.
 * Each example is a real answer together with the request that produced it, which ExamplesTest sends again
 * to check it (and rewrites the files from, with {@code -Dexamples.refresh=true}). The resource method keeps
 * only the operationId and what SmallRye cannot infer (schemas, statuses, security, tags). (SmallRye would
 * also merge a static META-INF/openapi.yaml, but that would part the prose from the examples and the
 * requests that produce them, which are not OpenAPI.)
 * {@code any-operation.json} holds the problems that {@link ApiDocumentFilter} documents on many operations
 * (406, 500, 503, 401, 403, 412, 428).
 */
final class OperationDocs {

    private static final String FOLDER = "openapi/operations/";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES); // the request, for ExamplesTest
    static final String BAD_PARAMETER = "A parameter is not valid; the problem names each one.";

    /** One example of a file: the answer's status, media type and name, its value and an optional description. */
    record Example(String name, int status, String mediaType, Object value, String description) {
    }

    /**
     * An operation's file: its summary and description, the description of each success answer by status,
     * the request bodies (none for a read) and the examples of its answers.
     */
    private record File(String summary, String description, Map<String, String> responses,
                        Map<String, Object> requestBodies, List<Example> examples) {
    }

    /** The examples of the problems any operation may answer, by status. */
    static final Map<Integer, Example> ANY_OPERATION = read("any-operation").examples().stream()
            .collect(Collectors.toMap(Example::status, Function.identity()));

    private OperationDocs() {
    }

    /** Documents the operation from its file: summary, description and answers, then the examples. */
    static void apply(Operation operation) {
        String name = FOLDER + operation.getOperationId() + ".json";
        File file = read(operation.getOperationId());
        if (file.summary() == null) {
            throw new IllegalStateException(name + " has no summary: every operation has one");
        }
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("summary", file.summary());
        if (file.description() != null) {
            lead.put("description", file.description());
        }
        putFirst(operation, lead);
        Map<String, String> described = file.responses() == null ? Map.of() : file.responses();
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && !described.containsKey(status)) {
                throw new IllegalStateException(name + " does not describe the operation's " + status
                        + " answer: add it to its responses");
            }
            if (described.containsKey(status)) {
                putFirst(response, Map.of("description", described.get(status)));
            }
        });
        for (String status : described.keySet()) {
            if (!operation.getResponses().hasAPIResponse(status)) {
                throw new IllegalStateException(name + " describes a " + status + " answer the operation does not declare");
            }
        }
        addExamples(operation, file);
    }

    /**
     * Adds the operation's examples to its request body and answers. An answer the annotations do not
     * declare (a problem such as a 404) is added with the description its first example gives (a 400
     * without one is a bad parameter); a description in the file replaces SmallRye's own.
     */
    private static void addExamples(Operation operation, File file) {
        if (file.requestBodies() != null) {
            MediaType body = operation.getRequestBody().getContent().getMediaType("application/json");
            file.requestBodies().forEach((name, value) ->
                    body.addExample(name, OASFactory.createExample().value(value)));
        }
        for (Example example : file.examples()) {
            String status = String.valueOf(example.status());
            APIResponse response = operation.getResponses().getAPIResponse(status);
            if (response == null) {
                response = OASFactory.createAPIResponse().description(example.status() == 400 ? BAD_PARAMETER : null);
                operation.getResponses().addAPIResponse(status, response);
            }
            if (example.description() != null) {
                response.setDescription(example.description());
            } else if (example.status() == 400 && "Bad Request".equals(response.getDescription())) {
                response.setDescription(BAD_PARAMETER); // SmallRye's own words for any operation with parameters
            }
            if (response.getDescription() == null) {
                throw new IllegalStateException(operation.getOperationId() + " " + status + " '" + example.name()
                        + "' answers a status the operation does not declare: give the example a description");
            }
            if (response.getContent() == null) {
                response.setContent(OASFactory.createContent());
            }
            mediaType(response.getContent(), example.mediaType())
                    .addExample(example.name(), OASFactory.createExample().value(example.value()));
        }
    }

    /**
     * Sets the properties ahead of the model's others, where the annotations would have put them: SmallRye
     * writes a model's properties in the order they were set, and a setter appends a new one at the end.
     */
    private static void putFirst(Constructible model, Map<String, Object> properties) {
        BaseModel<?> base = (BaseModel<?>) model;
        Map<String, Object> all = new LinkedHashMap<>(properties);
        base.getAllProperties().forEach(all::putIfAbsent);
        base.setAllProperties(all);
    }

    private static MediaType mediaType(Content content, String name) {
        MediaType mediaType = content.getMediaType(name);
        if (mediaType == null) {
            mediaType = Problem.MEDIA_TYPE.equals(name) ? ApiDocumentFilter.problemMediaType()
                    : OASFactory.createMediaType();
            content.addMediaType(name, mediaType);
        }
        return mediaType;
    }

    private static File read(String operationId) {
        return read(FOLDER + operationId + ".json", File.class, "every operation has its file");
    }

    /** Reads a JSON resource of the application; {@code why} says why it must exist. */
    static <T> T read(String resource, Class<T> type, String why) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + ": " + why);
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
