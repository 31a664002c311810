package io.certstats.formats;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The Qute templates that draw charts and badges ({@code src/main/resources/templates/<id>.svg}; one may
 * include another, e.g. the charts' shared style). Qute's engine alone (see pom.xml), built here so that
 * every value written into an SVG document is escaped as XML text: a label or a source URL can never
 * break the document.
 */
public final class SvgTemplates {

    private static final Variant SVG = Variant.forContentType(Format.SVG_MEDIA_TYPE);
    private static final Engine ENGINE = Engine.builder().addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new HtmlEscaper(List.of(Format.SVG_MEDIA_TYPE)))
            .addLocator(SvgTemplates::locate)
            .build();

    private SvgTemplates() {
    }

    /** Renders the template {@code id} (e.g. {@code charts/counts}); its names are the model's public accessors. */
    public static String render(String id, Object model) {
        Template template = ENGINE.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("no template templates/" + id + ".svg");
        }
        return template.data(model).render();
    }

    private static Optional<TemplateLocator.TemplateLocation> locate(String id) {
        URL url = SvgTemplates.class.getClassLoader().getResource("templates/" + id + ".svg");
        return Optional.ofNullable(url).map(found -> new TemplateLocator.TemplateLocation() {
            @Override
            public Reader read() {
                try {
                    return new InputStreamReader(found.openStream(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(SVG);
            }
        });
    }
}
