package io.certstats.datapackage;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A CSV's Table Schema, read from the record its rows are: each column formats/CsvRenderer wrote
 * ({@code source.links.url}) is followed through the record's components to the Java type it came from,
 * which gives its Table Schema type (a list joined into one cell is a string), an enum's values as a
 * constraint, and the component's OpenAPI description. A column of a primitive is required; so are the
 * primary key's. No maintained library writes Table Schemas from Java types.
 */
final class TableSchemas {

    private static final Set<Class<?>> INTEGERS = Set.of(int.class, Integer.class, long.class, Long.class);
    private static final Set<Class<?>> NUMBERS = Set.of(BigDecimal.class, double.class, Double.class);
    static final List<String> MISSING_VALUES = List.of("");

    private TableSchemas() {
    }

    static Descriptor.TableSchema of(Class<?> row, List<String> header, List<String> primaryKey, ObjectMapper json) {
        List<Descriptor.Field> fields = header.stream()
                .map(column -> field(row, column, primaryKey.contains(column), json)).toList();
        return new Descriptor.TableSchema(fields, primaryKey, MISSING_VALUES);
    }

    private static Descriptor.Field field(Class<?> row, String column, boolean key, ObjectMapper json) {
        String[] steps = column.split("\\.");
        Class<?> type = row;
        RecordComponent component = null;
        boolean joined = false;
        for (String step : steps) {
            component = component(type, step);
            if (component == null) {
                return new Descriptor.Field(column, "string", null, null, key ? new Descriptor.Constraints(true, null) : null);
            }
            joined |= List.class.isAssignableFrom(component.getType());
            type = joined ? element(component.getGenericType()) : component.getType();
        }
        Schema doc = component.getAccessor().getAnnotation(Schema.class);
        String description = doc == null || doc.description().isBlank() ? null : doc.description();
        boolean required = key || steps.length == 1 && component.getType().isPrimitive();
        List<String> values = !joined && type.isEnum()
                ? Stream.of(type.getEnumConstants()).map(c -> json.valueToTree(c).asText()).toList() : null;
        String tableType = joined ? "string" : INTEGERS.contains(type) ? "integer" : NUMBERS.contains(type) ? "number"
                : type == boolean.class || type == Boolean.class ? "boolean" : type == LocalDate.class ? "date" : "string";
        String last = steps[steps.length - 1];
        String format = !joined && type == String.class && (last.equals("url") || last.endsWith("Url")) ? "uri" : null;
        return new Descriptor.Field(column, tableType, format, description,
                required || values != null ? new Descriptor.Constraints(required ? Boolean.TRUE : null, values) : null);
    }

    /** The component a JSON property names, also inside a {@code @JsonUnwrapped} one; null if none. */
    private static RecordComponent component(Class<?> type, String name) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
                RecordComponent inner = component(component.getType(), name);
                if (inner != null) {
                    return inner;
                }
            } else if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }

    private static Class<?> element(Type list) {
        if (list instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return list instanceof Class<?> plain ? plain : Object.class;
    }
}
