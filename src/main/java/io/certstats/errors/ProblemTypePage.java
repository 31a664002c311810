package io.certstats.errors;

import io.quarkus.qute.Qute;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Writes a {@link ProblemTypeView} as HTML from templates/problem-type.html (Qute's engine alone: see pom.xml). */
@Provider
@Produces(MediaType.TEXT_HTML)
public class ProblemTypePage implements MessageBodyWriter<ProblemTypeView> {

    private static final String PAGE = template("templates/problem-type.html");

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ProblemTypeView.class;
    }

    @Override
    public void writeTo(ProblemTypeView view, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", MediaType.TEXT_HTML + ";charset=UTF-8");
        // Qute's default engine escapes every value of a text/html template, as the extension's would.
        String html = Qute.fmt(PAGE).contentType(MediaType.TEXT_HTML).cache().data("type", view).render();
        out.write(html.getBytes(StandardCharsets.UTF_8));
    }

    private static String template(String path) {
        try (InputStream in = ProblemTypePage.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
