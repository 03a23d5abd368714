package goj.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GoRootTest {
    private static Path fakeRoot(String version, String goversion) throws Exception {
        Path d = Files.createTempDirectory("goroot");
        Files.createDirectories(d.resolve("src/runtime"));
        Files.createDirectories(d.resolve("src/internal/goversion"));
        Files.writeString(d.resolve("VERSION"), version + "\ntime 2026-11-02T20:36:20Z\n");
        Files.writeString(d.resolve("src/internal/goversion/goversion.go"),
                "package goversion\n\nconst Version = " + goversion + "\n");
        return d;
    }

    @Test
    void acceptsOnlyGo127Trees() throws Exception {
        var ok = GoRoot.at(fakeRoot("go1.27.4", "27"));
        assertTrue(ok.isPresent());
        assertEquals("go1.27.4", ok.get().version());
        assertFalse(GoRoot.at(fakeRoot("go1.26.2", "26")).isPresent());
        assertFalse(GoRoot.at(fakeRoot("go1.27.4", "26")).isPresent(), "goversion must agree with VERSION");
        assertFalse(GoRoot.at(Path.of("/nonexistent")).isPresent());
    }

    @Test
    void resolvedGoRootHasTheSuiteAndTheSpec() {
        GoRoot g = GoRoot.find().orElseThrow(() -> new AssertionError("no Go 1.27 GOROOT: run ./goj setup"));
        assertTrue(Files.isRegularFile(g.test().resolve("helloworld.go")));
        assertTrue(Files.isRegularFile(g.spec()));
    }
}
