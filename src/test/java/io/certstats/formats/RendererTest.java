package io.certstats.formats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RendererTest {

    @Test
    void fileNamesComeFromThePath() {
        assertEquals("certifications.csv", Renderer.fileName("/api/v1/certifications"));
        assertEquals("certifications-SAA-C03.csv", Renderer.fileName("/api/v1/certifications/SAA-C03"));
        assertEquals("rarity-matrix.csv", Renderer.fileName("/api/v1/rarity/matrix"));
        assertEquals("certstats.csv", Renderer.fileName("/api/v1"));
        assertEquals("a-b.csv", Renderer.fileName("/api/v1/a\"; b"));
    }
}
