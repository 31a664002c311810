package io.certstats.web;

import io.certstats.errors.Problem;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The spec's examples, read at build time from {@code openapi/examples/<operationId>.json}: each is a
 * real answer together with the request that produced it, which ExamplesTest sends again to check it
 * (and rewrites the files from, with {@code -Dexamples.refresh=true}). {@code any-operation.json} holds
 * the problems that {@link ApiDocumentFilter} documents on many operations (406, 500, 503, 401, 403, 412, 428).
 */
final class SpecExamples {

    private static final String FOLDER = "openapi/examples/";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES); // the request, for ExamplesTest
    static final String BAD_PARAMETER = "A parameter is not valid; the problem names each one.";

    /** One example of a file: the answer's status, media type and name, its value and an optional description. */
    record Example(String name, int status, String mediaType, Object value, String description) {
    }

    /** An examples file: the request bodies (none for a read) and the answers. */
    private record File(Map<String, Object> requestBodies, List<Example> examples) {
    }

    /** The examples of the problems any operation may answer, by status. */
    static final Map<Integer, Example> ANY_OPERATION = read("any-operation").examples().stream()
            .collect(Collectors.toMap(Example::status, Function.identity()));

    private SpecExamples() {
    }

    /**
     * Adds the operation's examples to its request body and answers. An answer the annotations do not
     * declare (a problem such as a 404) is added with the description its first example gives (a 400
     * without one is a bad parameter); a description in the file replaces SmallRye's own.
     */
    static void apply(Operation operation) {
        File file = read(operation.getOperationId());
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

    private static MediaType mediaType(Content content, String name) {
        MediaType mediaType = content.getMediaType(name);
        if (mediaType == null) {
            mediaType = Problem.MEDIA_TYPE.equals(name) ? ApiDocumentFilter.problemMediaType()
                    : OASFactory.createMediaType();
            content.addMediaType(name, mediaType);
        }
        return mediaType;
    }

    private static File read(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(FOLDER + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no " + FOLDER + name + ".json: every operation has its examples file");
            }
            return JSON.readValue(in, File.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FOLDER + name + ".json", e);
        }
    }
}
