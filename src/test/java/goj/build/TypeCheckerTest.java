package goj.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goj.types.Func;
import goj.types.Named;
import goj.types.Var;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages checked in parallel ({@link TypeChecker#checkAll}, {@link Loader#onLoaded}): packages
 * that instantiate the same generic types of a package they import share its canonical instances,
 * and each instance method's body is checked once.
 */
class TypeCheckerTest {
    @TempDir Path tmp;

    private void write(String rel, String content) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    /** Module ex.com/m: generic package g, packages a0…a5 instantiating it alike, main importing them all. */
    private void module() throws IOException {
        write("go.mod", "module ex.com/m\n\ngo 1.27\n");
        write("g/g.go", """
                package g

                type List[T any] struct{ elems []T }

                func (l *List[T]) Push(x T) { l.elems = append(l.elems, x) }

                func (l *List[T]) Len() int { return len(l.elems) }

                func Map[T, U any](xs []T, f func(T) U) []U {
                	var out []U
                	for _, x := range xs {
                		out = append(out, f(x))
                	}
                	return out
                }
                """);
        StringBuilder imports = new StringBuilder(), uses = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            write("a" + i + "/a.go", """
                    package a%d

                    import "ex.com/m/g"

                    var L g.List[int]

                    var S g.List[string]

                    func F() int {
                    	L.Push(%d)
                    	S.Push("x")
                    	return len(g.Map([]int{1}, func(int) string { return "" })) + L.Len() + S.Len()
                    }
                    """.formatted(i, i));
            imports.append("\t\"ex.com/m/a").append(i).append("\"\n");
            uses.append("\tprintln(a").append(i).append(".F())\n");
        }
        write("main.go", "package main\n\nimport (\n" + imports + ")\n\nfunc main() {\n" + uses + "}\n");
    }

    @Test void parallelPackagesShareInstances() throws IOException {
        module();
        for (int round = 0; round < 10; round++) {
            Loader l = new Loader(() -> { throw new AssertionError("GOROOT not needed"); }, tmp);
            Loader.Pkg main = l.loadFiles(tmp, List.of("main.go"));
            List<Loader.Pkg> order = l.order(List.of(main));
            assertEquals(List.of(), l.errors());
            List<TypeChecker.Checked> checked = new TypeChecker(false).checkAll(order, p -> p.path);
            assertEquals(order, checked.stream().map(TypeChecker.Checked::pkg).toList(), "results in the order given");
            for (TypeChecker.Checked c : checked) assertEquals(List.of(), c.errors(), c.pkg().path);
            Named listInt = null;
            for (TypeChecker.Checked c : checked) {
                if (!c.pkg().path.startsWith("ex.com/m/a")) continue;
                Named t = (Named) ((Var) c.types().scope().lookup("L")).type();
                if (listInt == null) listInt = t;
                assertSame(listInt, t, "one instance g.List[int] for every importer");
            }
            assertNotNull(listInt);
            for (Func m : listInt.methods()) {
                assertNotNull(m.bodyInfo, "the body of " + m.name() + " of List[int] was checked");
            }
        }
    }

    @Test void packagesAreLoadedAfterTheirImports() throws IOException {
        module();
        Loader l = new Loader(() -> { throw new AssertionError("GOROOT not needed"); }, tmp);
        List<String> loaded = new ArrayList<>();
        l.onLoaded(p -> loaded.add(p.path));
        l.loadFiles(tmp, List.of("main.go"));
        assertEquals(7, loaded.size(), "g and a0…a5, not the command-line package: " + loaded);
        assertEquals("ex.com/m/g", loaded.getFirst());
        assertTrue(loaded.subList(1, 7).stream().allMatch(p -> p.startsWith("ex.com/m/a")), loaded.toString());
    }
}
