package goj.testdir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class GojFlagsTest {
    @Test void gcDiagnosticFlagsSkipErrorchecks() {
        assertEquals("gc-only:-m", GojFlags.adapt("errorcheck", List.of("-m", "-l")).skip());
        assertEquals("gc-only:-d=ssa/prove/debug=1", GojFlags.adapt("errorcheck", List.of("-d=ssa/prove/debug=1")).skip());
        assertEquals("gc-only:-live", GojFlags.adapt("errorcheckwithauto", List.of("-l", "-live")).skip());
        assertEquals("gc-only:-race", GojFlags.adapt("run", List.of("-race")).skip());
    }

    @Test void codegenFlagsAreDropped() {
        GojFlags.Adapted a = GojFlags.adapt("errorcheck", List.of("-d=panic", "-l", "-N", "-lang=go1.21"));
        assertNull(a.skip());
        assertEquals(List.of("-lang=go1.21"), a.flags());
        assertEquals(List.of(), GojFlags.adapt("compile", List.of("-d=checkptr", "-c=4")).flags());
        assertEquals(List.of(), GojFlags.adapt("run", List.of("-gcflags", "-l=4")).flags());
        assertEquals(List.of(), GojFlags.adapt("run", List.of("-gcflags=all=-d=checkptr")).flags());
        assertEquals(List.of("-tags", "x"), GojFlags.adapt("run", List.of("-tags", "x")).flags());
        assertEquals(List.of(), GojFlags.adapt("rundir", List.of("-ldflags", "-strictdups=2", "-w=0")).flags());
    }
}
