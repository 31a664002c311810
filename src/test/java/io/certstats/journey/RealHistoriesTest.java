package io.certstats.journey;

import io.certstats.errors.ApiException;
import io.certstats.errors.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exam histories of real people, from their public accounts, replayed against the project's data files
 * with no database (see {@link DataFileJourneys}). Every expected figure is worked by hand in the comments
 * from the data files: certification-benefits.csv (validity 3 years; expiresOn is the first day no longer
 * held), recertification.csv (SAP renews SAA; DOP renews DVA and SOA; SAA, DVA, SOA, DEA and MLA renew CLF;
 * MLA renews AIF; followed through the graph), exam-versions.csv and certifications.csv (the dates each exam
 * code could be taken). A month-precision attempt counts from the first day of its month.
 */
class RealHistoriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final List<JourneyRequest.AttemptInput> attempts = new ArrayList<>();

    private RealHistoriesTest pass(String certification, String date) {
        attempts.add(new JourneyRequest.AttemptInput(certification, date, true));
        return this;
    }

    private RealHistoriesTest fail(String certification, String date) {
        attempts.add(new JourneyRequest.AttemptInput(certification, date, false));
        return this;
    }

    private JourneyView on(String asOf) {
        HistoryParser.History history = DataFileJourneys.parser(TODAY)
                .parse(new JourneyRequest(attempts, asOf, "JPY"));
        return DataFileJourneys.evaluator().evaluate(history.attempts(), history.asOf(), history.currency());
    }

    private List<Problem.ParameterError> refused(String asOf) {
        return assertThrows(ApiException.class, () -> on(asOf)).errors();
    }

    /** certification -> expiresOn, for the certifications held on asOf. */
    private static Map<String, LocalDate> expiries(JourneyView view) {
        Map<String, LocalDate> expiries = new TreeMap<>();
        view.held().forEach(h -> expiries.put(h.certification(), h.expiresOn()));
        return expiries;
    }

    private static JourneyView.Held held(JourneyView view, String certification) {
        return view.held().stream().filter(h -> h.certification().equals(certification)).findFirst().orElseThrow();
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /**
     * wing-degital's record, https://wing-degital.hatenablog.com/?page=1618060013 (April 2021): six passes
     * with their exam codes and days. SAP-C01, SCS-C01 and SOA-C01 have no first day in exam-versions.csv, so
     * nothing refuses them (the old rule gave them their successors' SAP-C02 2022-11, SCS-C03 2025-12-02 and
     * SOA-C03 2025-09-30). SAA-C01 on 2018-07-28 and SOA-C01 on 2021-03-30 are the very days the data
     * records as observed: an observation can never refuse an attempt on its own day.
     */
    private RealHistoriesTest wingDegital() {
        return pass("SAA-C01", "2018-07-28").pass("SAP-C01", "2021-03-13").pass("CLF-C01", "2021-03-21")
                .pass("SCS-C01", "2021-03-22").pass("DVA-C01", "2021-03-26").pass("SOA-C01", "2021-03-30");
    }

    @Test
    void aProfessionalRenewsTheAssociateOfThreeYearsBefore() {
        JourneyView view = wingDegital().on("2021-03-31");
        // SAA 2018-07-28 -> 2021-07-28; SAP 2021-03-13 (SAA still held) -> both 2024-03-13.
        // CLF 2021-03-21 -> 2024-03-21, renewed by DVA 2021-03-26 -> 2024-03-26, by SOA 2021-03-30 -> 2024-03-30.
        // SCS 2021-03-22 -> 2024-03-22; DVA -> 2024-03-26; SOA -> 2024-03-30.
        assertEquals(Map.of("SAA", day("2024-03-13"), "SAP", day("2024-03-13"), "CLF", day("2024-03-30"),
                "SCS", day("2024-03-22"), "DVA", day("2024-03-26"), "SOA", day("2024-03-30")), expiries(view));
        JourneyView.Held saa = held(view, "SAA");
        assertEquals(day("2018-07-28"), saa.earnedOn());
        assertEquals("SAP", saa.renewedBy());
        assertEquals(day("2021-03-13"), saa.renewedOn());
        assertEquals("SOA", held(view, "CLF").renewedBy());
        // Each pass spends the voucher of the pass before it (the only usable one, granted on an earlier
        // day); SOA's, granted last, is left.
        assertEquals(java.util.Arrays.asList(null, "SAA", "SAP", "CLF", "SCS", "DVA"),
                view.money().attempts().stream().map(JourneyView.AttemptCost::voucherFrom).toList());
        assertEquals(List.of("SOA"), view.unusedVouchers().stream().map(JourneyView.Voucher::grantedBy).toList());
    }

    @Test
    void whatIsStillHeldThreeYearsLater() {
        // On 2024-03-20: SAA and SAP ended 2024-03-13; SCS (03-22), DVA (03-26), CLF and SOA (03-30) remain.
        JourneyView view = wingDegital().on("2024-03-20");
        assertEquals(List.of("SCS", "DVA", "CLF", "SOA"),
                view.held().stream().map(JourneyView.Held::certification).toList());
        assertEquals(List.of("SAA", "SAP"), view.expired().stream().map(JourneyView.Expired::certification).toList());
    }

    /**
     * The seed article's author, https://github.com/dodonki1223/articles ("AWS認定は投資か浪費か？全冠から
     * 見えた価値とは？", May 2025): all 12 certifications of 2025 over five years, from a failed SAA in
     * December 2019 to AIF in November 2024, given to the month in the article's timeline (by certification,
     * no codes). Two days are known from AWS mails the article quotes: SAP "valid until Nov 12, 2025" (so
     * passed 2022-11-12, just before SAP-C02 per the article) and MLS "valid until Jul 07, 2027" (passed
     * 2024-07-07). The 2025 program's criteria (program-criteria.csv) are exactly these 12.
     */
    private RealHistoriesTest seedAuthor() {
        return fail("solutions-architect-associate", "2019-12").pass("solutions-architect-associate", "2020-01")
                .pass("solutions-architect-professional", "2022-11-12").pass("cloudops-engineer-associate", "2023-01")
                .pass("developer-associate", "2023-02").pass("cloud-practitioner", "2023-02")
                .pass("devops-engineer-professional", "2023-03").pass("security-specialty", "2023-04")
                .pass("advanced-networking-specialty", "2024-06").pass("machine-learning-specialty", "2024-07-07")
                .pass("data-engineer-associate", "2024-10").pass("machine-learning-engineer-associate", "2024-11")
                .pass("ai-practitioner", "2024-11");
    }

    @Test
    void twelveCertificationsOverFiveYearsHeldAtOnce() {
        JourneyView view = seedAuthor().on("2024-11-30");
        // SAA 2020-01-01 -> 2023-01-01; SAP 2022-11-12 renews it while held: both -> 2025-11-12 (the mail's
        // date). SOA 2023-01-01, DVA and CLF 2023-02-01; DOP 2023-03-01 renews DVA, SOA and CLF -> 2026-03-01.
        // SCS 2023-04-01 -> 2026-04-01; ANS 2024-06-01 -> 2027-06-01; MLS 2024-07-07 -> 2027-07-07 (the mail's
        // date); DEA 2024-10-01 -> 2027-10-01 renews CLF; MLA and AIF 2024-11-01 -> 2027-11-01, MLA renewing
        // CLF -> 2027-11-01.
        assertEquals(new TreeMap<>(Map.ofEntries(Map.entry("SAA", day("2025-11-12")),
                Map.entry("SAP", day("2025-11-12")), Map.entry("SOA", day("2026-03-01")),
                Map.entry("DVA", day("2026-03-01")), Map.entry("DOP", day("2026-03-01")),
                Map.entry("SCS", day("2026-04-01")), Map.entry("ANS", day("2027-06-01")),
                Map.entry("MLS", day("2027-07-07")), Map.entry("DEA", day("2027-10-01")),
                Map.entry("CLF", day("2027-11-01")), Map.entry("MLA", day("2027-11-01")),
                Map.entry("AIF", day("2027-11-01")))), expiries(view));
        // All 12 of the 2025 criteria held on one day.
        JourneyView.ProgramYearStatus year = view.programYears().get(0);
        assertEquals(2025, year.year());
        assertTrue(year.met());
        assertEquals(List.of(), year.missing());
        // Keeping them needs the 7 exams nothing else renews - the article lists the same seven.
        assertEquals(List.of("ANS", "DEA", "DOP", "MLA", "MLS", "SAP", "SCS"), view.renewalPlan().exams());
        // 13 attempts, 12 passes.
        assertEquals(13, view.money().totals().exams());
    }

    @Test
    void theTwelveAreNoLongerHeldTogetherOnceSapLapses() {
        // SAP and the SAA it renewed both end on 2025-11-12 with no later pass: on that day 10 of 12 remain.
        JourneyView view = seedAuthor().on("2025-11-12");
        JourneyView.ProgramYearStatus year = view.programYears().get(0);
        assertEquals(false, year.met());
        assertEquals(List.of("SAA", "SAP"), year.expired());
        assertEquals(10, view.held().size());
    }

    /**
     * Shoji's report, https://developer.mamezou-tech.com/blogs/2023/09/29/aws-certifed/ (GitHub
     * mamezou-tech/mamezou-tech-site, src/posts/blogs/2023/0929_aws-certifed.md): SAA from 2019 lapsed on
     * 2022-03-03 (so passed 2019-03-03), then 12 passes on the days listed, an ANS failure in May 2023 and
     * PAS on 2023-09-23 (two earlier PAS failures are not dated, so left out). Codes where the data or
     * the author fix them: SAP-C01 (SAP-C02 starts 2022-11), SAA-C03 (SAA-C02's last day 2022-08-29),
     * the single codes of MLS, DAS, DBS and PAS; by slug where the data cannot tell the code.
     */
    static final List<JourneyRequest.AttemptInput> SHOJI = List.of(
            new JourneyRequest.AttemptInput("solutions-architect-associate", "2019-03-03", true),
            new JourneyRequest.AttemptInput("cloud-practitioner", "2022-09-17", true),
            new JourneyRequest.AttemptInput("SAP-C01", "2022-10-22", true),
            new JourneyRequest.AttemptInput("security-specialty", "2022-12-17", true),
            new JourneyRequest.AttemptInput("developer-associate", "2023-01-14", true),
            new JourneyRequest.AttemptInput("MLS-C01", "2023-02-25", true),
            new JourneyRequest.AttemptInput("SAA-C03", "2023-03-03", true),
            new JourneyRequest.AttemptInput("cloudops-engineer-associate", "2023-03-11", true),
            new JourneyRequest.AttemptInput("DAS-C01", "2023-04-08", true),
            new JourneyRequest.AttemptInput("DBS-C01", "2023-04-13", true),
            new JourneyRequest.AttemptInput("devops-engineer-professional", "2023-05-13", true),
            new JourneyRequest.AttemptInput("advanced-networking-specialty", "2023-05", false),
            new JourneyRequest.AttemptInput("advanced-networking-specialty", "2023-07-08", true),
            new JourneyRequest.AttemptInput("PAS-C01", "2023-09-23", true));

    @Test
    void aLapsedAssociateIsNotRevivedByItsProfessional() {
        attempts.addAll(SHOJI);
        JourneyView view = on("2023-09-23");
        // SAA 2019-03-03 -> 2022-03-03: lapsed before SAP 2022-10-22, which renews only what is held (the
        // author was told so); re-earned 2023-03-03 -> 2026-03-03.
        JourneyView.Held saa = held(view, "SAA");
        assertEquals(day("2023-03-03"), saa.earnedOn());
        assertEquals(day("2026-03-03"), saa.expiresOn());
        // CLF 2022-09-17 -> renewed by SAP (through SAA in the graph) 2022-10-22, DVA 2023-01-14, SAA
        // 2023-03-03, SOA 2023-03-11, then DOP 2023-05-13 (through DVA and SOA) -> 2026-05-13.
        assertEquals("DOP", held(view, "CLF").renewedBy());
        assertEquals(day("2026-05-13"), held(view, "CLF").expiresOn());
        // On the last pass all 12 he took are held at once; nothing has expired.
        assertEquals(12, view.held().size());
        assertEquals(List.of(), view.expired());
    }

    @Test
    void retiredCertificationsAreHeldButLeftOutOfTheRenewalPlan() {
        attempts.addAll(SHOJI);
        JourneyView view = on("2025-06-30");
        // DAS (last exam 2024-04-08), DBS and PAS (2024-04-29) are retired by 2025-06-30 but held until
        // 2026-04-08, 2026-04-13 and 2026-09-23. MLS-C01 runs until 2026-03-31, so MLS is not yet retired.
        assertEquals(List.of("DAS", "DBS", "PAS"),
                view.held().stream().filter(JourneyView.Held::retired).map(JourneyView.Held::certification).toList());
        assertEquals(day("2026-04-08"), held(view, "DAS").expiresOn());
        assertEquals(day("2026-04-13"), held(view, "DBS").expiresOn());
        assertEquals(day("2026-09-23"), held(view, "PAS").expiresOn());
        // Renewable: ANS CLF DOP DVA MLS SAA SAP SCS SOA; SAP covers SAA and CLF, DOP covers DVA and SOA.
        assertEquals(List.of("ANS", "DOP", "MLS", "SAP", "SCS"), view.renewalPlan().exams());
        // The 2025 criteria add AIF, DEA and MLA, which he never took.
        assertEquals(List.of("AIF", "DEA", "MLA"), view.programYears().get(0).missing());
    }

    /**
     * SOA-C02 is the code shiratani names for SOA in 2022 (https://developer.mamezou-tech.com/blogs/2022/12/12/
     * aws_all_certified/) and it ran until 2025-09-29; its first day is not in the data, so Shoji's
     * 2023-03-11 SOA may be sent by that code. The old rule refused it as before SOA-C03's 2025-09-30.
     */
    @Test
    void aCodeWhoseFirstDayIsUnknownIsNotRefusedForBeingEarly() {
        pass("SOA-C02", "2023-03-11");
        assertEquals(day("2026-03-11"), held(on("2023-06-30"), "SOA").expiresOn());
    }

    @Test
    void aCodeIsStillRefusedOutsideItsOwnKnownDays() {
        // SOA-C02's own last day is 2025-09-29 and SOA-C03's own first day 2025-09-30.
        pass("SOA-C02", "2025-09-30").pass("SOA-C03", "2025-09-29");
        List<Problem.ParameterError> errors = refused("2025-10-31");
        assertEquals(List.of("attempts[0].date", "attempts[1].date"),
                errors.stream().map(Problem.ParameterError::parameter).toList());
        assertEquals("is after the last day SOA-C02 could be taken (2025-09-29)", errors.get(0).message());
        assertEquals("is before SOA-C03 could first be taken (2025-09-30)", errors.get(1).message());
    }

    /**
     * SCS-C02 -> SCS-C03: Javier Pulido passed SCS-C02 "this April" in a post dated 2025-04-28
     * (https://github.com/fpulidov/fpulidov.github.io, content/posts/scs-c02-personal-experience.md), so
     * 2025-04. SCS-C02 has no first day in the data and its last day is 2025-12-01; SCS-C03 starts
     * 2025-12-02. The old rule refused his attempt as before SCS-C03's day.
     */
    @Test
    void securitySpecialtyAcrossC02AndC03() {
        pass("SCS-C02", "2025-04");
        // 2025-04-01 -> 2028-04-01.
        assertEquals(day("2028-04-01"), held(on("2025-06-30"), "SCS").expiresOn());
        attempts.clear();
        // SCS-C02 on 2025-12-01 (its last day) and SCS-C03 on 2025-12-02 (its first) are both fine;
        // SCS-C03 re-passed renews SCS from that day: 2025-12-02 -> 2028-12-02.
        pass("SCS-C02", "2025-04").pass("SCS-C02", "2025-12-01").pass("SCS-C03", "2025-12-02");
        assertEquals(day("2028-12-02"), held(on("2025-12-31"), "SCS").expiresOn());
        attempts.clear();
        pass("SCS-C02", "2025-12-02");
        assertEquals("is after the last day SCS-C02 could be taken (2025-12-01)",
                refused("2025-12-31").get(0).message());
    }

    /**
     * SAA-C02 -> SAA-C03: si_penguin passed SAA on 2022-04-12 (https://note.com/si_penguin/n/ned8e4ac8751a),
     * before SAA-C03 (2022-08, month) so SAA-C02; Shoji passed SAA on 2023-03-03, after SAA-C02's last day
     * 2022-08-29, so SAA-C03. Each code the other way round is refused by its own date, and SAA-C03's
     * month-precision start covers the whole of August 2022.
     */
    @Test
    void solutionsArchitectAssociateAcrossC02AndC03() {
        pass("SAA-C02", "2022-04-12").pass("SAA-C03", "2022-08-01").pass("SAA-C02", "2022-08-29")
                .pass("SAA-C03", "2023-03-03");
        // The last pass sets the expiry: 2023-03-03 -> 2026-03-03; earned first on 2022-04-12.
        JourneyView.Held saa = held(on("2023-06-30"), "SAA");
        assertEquals(day("2022-04-12"), saa.earnedOn());
        assertEquals(day("2026-03-03"), saa.expiresOn());
        attempts.clear();
        pass("SAA-C03", "2022-04-12").pass("SAA-C02", "2023-03-03").pass("SAA-C03", "2022-07-31");
        assertEquals(List.of("is before SAA-C03 could first be taken (2022-08)",
                        "is after the last day SAA-C02 could be taken (2022-08-29)",
                        "is before SAA-C03 could first be taken (2022-08)"),
                refused("2023-06-30").stream().map(Problem.ParameterError::message).toList());
    }
}
