package io.certstats.formats;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Lets RESTEasy pick a citation's representation: web/ReadPipeline renders the answer itself (through
 * {@link Renderer}), so this writer only has to be there to be chosen; it writes the same text should an
 * answer ever reach it unrendered, as SvgWriter does for a drawing.
 */
@Provider
@Produces({Format.CSL_JSON_MEDIA_TYPE, Format.BIBTEX_MEDIA_TYPE, Format.RIS_MEDIA_TYPE})
public class CitedWriter implements MessageBodyWriter<Cited> {

    private final Renderer renderer;

    public CitedWriter(Renderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Cited.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Cited answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(renderer.render(answer, mediaType, false, "").body());
    }
}
