package goj.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goj.syntax.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File selection (build tags, name suffixes), import resolution (GOROOT, vendor, module, relative) and cycles. */
class LoaderTest {
    @TempDir Path tmp;

    private void write(String rel, String content) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private static List<String> names(List<Path> ps) {
        return ps.stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test void fileNameSuffixes() {
        assertTrue(PackageFiles.goodOSArchFile("a.go"));
        assertTrue(PackageFiles.goodOSArchFile("a_linux.go"));
        assertTrue(PackageFiles.goodOSArchFile("a_amd64.go"));
        assertTrue(PackageFiles.goodOSArchFile("a_linux_amd64.go"));
        assertTrue(PackageFiles.goodOSArchFile("linux.go"), "the part before the first _ does not count");
        assertTrue(PackageFiles.goodOSArchFile("a_linux_test.go"));
        assertTrue(PackageFiles.goodOSArchFile("a_unix.go"), "unix is no GOOS");
        assertFalse(PackageFiles.goodOSArchFile("a_windows.go"));
        assertFalse(PackageFiles.goodOSArchFile("a_arm64.go"));
        assertFalse(PackageFiles.goodOSArchFile("a_linux_arm64.go"));
        assertFalse(PackageFiles.goodOSArchFile("a_android.go"), "android files are not linux files");
        assertFalse(PackageFiles.goodOSArchFile("a_windows_amd64.go"));
        assertFalse(PackageFiles.goodOSArchFile("x_arm64.s"));
    }

    @Test void targetTags() {
        for (String t : List.of("linux", "amd64", "unix", "gc", "goj", "go1.1", "go1.27", "goexperiment.regabiargs")) {
            assertTrue(BuildTags.matches(t), t);
        }
        for (String t : List.of("cgo", "gccgo", "windows", "arm64", "go1.28", "ignore", "purego", "test_run", "goexperiment.arenas")) {
            assertFalse(BuildTags.matches(t), t);
        }
    }

    @Test void selection() throws IOException {
        write("p/a.go", "package p\n");
        write("p/a_linux.go", "package p\n");
        write("p/a_windows.go", "package p\n");
        write("p/a_arm64.go", "package p\n");
        write("p/b_test.go", "package p\n");
        write("p/_c.go", "package p\n");
        write("p/.d.go", "package p\n");
        write("p/ign.go", "//go:build ignore\n\npackage main\n");
        write("p/tagged.go", "// Copyright.\n\n//go:build linux && goj && !cgo\n\npackage p\n");
        write("p/old.go", "// +build windows\n\npackage p\n");
        write("p/cgo.go", "package p\n\nimport \"C\"\n");
        write("p/late.go", "package p\n\n//go:build windows\n");
        PackageFiles pf = PackageFiles.of(tmp.resolve("p"));
        assertEquals(List.of("a.go", "a_linux.go", "late.go", "tagged.go"), names(pf.goFiles()));
        assertEquals(List.of("a_arm64.go", "a_windows.go", "cgo.go", "ign.go", "old.go"), names(pf.ignored()));
        assertFalse(pf.external());
        write("p/x_amd64.s", "");
        assertTrue(PackageFiles.of(tmp.resolve("p")).external(), "assembly for amd64 makes bodiless functions legal");
    }

    /** A GOROOT-shaped tree in the temporary directory. */
    private GoRoot fakeRoot() throws IOException {
        write("root/src/p/p.go", "package p\n\nimport \"golang.org/x/q\"\n\nvar V = q.Q\n");
        write("root/src/vendor/golang.org/x/q/q.go", "package q\n\nconst Q = 1\n");
        write("root/src/cmd/c/c.go", "package c\n\nimport \"golang.org/x/q\"\n\nvar V = q.Q\n");
        write("root/src/cmd/vendor/golang.org/x/q/q.go", "package q\n\nconst Q = 2\n");
        return new GoRoot(tmp.resolve("root"), "go1.27");
    }

    @Test void vendorUnderGoroot() throws IOException {
        GoRoot root = fakeRoot();
        Loader l = new Loader(() -> root, tmp);
        Loader.Pkg p = l.loadPath("p");
        Loader.Pkg c = l.loadPath("cmd/c");
        assertEquals(List.of(), l.errors());
        assertEquals("vendor/golang.org/x/q", p.imports.get("golang.org/x/q").path);
        assertEquals("cmd/vendor/golang.org/x/q", c.imports.get("golang.org/x/q").path);
        assertTrue(p.std);
    }

    @Test void stdPattern() throws IOException {
        GoRoot root = fakeRoot();
        write("root/src/runtime/cgo/cgo.go", "package cgo\n");
        write("root/src/builtin/builtin.go", "package builtin\n");
        write("root/src/unsafe/unsafe.go", "package unsafe\n");
        write("root/src/p/testdata/t.go", "package t\n");
        write("root/src/onlytests/x_test.go", "package onlytests\n");
        Loader l = new Loader(() -> root, tmp);
        assertEquals(List.of("p", "vendor/golang.org/x/q"), l.loadStd().stream().map(p -> p.path).toList());
    }

    @Test void notInStd() throws IOException {
        GoRoot root = fakeRoot();
        write("prog/main.go", "package main\n\nimport \"foo/bar\"\n\nfunc main() { bar.X() }\n");
        Loader l = new Loader(() -> root, tmp.resolve("prog"));
        l.loadFiles(tmp.resolve("prog"), List.of("main.go"));
        assertEquals(List.of("main.go:3:8: package foo/bar is not in std (" + root.src().resolve("foo/bar") + ")"),
                l.errors().stream().map(Diagnostic::toString).toList());
    }

    @Test void moduleAndOrder() throws IOException {
        write("m/go.mod", "module ex.com/m\n\ngo 1.27\n");
        write("m/main.go", "package main\n\nimport (\n\t\"ex.com/m/b\"\n\t\"ex.com/m/a\"\n)\n\nfunc main() { println(a.A, b.B) }\n");
        write("m/a/a.go", "package a\n\nconst A = 1\n");
        write("m/b/b.go", "package b\n\nimport \"ex.com/m/a\"\n\nconst B = a.A + 1\n");
        write("m/c/c.go", "package c\n\nimport \"../a\"\n\nconst C = a.A\n");
        Loader l = new Loader(() -> { throw new AssertionError("GOROOT not needed"); }, tmp.resolve("m"));
        Loader.Pkg main = l.loadFiles(tmp.resolve("m"), List.of("main.go"));
        List<Loader.Pkg> order = l.order(List.of(main));
        assertEquals(List.of(), l.errors());
        assertEquals(List.of("ex.com/m/a", "ex.com/m/b", Loader.COMMAND_LINE), order.stream().map(p -> p.path).toList());
        Loader.Pkg c = l.loadDir(tmp.resolve("m/c"));
        assertEquals("ex.com/m/c", c.path);
        assertEquals(order.getFirst(), c.imports.get("../a"), "a relative import is the package in that directory");
    }

    @Test void missingModulePackage() throws IOException {
        write("m/go.mod", "module ex.com/m\n");
        write("m/main.go", "package main\n\nimport \"ex.com/m/zz\"\n\nfunc main() {}\n");
        Loader l = new Loader(() -> { throw new AssertionError("GOROOT not needed"); }, tmp.resolve("m"));
        l.loadFiles(tmp.resolve("m"), List.of("main.go"));
        assertEquals(List.of("main.go:3:8: no required module provides package ex.com/m/zz; to add it:\n\tgo get ex.com/m/zz"),
                l.errors().stream().map(Diagnostic::toString).toList());
    }

    @Test void noModule() throws IOException {
        write("prog/main.go", "package main\n\nimport \"example.com/x\"\n\nfunc main() {}\n");
        Loader l = new Loader(() -> { throw new AssertionError("GOROOT not needed"); }, tmp.resolve("prog"));
        l.loadFiles(tmp.resolve("prog"), List.of("main.go"));
        assertEquals(1, l.errors().size());
        assertEquals("main.go:3:8: no required module provides package example.com/x: go.mod file not found in current "
                + "directory or any parent directory; see 'go help modules'", l.errors().getFirst().toString());
    }

    @Test void importCycle() throws IOException {
        write("m/go.mod", "module ex.com/m\n");
        write("m/main.go", "package main\n\nimport \"ex.com/m/a\"\n\nfunc main() { println(a.A) }\n");
        write("m/a/a.go", "package a\n\nimport \"ex.com/m/b\"\n\nvar A = b.B\n");
        write("m/b/b.go", "package b\n\nimport \"ex.com/m/a\"\n\nvar B = a.A\n");
        Loader l = new Loader(() -> { throw new AssertionError("GOROOT not needed"); }, tmp.resolve("m"));
        Loader.Pkg main = l.loadFiles(tmp.resolve("m"), List.of("main.go"));
        l.order(List.of(main));
        assertEquals(List.of("""
                package command-line-arguments
                	imports ex.com/m/a from main.go
                	imports ex.com/m/b from a.go
                	imports ex.com/m/a from b.go: import cycle not allowed"""),
                l.errors().stream().map(Diagnostic::toString).toList());
    }

    @Test void generatedSources() throws IOException {
        Path root = tmp.resolve("goroot");
        Files.createDirectories(root.resolve("src/internal/buildcfg"));
        Files.createDirectories(root.resolve("src/internal/runtime/sys"));
        Path zversion = root.resolve("src/internal/runtime/sys/zversion.go");
        Files.writeString(zversion, "package sys // kept\n");
        GeneratedSources.ensure(root, "go1.27.4");
        String z = Files.readString(root.resolve("src/internal/buildcfg/zbootstrap.go"));
        assertTrue(z.startsWith("// Code generated by go tool dist; DO NOT EDIT.\n\npackage buildcfg\n"), z);
        assertTrue(z.contains("const version = `go1.27.4`\n"), z);
        assertTrue(z.contains("const DefaultGOAMD64 = `v1`\n"), z);
        assertEquals("package sys // kept\n", Files.readString(zversion), "an existing file is never touched");
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(root.resolve("src/internal/buildcfg/zbootstrap.go"))), "readable like the tree's sources");
        try (var s = Files.list(root.resolve("src/internal/buildcfg"))) {
            assertEquals(1, s.count(), "no temporary file is left behind");
        }
        assertTrue(!Files.exists(root.resolve("src/time/tzdata/zzipdata.go")), "no zzipdata.go without lib/time/zoneinfo.zip");
    }

    @Test void generatedTimeZoneData() throws IOException {
        Path root = tmp.resolve("goroot");
        Files.createDirectories(root.resolve("src/time/tzdata"));
        Files.createDirectories(root.resolve("lib/time"));
        Files.write(root.resolve("lib/time/zoneinfo.zip"), new byte[] {'P', 'K', 3, 4, '"', '\\', 0x7f, (byte) 0xff, ' ', '~'});
        GeneratedSources.ensure(root, "go1.27.4");
        assertEquals("// Code generated by go tool dist; DO NOT EDIT.\n\npackage tzdata\n\nconst zipdata = \"PK\\x03\\x04\\x22\\x5c\\x7f\\xff ~\"\n",
                Files.readString(root.resolve("src/time/tzdata/zzipdata.go")));
    }
}
