package io.certstats.recertification;

import io.certstats.certification.Certification;
import io.certstats.certification.Status;
import io.certstats.cost.Exam;
import io.certstats.cost.PriceOptions;
import io.certstats.cost.PricedYear;
import io.certstats.cost.Pricer;
import io.certstats.provenance.Citation;
import io.certstats.provenance.SourceLink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The smallest set of exams that renews a program year's whole set, priced per cycle, with the renewal
 * graph for drawing. Pure: given the set, the renewal rows, the certifications and the pricing data.
 */
final class RecertificationPlanner {

    private RecertificationPlanner() {
    }

    /**
     * {@code certifications} holds at least every certification of the set and of {@code rows} by code;
     * {@code pricingSources} are the sources of the fees, benefits and tax used.
     */
    static RecertificationView plan(String program, int year, List<Exam> set, PriceOptions options, Pricer pricer,
                                    List<Recertification> rows, Map<String, Certification> certifications,
                                    List<SourceLink> pricingSources) {
        RenewalGraph graph = RenewalGraph.of(rows);
        List<String> setCodes = set.stream().map(Exam::code).toList();
        List<String> renewalCodes = graph.minimalRenewalSet(setCodes);
        List<Exam> renewalExams = set.stream().filter(e -> renewalCodes.contains(e.code())).toList();
        PricedYear priced = PricedYear.of(program, year, options);

        List<RecertificationView.Covered> covered = set.stream().map(e -> new RecertificationView.Covered(e,
                renewalCodes.stream().filter(r -> r.equals(e.code()) || graph.renewedBy(r).contains(e.code())).toList()))
                .toList();

        List<String> assumptions = new ArrayList<>();
        assumptions.add("Passing a certification, or one that renews it through recertification.csv (followed "
                + "through the graph), renews it for another " + pricer.benefits().validity().getYears() + " years.");
        assumptions.add("Every renewal exam is passed once per cycle, at the first attempt.");
        assumptions.addAll(priced.assumptions(pricer.benefits()));
        renewalCodes.stream().sorted().map(certifications::get).filter(c -> c.status == Status.RETIRED)
                .forEach(c -> assumptions.add(c.code + " is retired" + (c.retiredOn == null ? "" : " (" + c.retiredOn.iso()
                        + ")") + ": it is priced as the year's set requires it, but it can no longer be renewed by "
                        + "exam, only held until it expires."));

        List<SourceLink> sources = Stream.concat(
                rows.stream().flatMap(r -> Citation.links(r.sources).stream()),
                pricingSources.stream()).distinct().toList();
        return new RecertificationView(priced, pricer.benefits().validity().getYears(), renewalCodes, covered,
                priced.atListPrice(renewalExams, pricer), priced.withVouchers(renewalExams, pricer),
                graph(setCodes, renewalCodes, rows, certifications), assumptions, sources);
    }

    private static RecertificationView.Graph graph(List<String> set, List<String> renewal, List<Recertification> rows,
                                                   Map<String, Certification> certifications) {
        List<RecertificationView.Node> nodes = Stream.concat(set.stream(),
                        rows.stream().flatMap(r -> Stream.of(r.renewing, r.alsoRenews)))
                .distinct().sorted().map(certifications::get)
                .map(c -> new RecertificationView.Node(c.code, c.slug, c.name, c.level, c.status,
                        set.contains(c.code), renewal.contains(c.code))).toList();
        List<RecertificationView.Edge> edges = rows.stream().map(r -> new RecertificationView.Edge(r.renewing,
                r.alsoRenews, r.notes, Citation.links(r.sources))).toList();
        return new RecertificationView.Graph(nodes, edges);
    }
}
