package io.certstats.recertification;

import io.certstats.certification.Certification;
import io.certstats.certification.Status;
import io.certstats.cost.Exam;
import io.certstats.cost.ExamPlan;
import io.certstats.cost.PlanView;
import io.certstats.cost.PriceOptions;
import io.certstats.cost.Pricer;
import io.certstats.cost.PricingData;
import io.certstats.cost.ProgramCostResource;
import io.certstats.cost.ProgramExams;
import io.certstats.cost.UnknownFeeException;
import io.certstats.formats.Format;
import io.certstats.provenance.SourceLink;
import io.certstats.errors.Problem;
import io.certstats.web.QueryParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@Path("/api/v1/recertification")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
@Tag(name = "Recertification", description = "What keeping a set of certifications takes, through the renewal graph.")
public class RecertificationResource {

    static final String DEFAULT_PROGRAM = "jp-all-certifications-engineers";

    @GET
    @Operation(operationId = "getRecertificationPlan", summary = "The smallest set of exams that keeps a year's set",
            description = "The certifications of the program year's set that no other certification of the set "
                    + "renews (recertification.csv, followed through the graph): passing them once per validity "
                    + "cycle renews the whole set. With their cost per cycle at list price and with vouchers, at "
                    + "the fees in force on 1 January of the year, and the renewal graph for drawing.")
    @APIResponse(responseCode = "200", description = "The plan.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecertificationView.class),
                    examples = @ExampleObject(name = "2025", value = RecertificationExamples.PLAN)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; the problem names each.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-currency", value = RecertificationExamples.BAD_CURRENCY)))
    @APIResponse(responseCode = "404", description = "No such program, or the data does not know the year's criteria.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-criteria", value = RecertificationExamples.NO_CRITERIA)))
    public RecertificationView plan(
            @Parameter(description = "The program; default jp-all-certifications-engineers.",
                    example = "jp-all-certifications-engineers")
            @QueryParam("program") String program,
            @Parameter(description = "The year whose set to keep; default the latest year with known criteria.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100", example = "2025"))
            @QueryParam("year") String year,
            @Parameter(description = "JPY or USD; default JPY.",
                    schema = @Schema(enumeration = {"JPY", "USD"}, defaultValue = "JPY"))
            @QueryParam("currency") String currency,
            @Parameter(description = "Include Japan's consumption tax (JPY only); default false.",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("tax") String tax) {
        QueryParams params = new QueryParams();
        Integer wanted = params.integer("year", year, 2000, 2100);
        PriceOptions options = PriceOptions.parse(params, currency, tax);
        params.throwIfInvalid();
        String slug = program == null ? DEFAULT_PROGRAM : program;
        int planYear = wanted == null ? ProgramExams.latestYearWithCriteria(slug) : wanted;
        List<Exam> set = ProgramExams.required(slug, planYear);
        try {
            return plan(slug, planYear, set, options, PricingData.pricer(), Recertification.all());
        } catch (UnknownFeeException e) {
            throw ProgramCostResource.noFee(e);
        }
    }

    private static RecertificationView plan(String program, int year, List<Exam> set, PriceOptions options,
                                            Pricer pricer, List<Recertification> rows) {
        RenewalGraph graph = new RenewalGraph(rows.stream()
                .map(r -> new RenewalGraph.Edge(r.renewing, r.alsoRenews)).toList());
        List<String> setCodes = set.stream().map(Exam::code).toList();
        List<String> renewalCodes = graph.minimalRenewalSet(setCodes);
        List<Exam> renewalExams = set.stream().filter(e -> renewalCodes.contains(e.code())).toList();
        LocalDate day = LocalDate.of(year, 1, 1);
        ExamPlan list = ExamPlan.atListPrice(renewalExams, day, options.currency(), options.tax(), pricer);
        ExamPlan vouchers = ExamPlan.withVouchers(renewalExams, day, options.currency(), options.tax(), pricer);

        List<RecertificationView.Covered> covered = set.stream().map(e -> new RecertificationView.Covered(
                e.code(), e.slug(), e.level(), renewalCodes.stream()
                .filter(r -> r.equals(e.code()) || graph.renewedBy(r).contains(e.code())).toList())).toList();

        List<String> assumptions = new ArrayList<>();
        assumptions.add("Passing a certification, or one that renews it through recertification.csv (followed "
                + "through the graph), renews it for another " + pricer.benefits().validity().getYears() + " years.");
        assumptions.add("Every renewal exam is passed once per cycle, at the first attempt.");
        assumptions.addAll(options.planAssumptions(pricer.benefits(), day.toString()));
        Certification.<Certification>list("code in ?1 and status = ?2 order by code", renewalCodes, Status.RETIRED)
                .forEach(c -> assumptions.add(c.code + " is retired" + (c.retiredOn == null ? "" : " (" + c.retiredOn
                        + ")") + ": it is priced as the year's set requires it, but it can no longer be renewed by "
                        + "exam, only held until it expires."));

        List<SourceLink> sources = Stream.concat(
                rows.stream().flatMap(r -> SourceLink.parseAll(r.sourceUrls).stream()),
                PricingData.sources(options.currency(), options.tax()).stream()).distinct().toList();
        return new RecertificationView(program, year, options.currency(), options.tax(), day,
                pricer.benefits().validity().getYears(), renewalCodes, covered,
                PlanView.of(list, options.currency()), PlanView.of(vouchers, options.currency()),
                graph(setCodes, renewalCodes, rows), assumptions, sources);
    }

    private static RecertificationView.Graph graph(List<String> set, List<String> renewal, List<Recertification> rows) {
        Set<String> codes = new TreeSet<>(set);
        rows.forEach(r -> {
            codes.add(r.renewing);
            codes.add(r.alsoRenews);
        });
        Map<String, Certification> certifications = Certification.<Certification>list("code in ?1", codes).stream()
                .collect(Collectors.toMap(c -> c.code, Function.identity()));
        List<RecertificationView.Node> nodes = codes.stream().map(certifications::get)
                .map(c -> new RecertificationView.Node(c.code, c.slug, c.name, c.level, c.status,
                        set.contains(c.code), renewal.contains(c.code))).toList();
        List<RecertificationView.Edge> edges = rows.stream().map(r -> new RecertificationView.Edge(r.renewing,
                r.alsoRenews, r.notes, SourceLink.parseAll(r.sourceUrls))).toList();
        return new RecertificationView.Graph(nodes, edges);
    }
}
