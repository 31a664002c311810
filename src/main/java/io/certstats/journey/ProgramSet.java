package io.certstats.journey;

import io.certstats.program.ProgramCriterion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The certifications a program year required. */
public record ProgramSet(String program, int year, List<String> certifications) {

    /** One set per program year of the criteria rows, in their order. */
    static List<ProgramSet> of(List<ProgramCriterion> criteria) {
        Map<ProgramSet, List<String>> sets = new LinkedHashMap<>();
        criteria.forEach(c -> sets.computeIfAbsent(new ProgramSet(c.programSlug, c.year, List.of()),
                k -> new ArrayList<>()).add(c.certificationCode));
        return sets.entrySet().stream().map(e -> new ProgramSet(e.getKey().program(), e.getKey().year(),
                List.copyOf(e.getValue()))).toList();
    }
}
