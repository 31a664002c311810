package io.certstats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * deploy/kubernetes/kubernetes.yml must be what quarkus-kubernetes generates at package time
 * (target/kubernetes/kubernetes.yml), as openapi.yaml must be the generated spec. Compared as YAML
 * documents, not as text: the extension writes the same labels in a different order from one build to
 * the next. Refresh with ./mvnw package -Dmaven.test.skip=true -Dkubernetes.refresh=true.
 */
class KubernetesManifestsIT {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theCommittedManifestsAreTheGeneratedOnes() throws IOException {
        assertEquals(documents(Path.of("target/kubernetes/kubernetes.yml")),
                documents(Path.of("deploy/kubernetes/kubernetes.yml")),
                "deploy/kubernetes/kubernetes.yml differs from target/kubernetes/kubernetes.yml; refresh it with "
                        + "./mvnw package -Dmaven.test.skip=true -Dkubernetes.refresh=true, then review and commit it");
    }

    /** Each YAML document of the file; Jackson's object nodes compare their fields in any order. */
    private static List<JsonNode> documents(Path file) throws IOException {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            return YAML.readValues(parser, JsonNode.class).readAll().stream()
                    .filter(node -> node != null && !node.isMissingNode() && !node.isNull()).toList();
        }
    }
}
