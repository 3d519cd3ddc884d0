package org.grassroots.planner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.junit.jupiter.api.Test;

/** The kind and theme matrix as KIND-THEME-MISMATCH reads it: the misfit themes of a kind, and of an initiative. */
class KindMisfitsTest {
    private final KindMisfits misfits = KindMisfits.of(List.of(new ThemeMisfit("japan-event", "digital"),
            new ThemeMisfit("japan-event", "dgc-smart-city"), new ThemeMisfit("tourism-promotion", "covid-19")));

    private static Initiative of(Kind kind, String... themes) {
        return RuleEngineTest.clean("i-1").kind(kind).themes(List.of(themes)).build();
    }

    @Test
    void theInitiativesMisfitThemesInItsOrder() {
        assertEquals(List.of("dgc-smart-city", "digital"),
                misfits.themesOf(of(Kind.JAPAN_EVENT, "climate-energy", "dgc-smart-city", "digital")));
        assertEquals(List.of("covid-19"), misfits.themesOf(of(Kind.TOURISM_PROMOTION, "covid-19", "digital")));
    }

    @Test
    void noneWhenEveryThemeFitsOrTheKindHasNoRow() {
        assertTrue(misfits.themesOf(of(Kind.JAPAN_EVENT, "climate-energy")).isEmpty());
        assertTrue(misfits.themesOf(of(Kind.OTHER, "digital", "covid-19")).isEmpty());
        assertTrue(misfits.themesOf(of(Kind.JAPAN_EVENT)).isEmpty());
    }

    @Test
    void aRepeatedThemeComesTwiceAsTheThemesListIt() {
        // the rule's findings are held once each (the session's collector), as they were from $i.themes
        assertEquals(List.of("digital", "digital"), misfits.themesOf(of(Kind.JAPAN_EVENT, "digital", "digital")));
    }
}
