package io.certstats.formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.certstats.web.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvRendererTest {

    @Test
    void aPagePastTheLastOneIsAnEmptyDocument() {
        byte[] csv = new CsvRenderer(new ObjectMapper()).render(new Page<>(List.of(), 18, 1000, 7));
        assertEquals(0, csv.length);
    }
}
