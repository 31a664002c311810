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

/** Writes an {@link Archive} as a zip where an answer is not already rendered (see web/ReadPipeline), as SvgWriter does for a drawing. */
@Provider
@Produces(Format.ZIP_MEDIA_TYPE)
public class ArchiveWriter implements MessageBodyWriter<Archive> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Archive.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Archive answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(answer.zip());
    }
}
