package io.certstats.rarity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RarityTest {

    @Test
    void computesEachFormFromTheWholeNumbers() {
        Rarity r = Rarity.of(1, 8);
        assertEquals(0, new BigDecimal("0.125").compareTo(r.ratio()));
        assertEquals(0, new BigDecimal("12.5").compareTo(r.percent()));
        assertEquals(0, new BigDecimal("125000").compareTo(r.perMillion()));
        assertEquals(0, new BigDecimal("8").compareTo(r.oneIn()));
    }

    @Test
    void keepsSixteenSignificantDigits() {
        Rarity r = Rarity.of(1, 3);
        assertEquals(new BigDecimal("0.3333333333333333"), r.ratio());
        assertEquals(new BigDecimal("33.33333333333333"), r.percent());
        assertEquals(new BigDecimal("3"), r.oneIn());
    }

    @Test
    void aZeroCountHasNoOneIn() {
        assertNull(Rarity.of(0, 5).oneIn());
    }

    @Test
    void refusesANegativeCountOrAnEmptyBase() {
        assertThrows(IllegalArgumentException.class, () -> Rarity.of(-1, 5));
        assertThrows(IllegalArgumentException.class, () -> Rarity.of(1, 0));
    }
}
