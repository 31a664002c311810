package io.certstats.journey;

import java.util.List;

/** The certifications a program year required. */
public record ProgramSet(String program, int year, List<String> certifications) {
}
