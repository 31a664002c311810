package io.certstats.recertification;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RenewalGraphTest {

    /** A shape like recertification.csv's: SAP renews SAA, DOP renews DVA, each Associate renews CLF. */
    private final RenewalGraph graph = new RenewalGraph(List.of(
            new RenewalGraph.Edge("SAP", "SAA"), new RenewalGraph.Edge("DOP", "DVA"),
            new RenewalGraph.Edge("SAA", "CLF"), new RenewalGraph.Edge("DVA", "CLF")));

    @Test
    void aProfessionalRenewsItsAssociateAndThroughItTheFoundational() {
        assertEquals(Set.of("SAA", "CLF"), graph.renewedBy("SAP"));
        assertEquals(Set.of(), graph.renewedBy("CLF"));
    }

    @Test
    void renewersAreFoundThroughTheGraph() {
        assertEquals(Set.of("SAA", "SAP", "DVA", "DOP"), graph.renewersOf("CLF"));
    }

    @Test
    void minimalSetKeepsOnlyWhatNothingElseInTheSetRenews() {
        assertEquals(List.of("SAP", "DOP", "ANS"),
                graph.minimalRenewalSet(List.of("CLF", "SAA", "SAP", "DVA", "DOP", "ANS")));
        // Without SAP, SAA must be passed itself.
        assertEquals(List.of("SAA", "DOP"), graph.minimalRenewalSet(List.of("CLF", "SAA", "DOP", "DVA")));
        assertEquals(List.of(), graph.minimalRenewalSet(List.of()));
    }

    @Test
    void aCycleWrittenByMistakeEnds() {
        RenewalGraph cycle = new RenewalGraph(List.of(new RenewalGraph.Edge("A", "B"), new RenewalGraph.Edge("B", "A")));
        assertEquals(Set.of("B"), cycle.renewedBy("A"));
    }
}
