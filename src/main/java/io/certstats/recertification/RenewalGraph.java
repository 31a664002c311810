package io.certstats.recertification;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which certification renews which (recertification.csv): passing, or renewing, a certification
 * renews those it covers, and through them those they cover — a Professional renews its Associate
 * and, through it, the Foundational. Pure: built from the file's pairs of certification codes.
 */
public final class RenewalGraph {

    /** One row of recertification.csv: passing {@code renewing} also renews {@code alsoRenews}. */
    public record Edge(String renewing, String alsoRenews) {
    }

    private final Map<String, Set<String>> direct = new TreeMap<>();

    public RenewalGraph(Collection<Edge> edges) {
        edges.forEach(e -> direct.computeIfAbsent(e.renewing(), k -> new TreeSet<>()).add(e.alsoRenews()));
    }

    public static RenewalGraph of(Collection<Recertification> rows) {
        return new RenewalGraph(rows.stream().map(r -> new Edge(r.renewing, r.alsoRenews)).toList());
    }

    /** Every certification that passing {@code code} renews, through the graph, not counting itself. */
    public Set<String> renewedBy(String code) {
        Set<String> reached = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(direct.getOrDefault(code, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            // The visited check also ends any cycle a curator might write by mistake.
            if (!next.equals(code) && reached.add(next)) {
                todo.addAll(direct.getOrDefault(next, Set.of()));
            }
        }
        return reached;
    }

    /** Every certification whose pass renews {@code code}, through the graph. */
    public Set<String> renewersOf(String code) {
        return direct.keySet().stream().filter(candidate -> renewedBy(candidate).contains(code))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The smallest set of exams whose passing renews every certification of {@code set}: the
     * certifications of the set that no other one of the set renews. (Each of those must be passed
     * itself, since nothing else in the set renews it, and passing them renews all the others.)
     * Keeps the order of {@code set}.
     */
    public List<String> minimalRenewalSet(Collection<String> set) {
        Set<String> renewedWithinSet = set.stream().flatMap(member -> renewedBy(member).stream())
                .collect(Collectors.toSet());
        return set.stream().filter(member -> !renewedWithinSet.contains(member)).distinct().toList();
    }
}
