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
import java.nio.charset.StandardCharsets;

/** Writes a {@link Drawing} as SVG where an answer is not already rendered (see web/ReadPipeline), as CsvWriter does for CSV. */
@Provider
@Produces(Format.SVG_MEDIA_TYPE)
public class SvgWriter implements MessageBodyWriter<Drawing> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Drawing.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Drawing answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(answer.svg().getBytes(StandardCharsets.UTF_8));
    }
}
