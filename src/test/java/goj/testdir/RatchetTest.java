package goj.testdir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatchetTest {
    private static Ratchet.Entry e(String path, String status, String cat) {
        return new Ratchet.Entry(path, "run", status, cat, "");
    }

    private static final Map<String, Ratchet.Entry> OLD = Ratchet.parse(Ratchet.format(List.of(
            e("a.go", "pass", ""), e("b.go", "fail", "import:fmt"), e("c.go", "skip", "build-tag"),
            e("d.go", "pass", ""))));

    @Test void roundTripIsSortedAndDeterministic() {
        String text = Ratchet.format(List.of(e("z.go", "pass", ""), new Ratchet.Entry("a.go", "errorcheck", "fail",
                "errorcheck:missing", "x.go:3: missing\terror")));
        assertEquals(Ratchet.COMMENT + "\na.go\terrorcheck\tfail\terrorcheck:missing\tx.go:3: missing error\n"
                + "z.go\trun\tpass\t\t\n", text);
        assertEquals(text, Ratchet.format(Ratchet.parse(text).values()));
    }

    @Test void passThatFailsIsARegression() {
        Ratchet.Comparison c = Ratchet.compare(OLD, List.of(e("a.go", "fail", "wrong-output"), e("b.go", "fail",
                "import:fmt"), e("c.go", "skip", "build-tag"), e("d.go", "pass", "")), false);
        assertTrue(c.failed());
        assertEquals(List.of("a.go"), c.regressions().stream().map(Ratchet.Entry::path).toList());
        assertEquals(List.of(), c.newlyPassing());
    }

    @Test void newlyPassingAndNewTestsDoNotFail() {
        Ratchet.Comparison c = Ratchet.compare(OLD, List.of(e("a.go", "pass", ""), e("b.go", "pass", ""),
                e("c.go", "skip", "build-tag"), e("d.go", "pass", ""), e("e.go", "fail", "timeout")), false);
        assertFalse(c.failed());
        assertEquals(List.of("b.go"), c.newlyPassing().stream().map(Ratchet.Entry::path).toList());
        assertEquals(List.of("e.go"), c.newTests().stream().map(Ratchet.Entry::path).toList());
    }

    @Test void filteredRunsOnlyCompareWhatRan() {
        Ratchet.Comparison c = Ratchet.compare(OLD, List.of(e("b.go", "fail", "ice")), true);
        assertFalse(c.failed());
        assertEquals(List.of(), c.missing());
        assertEquals(List.of("b.go"), c.otherChanges().stream().map(Ratchet.Entry::path).toList());
        Ratchet.Comparison all = Ratchet.compare(OLD, List.of(e("b.go", "fail", "import:fmt")), false);
        assertEquals(3, all.missing().size());
    }

    @Test void updateKeepsUnrunLinesOnlyWhenFiltered() {
        String filtered = Ratchet.update(OLD, List.of(e("b.go", "pass", "")), true);
        Map<String, Ratchet.Entry> m = Ratchet.parse(filtered);
        assertEquals(4, m.size());
        assertEquals("pass", m.get("b.go").status());
        assertEquals(1, Ratchet.parse(Ratchet.update(OLD, List.of(e("b.go", "pass", "")), false)).size());
    }
}
