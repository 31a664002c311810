package io.certstats.errors;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.OutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Writes a {@link ProblemTypeView} as HTML, from templates/problem-type.html. */
@Provider
@Produces(MediaType.TEXT_HTML)
public class ProblemTypePage implements MessageBodyWriter<ProblemTypeView> {

    @Inject
    @Location("problem-type.html")
    Template page;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ProblemTypeView.class;
    }

    @Override
    public void writeTo(ProblemTypeView view, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", MediaType.TEXT_HTML + ";charset=UTF-8");
        out.write(page.data("type", view).render().getBytes(StandardCharsets.UTF_8));
    }
}
