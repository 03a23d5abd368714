package goj.types;

import goj.syntax.BasicLit;
import goj.syntax.ImportDecl;
import goj.syntax.Name;
import goj.syntax.SelectorExpr;
import goj.types.TypeAndValue.Mode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A package's imports: the package names they declare in their file's scope (renamed, blank
 * and dot imports), qualified identifiers {@code pkg.Name}, and the errors about them, worded
 * as types2 (gc) words them: unused imports, unexported or undefined names, redeclarations.
 */
public final class Imports {
    private final Checker check;
    /** The package names declared, in source order (blank ones too). */
    private final List<PkgName> declared = new ArrayList<>();
    private final Set<PkgName> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** For each file scope, the import that brought in each dot-imported object. */
    private final Map<Scope, Map<Obj, PkgName>> dotImported = new IdentityHashMap<>();

    Imports(Checker check) { this.check = check; }

    /** The import path a literal spells, or null when it is not a valid one (reported by the checker). */
    public static String path(BasicLit lit) {
        if (lit == null || lit.bad || lit.value.length() < 2) return null;
        return new String(Literals.parseString(lit.value), StandardCharsets.UTF_8);
    }

    /** Declares the package name of {@code imp} in its file's scope. */
    void declare(ImportDecl imp, Scope fileScope) {
        String path = path(imp.path);
        if (path == null) return; // the parser reported it
        String bad = invalidPath(path);
        if (bad != null) {
            check.error(imp.path.pos(), "invalid import path (" + bad + ")");
            return;
        }
        if (path.startsWith("/")) {
            check.error(imp.path.pos(), "could not import " + path + " (import path cannot be absolute path)");
            return;
        }
        Package p = path.equals("unsafe") ? Unsafe.PKG : check.importer.importPackage(path);
        if (p == null) {
            check.error(imp.path.pos(), "could not import " + path + " (package not found)");
            return;
        }
        Name local = imp.localPkgName;
        String name = local != null ? local.value : p.name();
        if (name.equals("init")) {
            check.error(imp.pos(), "cannot import package as init - init must be a func");
            return;
        }
        PkgName pn = new PkgName(imp.pos(), check.pkg, name, Universe.INVALID);
        pn.imported = p;
        declared.add(pn);
        if (local != null) check.info.defs.put(local, pn);
        else check.info.implicits.put(imp, pn);
        if (name.equals(".")) {
            Map<Obj, PkgName> dots = dotImported.computeIfAbsent(fileScope, s -> new IdentityHashMap<>());
            for (Obj o : p.scope().objects()) {
                if (!isExported(o.name())) continue;
                Obj prev = fileScope.insert(o);
                if (prev != null) {
                    check.error(local.pos(), o.name() + " redeclared in this block\n\t" + prev.pos() + ": other declaration of " + o.name());
                } else {
                    dots.put(o, pn);
                }
            }
            return;
        }
        if (name.equals("_")) return;
        Obj prev = fileScope.insert(pn);
        if (prev != null) {
            check.error(imp.pos(), name + " redeclared in this block\n\t" + prev.pos() + ": other declaration of " + name);
        }
    }

