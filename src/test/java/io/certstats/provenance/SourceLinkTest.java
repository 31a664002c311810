package io.certstats.provenance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceLinkTest {

    @Test
    void readsTheDataFilesForm() {
        assertEquals(List.of(
                        new SourceLink("https://a.example/x", null),
                        new SourceLink("https://github.com/mamezou-tech/mamezou-tech-site", "2024-03-23 post"),
                        new SourceLink("https://b.example/?page=1", null)),
                SourceLink.parseAll("https://a.example/x | https://github.com/mamezou-tech/mamezou-tech-site "
                        + "(2024-03-23 post) | https://b.example/?page=1"));
    }

    @Test
    void noUrlsIsAnEmptyList() {
        assertEquals(List.of(), SourceLink.parseAll(null));
        assertEquals(List.of(), SourceLink.parseAll(" "));
    }

    @Test
    void writesTheDataFilesForm() {
        String cell = "https://a.example/x | https://github.com/mamezou-tech/mamezou-tech-site (2024-03-23 post)";
        assertEquals(cell, SourceLink.formatAll(SourceLink.parseAll(cell)));
    }
}
