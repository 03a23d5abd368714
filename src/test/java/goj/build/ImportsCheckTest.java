package goj.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import goj.syntax.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker's handling of imports through the loader, on a module of local packages (no
 * GOROOT needed): the expected diagnostics are what gc 1.27 ({@code go build -gcflags=-e}) printed.
 */
class ImportsCheckTest {
    @TempDir Path tmp;

    private void write(String rel, String content) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private List<String> compile(String main) throws IOException {
        write("go.mod", "module ex.com/m\n\ngo 1.27\n");
        write("p/p.go", """
                package p

                const X = 1

                var x = 2

                type T struct {
                	A int
                	b int
                }

                func F() int { return 1 }
                """);
        write("main.go", main);
        return Compiler.compile(tmp, List.of("main.go")).diagnostics().stream()
                .map(Diagnostic::toString).map(s -> s.replace(tmp + "/", "./")).toList();
    }

    @Test void importErrors() throws IOException {
        List<String> got = compile("""
                package main

                import (
                	"ex.com/m/p"
                	q "ex.com/m/p"
                	. "ex.com/m/p"
                	_ "ex.com/m/p"
                	"unsafe"
                )

                import r "ex.com/m/p"

                var F = 3

                func main() {
                	println(p.X, p.x, p.Y)
                	var t p.T
                	println(t.A, p)
                	println(unsafe.Sizeof(t), unsafe.Offsetof(t.A), unsafe.Alignof(int8(0)))
                }
                """);
        assertEquals(List.of(
                "main.go:5:2: \"ex.com/m/p\" imported as q and not used",
                "main.go:6:2: \"ex.com/m/p\" imported and not used",
                "main.go:11:8: \"ex.com/m/p\" imported as r and not used",
                "main.go:13:5: F already declared through dot-import of package p (\"ex.com/m/p\")\n\t./p/p.go:12:6: other declaration of F",
                "main.go:16:17: undefined: p.x (but have X)",
                "main.go:16:22: undefined: p.Y",
                "main.go:18:15: use of package p not in selector"), got);
    }

    @Test void cleanImportsStillWaitForTheBackEnd() throws IOException {
        List<String> got = compile("""
                package main

                import (
                	. "ex.com/m/p"
                	pp "ex.com/m/p"
                )

                var v T = pp.T{A: X}

                func main() { println(v.A, F()) }
                """);
        assertEquals(List.of("main.go:4:4: goj: not yet supported: import \"ex.com/m/p\" (the standard library is not available yet)"), got);
    }

    /** Sizes are amd64's: a zero-size last field is padded, as gc does (gc reported exactly these three lines). */
    @Test void unsafeConstants() throws IOException {
        List<String> got = compile("""
                package main

                import "unsafe"

                type S struct {
                	a byte
                	b int64
                	c [3]int16
                	d struct{}
                }

                const _ = unsafe.Sizeof(S{}) / (unsafe.Sizeof(S{}) - 24)
                const _ = unsafe.Offsetof(S{}.c) / (unsafe.Offsetof(S{}.c) - 16)
                const _ = unsafe.Alignof(S{}.c) / (unsafe.Alignof(S{}.c) - 2)

                func main() {
                	var p unsafe.Pointer = unsafe.Pointer(new(S))
                	_ = uintptr(p)
                }
                """);
        assertEquals(List.of(
                "main.go:12:32: invalid operation: division by zero",
                "main.go:13:36: invalid operation: division by zero",
                "main.go:14:35: invalid operation: division by zero"), got);
    }
}