    /** Why {@code path} is not a valid import path (types2's rules: no space, control or punctuation but {@code -./_~+@}), or null. */
    public static String invalidPath(String path) {
        if (path.isEmpty()) return "empty string";
        String illegal = "!\"#$%&'()*,:;<=>?[\\]^{|}`\uFFFD";
        for (int i = 0; i < path.length(); ) {
            int c = path.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isDefined(c) || Character.isWhitespace(c) || Character.isISOControl(c) || illegal.indexOf(c) >= 0) {
                return "invalid character " + String.format("U+%04X '%s'", c, new String(Character.toChars(c)));
            }
        }
        return null;
    }

    static boolean isExported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    /**
     * Checks {@code sel} if it is a qualified identifier {@code pkg.Name} (its left side names an
     * imported package); returns false, checking nothing, otherwise.
     */
    boolean selector(Operand x, SelectorExpr sel) {
        if (!(sel.x instanceof Name n) || !(check.scope.lookupParent(n.value) instanceof PkgName pn)) return false;
        check.info.uses.put(n, pn);
        used.add(pn);
        Package p = pn.imported;
        String name = sel.sel.value;
        Obj o = p.scope().lookup(name);
        // gc imports from export data, which holds the exported objects (and unexported ones only
        // when exported inline bodies or types refer to them): an unexported name is undefined
        if (o == null || !isExported(name)) {
            if (!name.equals("_")) {
                String have = "";
                for (Obj e : p.scope().objects()) {
                    if (isExported(e.name()) && e.name().equalsIgnoreCase(name)) { have = " (but have " + e.name() + ")"; break; }
                }
                check.error(sel.sel.pos(), "undefined: " + sel + have);
            }
            x.invalidate();
            return true;
        }
        check.info.uses.put(sel.sel, o);
        switch (o) {
            case Const c -> { x.mode = Mode.CONSTANT; x.type = c.type; x.value = c.value; }
            case TypeName t -> { x.mode = Mode.TYPEXPR; x.type = t.type; x.genericAlias = t.isGenericAlias() ? t : null; }
            case Var v -> { x.mode = Mode.VARIABLE; x.type = v.type; }
            case Func f -> {
                x.mode = Mode.VALUE;
                x.type = f.type;
                x.func = f;
            }
            case Builtin b -> { x.mode = Mode.BUILTIN; x.builtin = b; x.type = Universe.INVALID; }
            default -> x.invalidate();
        }
        if (x.type == Universe.INVALID && x.mode != Mode.BUILTIN) x.invalidate(); // broken in its own package
        return true;
    }

    /**
     * The error for selecting {@code s}, an unexported field or method of another package's type
     * through {@code sel}, or null when it may be selected.
     */
    String unexported(SelectorExpr sel, Selection s) {
        Obj o = s.obj();
        if (o.pkg() == null || o.pkg() == check.pkg || isExported(o.name())) return null;
        return sel + " undefined (cannot refer to unexported " + (s.kind() == Selection.Kind.FIELD ? "field " : "method ") + o.name() + ")";
    }

    /** Records a use of imported object {@code o} by a plain identifier: a use of the dot-import that brought it in. */
    void useDot(Obj o) {
        Scope s = check.scope;
        while (s != null && s.parent() != check.pkg.scope()) s = s.parent();
        Map<Obj, PkgName> dots = s == null ? null : dotImported.get(s);
        PkgName pn = dots == null ? null : dots.get(o);
        if (pn != null) used.add(pn);
    }

    /** The packages this package imports directly (computed again only when imports were declared since). */
    List<Package> packages() {
        if (packages == null || packagesOf != declared.size()) {
            packages = declared.stream().map(pn -> pn.imported).filter(java.util.Objects::nonNull).distinct().toList();
            packagesOf = declared.size();
        }
        return packages;
    }

    private List<Package> packages;
    /** How many declarations {@link #packages} was computed from. */
    private int packagesOf;

    /** Reports names declared both by the package and by an import of one of its files. */

    void reportConflicts(List<Scope> fileScopes) {
        for (Scope fs : fileScopes) {
            for (Obj o : fs.objects()) {
                Obj alt = check.pkg.scope().lookup(o.name());
                if (alt == null) continue;
                if (o instanceof PkgName pn) {
                    check.error(alt.pos(), alt.name() + " already declared through import of " + pn.imported
                            + "\n\t" + pn.pos() + ": other declaration of " + alt.name());
                } else {
                    check.error(alt.pos(), alt.name() + " already declared through dot-import of " + o.pkg()
                            + "\n\t" + o.pos() + ": other declaration of " + alt.name());
                }
            }
        }
    }

    /**
     * Reports the imports no identifier refers to, unless part of the package went unchecked
     * (a construct goj does not support yet may hold the uses).
     */
    void reportUnused() {
        if (check.unsupportedCount > 0) return;
        for (PkgName pn : declared) {
            if (pn.name().equals("_") || used.contains(pn)) continue;
            String path = pn.imported.path();
            String elem = path.substring(path.lastIndexOf('/') + 1);
            String q = Constant.Quote.go(path.getBytes(StandardCharsets.UTF_8));
            if (pn.name().equals(".") || pn.name().equals(elem)) check.error(pn.pos(), q + " imported and not used");
            else check.error(pn.pos(), q + " imported as " + pn.name() + " and not used");
        }
    }
}
