package io.certstats.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The query parameters a read declares, whether one by one or in parameter objects (@BeanParam). */
class RoutesTest {

    record Paging(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    }

    record Filters(@QueryParam("level") String level, @BeanParam Paging paging, String notAParameter) {
    }

    @SuppressWarnings("unused")
    static void list(@QueryParam("activeOn") String activeOn, Filters filters, @BeanParam Paging again, int count) {
    }

    @Test
    void declaredParametersIncludeThoseOfParameterObjectsInOrder() throws Exception {
        Method list = RoutesTest.class.getDeclaredMethod("list", String.class, Filters.class, Paging.class, int.class);
        Set<String> names = new LinkedHashSet<>();
        for (Parameter parameter : list.getParameters()) {
            Routes.queryParameters(parameter.getAnnotation(QueryParam.class), parameter.getType(), names);
        }
        assertEquals(List.of("activeOn", "level", "page", "size"), List.copyOf(names));
    }
}
