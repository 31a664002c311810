package io.certstats.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

/**
 * Hibernate Validator's violations as the API's parameter errors: where each value was given
 * ({@code in}: query, path, header or body) and its name, read from the resource method itself: the
 * {@code @QueryParam}/{@code @PathParam}/{@code @HeaderParam} of the parameter or of the
 * {@code @BeanParam} record's component, or, for the body, the field's JSON path
 * ({@code examCodes[2].code}). Sorted as the parameters and fields are declared, so an answer
 * lists them in a stable order.
 */
final class Violations {

    private Violations() {
    }

    static boolean ofReturnValue(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().anyMatch(v -> StreamSupport.stream(
                v.getPropertyPath().spliterator(), false).anyMatch(node -> node.getKind() == ElementKind.RETURN_VALUE));
    }

    static List<Problem.ParameterError> errors(Set<ConstraintViolation<?>> violations) {
        return violations.stream().map(Violations::locate)
                .sorted(Comparator.comparing((Located l) -> l.order().stream().mapToInt(i -> i).toArray(),
                        Arrays::compare).thenComparing(l -> l.error().message()))
                .map(Located::error).distinct().toList();
    }

    /** A parameter error and its place in declaration order (parameter index, component index, list index, …). */
    private record Located(Problem.ParameterError error, List<Integer> order) {
    }

    /**
     * Only method validation throws here (no code calls a Validator, entities carry no constraints), so by
     * Jakarta Validation's path rules every path starts with the method's node, then its parameter's.
     */
    private static Located locate(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int index = nodes.get(1).as(Path.ParameterNode.class).getParameterIndex();
        List<Integer> order = new ArrayList<>(List.of(index));
        String message = violation.getMessage();
        Method method = declared(violation.getRootBeanClass(), nodes.get(0).as(Path.MethodNode.class));
        List<Path.Node> rest = nodes.subList(2, nodes.size());
        Problem.ParameterError named = named(method.getParameterAnnotations()[index], message);
        if (named != null) {
            return new Located(named, order);
        }
        Type type = method.getGenericParameterTypes()[index];
        Class<?> raw = raw(type);
        if (raw.isRecord() && !rest.isEmpty() && rest.get(0).getKind() == ElementKind.PROPERTY) {
            Field field = field(raw, rest.get(0).getName());
            Problem.ParameterError fromBean = field == null ? null : named(field.getAnnotations(), message);
            if (fromBean != null) {
                order.add(componentIndex(raw, rest.get(0).getName()));
                return new Located(fromBean, order);
            }
        }
        return new Located(Problem.ParameterError.body(jsonPath(rest, type, order), message), order);
    }

    /** The resource's own method (not a generated subclass's override, which has no parameter annotations). */
    private static Method declared(Class<?> type, Path.MethodNode node) {
        Method found = null;
        Class<?>[] parameters = node.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                found = c.getDeclaredMethod(node.getName(), parameters);
            } catch (NoSuchMethodException e) {
                // declared higher up
            }
        }
        return found;
    }

    private static Problem.ParameterError named(Annotation[] annotations, String message) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return Problem.ParameterError.query(query.value(), message);
            } else if (annotation instanceof PathParam path) {
                return Problem.ParameterError.path(path.value(), message);
            } else if (annotation instanceof HeaderParam header) {
                return new Problem.ParameterError(header.value(), "header", message);
            }
        }
        return null;
    }

    /**
     * The body field's JSON path ({@code source.links[0].url}, {@code formerNames[1]}), or "body" for
     * the body itself; adds each step's declaration index to {@code order}.
     */
    private static String jsonPath(List<Path.Node> nodes, Type type, List<Integer> order) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
                order.add(node.getIndex());
                type = element(type);
            } else if (node.getKey() != null) {
                path.append('[').append(node.getKey()).append(']');
                type = element(type);
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
                Class<?> raw = raw(type);
                order.add(componentIndex(raw, node.getName()));
                Field field = field(raw, node.getName());
                type = field == null ? Object.class : field.getGenericType();
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** Parameter and body beans are records: their components are in declaration order. */
    private static int componentIndex(Class<?> type, String name) {
        RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
        return IntStream.range(0, components.length).filter(i -> components[i].getName().equals(name)).findFirst()
                .orElse(Integer.MAX_VALUE);
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Class<?> raw(Type type) {
        return type instanceof Class<?> c ? c : type instanceof ParameterizedType p ? (Class<?>) p.getRawType()
                : Object.class;
    }

    /** The element type of a list or map (its last type argument), or Object. */
    private static Type element(Type container) {
        if (container instanceof ParameterizedType p && p.getActualTypeArguments().length > 0) {
            return p.getActualTypeArguments()[p.getActualTypeArguments().length - 1];
        }
        return container instanceof Class<?> c && c.isArray() ? c.getComponentType() : Object.class;
    }
}
