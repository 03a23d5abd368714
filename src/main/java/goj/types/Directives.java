package goj.types;

import goj.syntax.ConstDecl;
import goj.syntax.Decl;
import goj.syntax.DeclStmt;
import goj.syntax.Directive;
import goj.syntax.File;
import goj.syntax.FuncDecl;
import goj.syntax.Pragma;
import goj.syntax.TypeDecl;
import goj.syntax.VarDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * gc's checks of the compiler directives ({@code //go:…}) of a user package, which its noder makes
 * rather than its type checker: while parsing, a directive must stand on a line of its own, a
 * directive with a meaning for functions ({@code //go:noinline} …) must be taken by a declaration,
 * and runtime-only and cgo-only directives are refused; once the package type-checks, the
 * declarations that took directives must be ones they apply to.
 */
final class Directives {
    private Directives() {}

    /** The directives gc gives a meaning (a pragma flag), for functions except {@code go:build}. */
    private static final Set<String> FLAGGED = Set.of("go:build", "go:noescape", "go:norace", "go:nosplit", "go:noinline",
            "go:nocheckptr", "go:systemstack", "go:nowritebarrier", "go:nowritebarrierrec", "go:yeswritebarrierrec",
            "go:cgo_unsafe_args", "go:uintptrkeepalive", "go:uintptrescapes", "go:registerparams");

    private static final Set<String> RUNTIME_ONLY = Set.of("go:systemstack", "go:nowritebarrier", "go:nowritebarrierrec", "go:yeswritebarrierrec");

    /** The checks gc makes while parsing. */
    static void checkParsed(Checker check, List<File> files) {
        for (File f : files) {
            for (Directive d : f.directives) {
                if (!d.ownLine()) {
                    check.error(d.pos(), "misplaced compiler directive");
                    continue;
                }
                String verb = d.name();
                if (verb.startsWith("go:cgo_") && !cgoImportDynamic(d)) {
                    check.error(d.pos(), "//" + d.text() + " only allowed in cgo-generated code");
                    if (verb.equals("go:cgo_ldflag") && !(fields(d.text()).size() == 2 && quoted(fields(d.text()).get(1)))) {
                        check.error(d.pos(), "usage: //go:cgo_ldflag \"arg\"");
                    }
                }
                if (isLinkname(d) && (fields(d.text()).size() < 2 || fields(d.text()).size() > 3)) {
                    check.error(d.pos(), "usage: //" + verb + " localname [linkname]");
                }
                if (RUNTIME_ONLY.contains(verb)) check.error(d.pos(), "//" + verb + " only allowed in runtime");
                if (verb.equals("go:uintptrkeepalive")) check.error(d.pos(), "//" + verb + " is only allowed in the standard library");
            }
            for (Directive d : f.unattached) if (FLAGGED.contains(d.name())) check.error(d.pos(), "misplaced compiler directive");
        }
    }

    /**
     * The checks gc makes once the package type-checks: each declaration takes only the directives
     * that apply to it, and each //go:linkname names a package-level function or variable, once.
     */
    static void checkAttached(Checker check, List<File> files) {
        Set<Obj> linknamed = new java.util.HashSet<>();
        for (File f : files) {
            misplaced(check, f.pragma, Taker.FILE);
            for (Decl d : f.decls) {
                misplaced(check, d.pragma, d instanceof FuncDecl ? Taker.FUNC : Taker.OTHER);
                if (d instanceof FuncDecl fd && fd.body != null) localDecls(check, fd.body);
            }
            boolean importsUnsafe = f.decls.stream().anyMatch(d -> d instanceof goj.syntax.ImportDecl imp && imp.path != null && imp.path.value.equals("\"unsafe\""));
            for (Directive d : f.directives) {
                List<String> args = fields(d.text());
                if (!d.ownLine() || !isLinkname(d) || args.size() < 2 || args.size() > 3) continue;
                String remote = args.size() == 3 ? args.get(2) : "";
                if (!importsUnsafe) check.error(d.pos(), "//" + d.name() + " only allowed in Go files that import \"unsafe\"");
                else if (remote.contains("[") && remote.contains("]")) check.error(d.pos(), "//" + d.name() + " reference of an instantiation is not allowed");
                else if (!(check.pkg.scope().lookup(args.get(1)) instanceof Obj o && (o instanceof Func || o instanceof Var))) {
                    // before Go 1.18 such directives did nothing (go.dev/issue/55889)
                    if (check.versionProblem(d.pos(), 18) == null) check.error(d.pos(), "//" + d.name() + " must refer to declared function or variable");
                } else if (!linknamed.add(o)) {
                    check.error(d.pos(), "duplicate //" + d.name() + " for " + args.get(1));
                }
            }
        }
    }

    private static boolean isLinkname(Directive d) { return d.name().equals("go:linkname") || d.name().equals("go:linknamestd"); }

    private static void localDecls(Checker check, goj.syntax.Node body) {
        List<goj.syntax.Node> decls = new ArrayList<>();
        goj.syntax.Walk.inspect(body, n -> {
            if (n instanceof DeclStmt ds) decls.addAll(ds.decls);
            return true;
        });
        for (goj.syntax.Node n : decls) {
            if (n instanceof ConstDecl || n instanceof VarDecl || n instanceof TypeDecl) misplaced(check, ((Decl) n).pragma, Taker.OTHER);
        }
    }

    /** What took a pragma: the package clause, a function, or another declaration. */
    private enum Taker { FILE, FUNC, OTHER }

    /** Reports the directives of {@code p} that do not apply to what took them (a file takes go:build, a function the others). */
    private static void misplaced(Checker check, Pragma p, Taker t) {
        if (p == null) return;
        for (Directive d : p.directives) {
            if (!FLAGGED.contains(d.name())) continue;
            boolean build = d.name().equals("go:build");
            if (t == Taker.FILE ? !build : t == Taker.OTHER || build) check.error(d.pos(), "misplaced compiler directive");
        }
    }

    private static boolean cgoImportDynamic(Directive d) {
        return d.name().equals("go:cgo_import_dynamic") && fields(d.text()).size() >= 4;
    }

    /** The fields of a directive's text: words, and double-quoted strings as one field. */
    private static List<String> fields(String text) {
        List<String> out = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
            if (i >= n) break;
            int start = i;
            if (text.charAt(i) == '"') {
                for (i++; i < n && text.charAt(i) != '"'; i++) if (text.charAt(i) == '\\') i++;
                i = Math.min(n, i + 1);
            } else {
                while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    private static boolean quoted(String s) { return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\""); }
}
