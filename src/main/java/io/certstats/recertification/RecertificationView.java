package io.certstats.recertification;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.certstats.certification.Level;
import io.certstats.certification.Status;
import io.certstats.cost.Exam;
import io.certstats.cost.PlanView;
import io.certstats.cost.PricedYear;
import io.certstats.formats.Tabular;
import io.certstats.provenance.SourceLink;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Recertification", description = "The smallest set of exams that keeps a program year's set, "
        + "its cost per validity cycle, and the renewal graph.")
public record RecertificationView(
        @JsonUnwrapped PricedYear priced,
        @Schema(description = "How long a certification stays valid after it is earned or renewed: one cycle.",
                example = "3") int cycleYears,
        @Schema(description = "The codes of the exams to pass once per cycle; passing them renews every "
                + "certification of the set.", example = "[\"DEA\",\"DOP\"]") List<String> renewalExams,
        @Schema(description = "Each certification of the set, and which renewal exams renew it.")
        List<Covered> certifications,
        @Schema(description = "The renewal exams at list price, per cycle.") PlanView listPrice,
        @Schema(description = "The renewal exams with vouchers, per cycle.") PlanView withVouchers,
        @Schema(description = "Which certification renews which, for drawing.") Graph graph,
        @Schema(description = "What the computation assumes, in words.") List<String> assumptions,
        @Schema(description = "Sources of the renewal rules, fees, voucher rule and tax used.") List<SourceLink> sources)
        implements Tabular {

    /** In CSV: one row per renewal exam of a cycle, with vouchers (each row shows the list fee too). */
    @Override
    public List<?> rows() {
        return withVouchers.exams();
    }

    @Schema(name = "RecertificationCovered", description = "A certification of the set and the renewal exams "
            + "whose passing renews it.")
    public record Covered(
            @JsonUnwrapped Exam exam,
            @Schema(description = "The renewal exams that renew it (itself, if it is one).", example = "[\"SAP\"]")
            List<String> renewedBy) {
    }

    @Schema(name = "RenewalGraph", description = "Nodes are certifications; an edge from A to B means passing "
            + "(or renewing) A also renews B.")
    public record Graph(List<Node> nodes, List<Edge> edges) {
    }

    @Schema(name = "RenewalGraphNode", description = "A certification in the renewal graph.")
    public record Node(
            @Schema(example = "SAP") String certification,
            @Schema(example = "solutions-architect-professional") String slug,
            @Schema(example = "AWS Certified Solutions Architect – Professional") String name,
            @Schema(example = "PROFESSIONAL") Level level,
            @Schema(example = "ACTIVE") Status status,
            @Schema(description = "Whether the program year requires it.", example = "true") boolean inSet,
            @Schema(description = "Whether it is one of the renewal exams.", example = "true") boolean renewalExam) {
    }

    @Schema(name = "RenewalGraphEdge", description = "Passing (or renewing) `renewing` also renews `alsoRenews`.")
    public record Edge(
            @Schema(example = "SAP") String renewing,
            @Schema(example = "SAA") String alsoRenews,
            @Schema(description = "The data's notes; null when it has none.", nullable = true) String notes,
            List<SourceLink> source) {
    }
}
