package goj.types;

import goj.syntax.AssignStmt;
import goj.syntax.BlockStmt;
import goj.syntax.BranchStmt;
import goj.syntax.ConstDecl;
import goj.syntax.Decl;
import goj.syntax.DeclStmt;
import goj.syntax.Diagnostic;
import goj.syntax.EmptyStmt;
import goj.syntax.Expr;
import goj.syntax.ExprStmt;
import goj.syntax.Field;
import goj.syntax.File;
import goj.syntax.ForStmt;
import goj.syntax.FuncDecl;
import goj.syntax.IfStmt;
import goj.syntax.ImportDecl;
import goj.syntax.ListExpr;
import goj.syntax.Name;
import goj.syntax.Node;
import goj.syntax.Operator;
import goj.syntax.Pos;
import goj.syntax.RangeClause;
import goj.syntax.ReturnStmt;
import goj.syntax.Stmt;
import goj.syntax.Token;
import goj.syntax.TypeDecl;
import goj.syntax.VarDecl;
import goj.types.TypeAndValue.Mode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The type checker of one package: declares its objects, checks declarations and function
 * bodies, and records the results in an {@link Info}.
 *
 * <p>What is not implemented yet is reported as {@code goj: not yet supported: WHAT} at the
 * construct's position, so a program never compiles to something wrong.
 */
public final class Checker {
    final Package pkg;
    /** Where results are recorded: the package's Info, or a concrete generic instance's while its body is checked. */
    Info info;
    private final Consumer<Diagnostic> errors;
    final Expressions exprs;
    final Generics generics;
    /** Package-level functions in source order (checked after all declarations). */
    private final List<Func> funcs = new ArrayList<>();
    /** Package-level variables and constants waiting to be checked, by object. */
    private final Map<Obj, Decl> pending = new LinkedHashMap<>();
    private final List<Func> methodDecls = new ArrayList<>();
    /** Package-level type declarations, resolved on first use. */
    private final Map<TypeName, TypeDecl> typeDecls = new LinkedHashMap<>();
    /** Type names being resolved, innermost last. */
    private final java.util.SequencedSet<TypeName> resolvingTypes = new java.util.LinkedHashSet<>();
    /** Package-level variables in declaration order, each with its initializer (or null). */
    public final List<VarInit> varInits = new ArrayList<>();
    int errorCount;
    /** How many constructs were reported as not yet supported (their parts went unchecked). */
    int unsupportedCount;
    /** Where imported packages come from. */
    Importer importer = Importer.NONE;
    /** The package's imports. */
    final Imports imports = new Imports(this);
    /** Each package-level declaration's file scope (the package scope plus the file's imports). */
    private final Map<Decl, Scope> fileScopes = new java.util.IdentityHashMap<>();
    /** Whether a function declared without a body is an error (gc's -complete: no assembly in the package). */
    private boolean complete = true;
    /** Local names of //go:linkname directives: such functions may have no body (gc, issue 23311). */
    private final java.util.Set<String> linknamed = new java.util.HashSet<>();

    /** Scope of the statement being checked. */
    Scope scope;
    /** Signature of the function whose body is being checked. */
    private Signature sig;
    /** Local variables declared in the current function, to report those never used. */
    private final List<Var> locals = new ArrayList<>();

    /** For each initializer, the package-level variables it depends on (directly or through functions). */
    public final Map<VarInit, java.util.Set<Var>> initNeeds = new java.util.IdentityHashMap<>();

    /** The package's init functions in source order. */
    public List<Func> initFuncs() {
        return funcs.stream().filter(f -> f.name().equals("init") && !f.isMethod()).toList();
    }

    /** A package-level variable declaration: its variables (one per name) and initializer. */
    /** A package-level var spec: its variables, declared type (or null) and initializer (or null). */
    public record VarInit(List<Var> lhs, Expr type, Expr rhs) {}

    public Checker(Package pkg, Info info, Consumer<Diagnostic> errors) {
        this.pkg = pkg;
        this.info = info;
        this.errors = errors;
        this.exprs = new Expressions(this);
        this.generics = new Generics(this);
        pkg.checker = this;
        this.scope = pkg.scope();
    }

    public int errorCount() { return errorCount; }

    /** The packages this package imports, directly or not. */
    List<Package> imported() {
        java.util.Set<Package> seen = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<Package> work = new java.util.ArrayDeque<>(imports.packages());
        while (!work.isEmpty()) {
            Package p = work.poll();
            if (seen.add(p) && p.checker != null) work.addAll(p.checker.imports.packages());
        }
        return List.copyOf(seen);
    }

    /** Sets where the package's imports are found (packages without imports need none). */
    public void setImporter(Importer importer) { this.importer = importer; }

    /** The Go version each file is checked against. */
    private Versions versions = new Versions(null);

    /** Checks the package against Go version {@code lang} ("go1.N"; null: any version), gc's -lang. */
    public void setLang(String lang) { versions = new Versions(lang); }

    /** Whether the file of {@code at} may use a feature of Go 1.{@code minor}; else reports "WHAT requires go1.N or later (…)". */
    boolean verifyVersion(Pos at, int minor, String what) {
        String why = versionProblem(at, minor);
        if (why != null) error(at, what + " " + why);
        return why == null;
    }

    /** Null if the file of {@code at} may use a feature of Go 1.{@code minor}, else "requires go1.N or later (…)". */
    String versionProblem(Pos at, int minor) {
        return versions.allow(at, minor) ? null : versions.requires(at, minor);
    }

    /** Whether methods marked //go:nointerface implement no interface (GOEXPERIMENT=fieldtrack). */
    private boolean fieldTrack;

    public void setFieldTrack(boolean fieldTrack) { this.fieldTrack = fieldTrack; }

    /** Whether the package is from the standard library (gc's -std); goj checks the directives of other packages only. */
    private boolean std;

    public void setStd(boolean std) { this.std = std; }

    /** Allows functions without bodies (implemented in assembly) when {@code complete} is false. */
    public void setComplete(boolean complete) { this.complete = complete; }

    private static final java.util.regex.Pattern SUB_ERROR = java.util.regex.Pattern.compile("\n\t(?!\t)");

    /** The last error reported, for gc's rule that equal messages on one line are reported once. */
    private Diagnostic lastError;

    /** While checking a constant's inherited initializer (implicit repetition), its name's position: all errors go there. */
    private Pos errpos;

    /**
     * Reports an error, except as types2 does: once an error was reported, an error whose first
     * part (up to its first sub-error, a continuation line {@code \n\tPOS: …}) mentions
     * {@code invalid operand} or {@code invalid type} after its start is a follow-on error and
     * dropped.
     */
    void error(Pos pos, String msg) {
        if (errpos != null) pos = errpos;
        if (errorCount > 0) {
            java.util.regex.Matcher sub = SUB_ERROR.matcher(msg);
            String first = sub.find() ? msg.substring(0, sub.start()) : msg;
            if (first.indexOf("invalid operand") > 0 || first.indexOf("invalid type") > 0) return;
        }
        if (lastError != null && lastError.msg().equals(msg) && lastError.pos().line() == pos.line()
                && lastError.pos().filename().equals(pos.filename())) return;
        errorCount++;
        lastError = new Diagnostic(pos, msg);
        errors.accept(lastError);
    }

    /**
     * {@code t} as gc's messages print it: {@code any} for the predeclared alias (this package's
     * names print unqualified while it is checked, see {@link Named#CHECKING}).
     */
    String qualify(Type t) {
        return t == Universe.EMPTY_INTERFACE ? "any" : String.valueOf(t);
    }

    void unsupported(Node n, String what) {
        unsupportedCount++;
        error(n.pos(), "goj: not yet supported: " + what);
    }

    /** Checks the files of the package. */
    public void checkFiles(List<File> files) {
        Package outer = Named.CHECKING.get();
        Named.CHECKING.set(pkg);
        try {
            checkPackage(files);
        } finally {
            Named.CHECKING.set(outer);
        }
    }

    private void checkPackage(List<File> files) {
        for (File f : files) versions.addFile(f);
        if (!std) Directives.checkParsed(this, files);
        for (File f : files) {
            if (f.pkgName.value.equals("_")) error(f.pkgName.pos(), "invalid package name _");
            for (goj.syntax.Directive d : f.directives) {
                // go:linknamestd is go:linkname for std packages (gc -std)
                if ((d.name().equals("go:linkname") || d.name().equals("go:linknamestd")) && !d.args().isEmpty()) {
                    linknamed.add(d.args().getFirst());
                }
            }
            collect(f);
        }
        imports.reportConflicts(new ArrayList<>(new java.util.LinkedHashSet<>(fileScopes.values())));
        for (TypeName tn : typeDecls.keySet()) resolveType(tn);
        processDelayed();
        for (Func m : methodDecls) associateMethod(m);
        for (Obj o : pending.keySet()) resolve(o);
        for (Func f : funcs) checkFuncBody(f);
        processDelayed();
        if (errorCount == 0) reportAnonymousCycles();
        if (errorCount == 0 && !std) Directives.checkAttached(this, files);
        if (errorCount == 0) checkChanElemSizes(); // gc's back end, which runs on well-typed packages only
        if (errorCount == 0) generics.checkInstances();
        if (errorCount == 0) reportLargeTypes();
        Map<Func, goj.syntax.Node> bodies = new java.util.IdentityHashMap<>();
        for (Func f : funcs) if (f.decl != null && f.decl.body != null) bodies.put(f, f.decl.body);
        imports.reportUnused();
        List<VarInit> ordered = InitOrder.order(this, varInits, bodies);
        varInits.clear();
        varInits.addAll(ordered);
    }

    /**
     * gc's size check, which follows type checking (so it runs only on a package without errors):
     * an array type of {@link Sizes#MAX_WIDTH} bytes or more is reported once, at the first
     * declared type or variable (not field), in source order, whose type holds it. Each defined
     * type is looked into once.
     */
    private void reportLargeTypes() {
        List<Obj> decls = new ArrayList<>();
        for (Obj o : info.defs.values()) {
            if (o instanceof TypeName tn && !(tn.type instanceof Named nt && nt.isGeneric()) || o instanceof Var v && !v.isField) decls.add(o);
        }
        java.util.Set<Type> seen = new java.util.HashSet<>();
        if (decls.stream().noneMatch(o -> Sizes.tooLarge(o.type(), seen) != null)) return; // the usual case, in any order
        decls.sort(java.util.Comparator.comparing(Obj::pos));
        seen.clear();
        for (Obj o : decls) {
            Array a = Sizes.tooLarge(o.type(), seen);
            if (a != null) error(o.pos(), "type " + a + " larger than address space");
        }
    }

    /** Checks that need complete types, waiting until the types being declared are resolved. */
    private final List<Runnable> delayed = new ArrayList<>();

    /** Runs {@code check} once the package's types (or, inside a function, its local types) are resolved. */
    void later(Runnable check) { delayed.add(check); }

    private void processDelayed() {
        for (int i = 0; i < delayed.size(); i++) delayed.get(i).run();
        delayed.clear();
    }

    /** Channel types written in the package, with where, to check their element sizes once all types are resolved. */
    private final List<Map.Entry<Pos, Chan>> chanTypes = new ArrayList<>();

    /** Records channel type {@code c} written at {@code pos} for {@link #checkChanElemSizes}. */
    void chanType(Pos pos, Chan c) { chanTypes.add(Map.entry(pos, c)); }

    /** gc's implementation restriction: a channel's element type is smaller than 64kB. */
    private void checkChanElemSizes() {
        for (Map.Entry<Pos, Chan> e : chanTypes) {
            long size = Sizes.sizeof(e.getValue().elem());
            if (size < 0 || size >= 1 << 16) error(e.getKey(), "channel element type too large (>64kB)");
        }
        chanTypes.clear();
    }

    // ---- package-level declarations ----

    private void collect(File f) {
        Scope fileScope = new Scope(pkg.scope());
        for (Decl d : f.decls) {
            if (d instanceof ImportDecl imp && "embed".equals(Imports.path(imp.path))) embedFiles.add(f.pos().filename());
        }
        for (Decl d : f.decls) {
            fileScopes.put(d, fileScope);
            switch (d) {
                case ImportDecl imp -> imports.declare(imp, fileScope);
                case ConstDecl c -> {
                    constSource(c);
                    for (Name n : c.names) declarePackageObj(n, new Const(n.pos(), pkg, n.value, Universe.INVALID), c);
                }
                case VarDecl v -> {
                    checkEmbed(v, false);
                    List<Var> vars = new ArrayList<>();
                    for (Name n : v.names) {
                        Var var = new Var(n.pos(), pkg, n.value, Universe.INVALID, true);
                        vars.add(var);
                        declarePackageObj(n, var, v);
                    }
                    varInits.add(new VarInit(vars, v.type, v.values));
                }
                case TypeDecl t -> {
                    if (!t.tparams.isEmpty()) verifyVersion(t.tparams.getFirst().name.pos(), 18, "type parameter");
                    TypeName tn = new TypeName(t.name.pos(), pkg, t.name.value, Universe.INVALID);
                    if (!t.alias) tn.type = new Named(tn);
                    if (!t.tparams.isEmpty() && !t.alias) generics.genericTypes.add((Named) tn.type);
                    info.defs.put(t.name, tn);
                    if (mayDeclare(t.name)) declare(pkg.scope(), t.name, tn);
                    typeDecls.put(tn, t);
                }
                case FuncDecl fd -> {
                    if (fd.recv != null) {
                        Func fn = new Func(fd.name.pos(), pkg, fd.name.value, Universe.INVALID);
                        fn.decl = fd;
                        fn.nointerface = fieldTrack && fd.pragma != null && fd.pragma.has("go:nointerface");
                        info.defs.put(fd.name, fn);
                        methodDecls.add(fn);
                        funcs.add(fn);
                        continue;
                    }
                    Func fn = new Func(fd.name.pos(), pkg, fd.name.value, Universe.INVALID);
                    fn.decl = fd;
                    info.defs.put(fd.name, fn);
                    if (!fd.tparams.isEmpty()) verifyVersion(fd.tparams.getFirst().name.pos(), 18, "type parameter");
                    if (!fd.tparams.isEmpty() && (fd.name.value.equals("init") || fd.name.value.equals("main") && pkg.name().equals("main"))) {
                        error(fd.name.pos(), "func " + fd.name.value + " must have no type parameters");
                    }
                    if (fd.name.value.equals("init") || fd.name.value.equals("_")) {
                        if (fd.name.value.equals("init") && (!fd.type.params.isEmpty() || !fd.type.results.isEmpty())) {
                            error(fd.name.pos(), "func init must have no arguments and no return values");
                        }
                    } else if (fd.name.value.equals("main") && pkg.name().equals("main")
                            && (!fd.type.params.isEmpty() || !fd.type.results.isEmpty())) {
                        error(fd.name.pos(), "func main must have no arguments and no return values");
                        declare(pkg.scope(), fd.name, fn);
                    } else {
                        declare(pkg.scope(), fd.name, fn);
                    }
                    funcs.add(fn);
                }
                default -> unsupported(d, d.getClass().getSimpleName());
            }
        }
    }

    private void declarePackageObj(Name n, Obj o, Decl d) {
        info.defs.put(n, o);
        if (!n.value.equals("_") && mayDeclare(n)) declare(pkg.scope(), n, o);
        pending.put(o, d);
    }

    /** Whether a package-level constant, variable or type may have name {@code n} (init, and main in package main, are functions). */
    private boolean mayDeclare(Name n) {
        if (n.value.equals("init") || n.value.equals("main") && pkg.name().equals("main")) {
            error(n.pos(), "cannot declare " + n.value + " - must be func");
            return false;
        }
        return true;
    }

    /**
     * Set while a concrete generic instance's body is checked: the generic body was checked
     * already, and what only the type arguments make impossible (a type assertion that can never
     * succeed) is not an error but fails at run time, as in gc.
     */
    boolean instanceMode;

    /** The scope in which package-level declaration {@code d}'s names are resolved. */
    Scope fileScope(Decl d) {
        Scope s = fileScopes.get(d);
        return s != null ? s : pkg.scope();
    }

    /** The function body being checked (FuncDecl, FuncLit, or the ForStmt of a range over a function), owner of the locals declared now. */
    Object currentFunc;

    /** Inserts {@code o} named {@code n} into {@code s}; false when it is not there (blank, or redeclared). */
    boolean declare(Scope s, Name n, Obj o) {
        if (o instanceof Var v && s != pkg.scope()) v.owner = currentFunc;
        if (n.value.equals("_")) return false;
        Obj prev = s.insert(o);
        if (prev != null) {
            error(n.pos(), n.value + " redeclared in this block\n\t" + prev.pos() + ": other declaration of " + n.value);
            return false;
        }
        return true;
    }

    private void checkPackageDecl(Obj o, Decl d) {
        if (o.type != Universe.INVALID || (o instanceof Const c && c.value != null)) return;
        switch (d) {
            case ConstDecl c -> checkConstSpec(c, pkg.scope(), false);
            case VarDecl v -> checkVarSpec(v, pkg.scope(), false);
            default -> { }
        }
    }

    /** Local types declared so far in the package (numbers their JVM names). */
    private int localTypes;
    /** The scope each local type declaration is resolved in. */
    private final Map<TypeName, Scope> localTypeScopes = new java.util.IdentityHashMap<>();

    /**
     * A type declaration in a function body: its name is in scope from the declaration on (so it
     * may refer to itself through pointers, slices …) and the type is resolved at once.
     */
    private void localTypeDecl(TypeDecl t) {
        if (!t.tparams.isEmpty()) { unsupported(t, "generic types"); return; }
        TypeName tn = new TypeName(t.name.pos(), pkg, t.name.value, Universe.INVALID);
        if (!t.alias) tn.type = new Named(tn, ++localTypes);
        info.defs.put(t.name, tn);
        declare(scope, t.name, tn);
        typeDecls.put(tn, t);
        localTypeScopes.put(tn, scope);
        resolveType(tn);
    }

    /**
     * If type name {@code tn} is being resolved and used again before any defined type is (a use
     * inside its own declaration that needs its type), reports gc's cycle error at the declaration
     * and returns true.
     */
    boolean selfReference(TypeName tn) {
        if (!resolvingTypes.contains(tn)) return false;
        for (TypeName inner : resolvingTypes.reversed()) { // a cycle through a defined type is valid
            if (inner == tn) break;
            if (inner.type instanceof Named) return false;
        }
        cycleError("invalid recursive type", List.of(tn));
        return true;
    }

    /** Generic aliases resolved to an invalid type (their error reported once). */
    private final java.util.Set<TypeName> invalidAliases = new java.util.HashSet<>();

    /** Resolves a declared type name's type (its underlying type, for a defined type). */
    void resolveType(TypeName tn) {
        TypeDecl d = typeDecls.get(tn);
        if (d == null || resolvingTypes.contains(tn) || invalidAliases.contains(tn)) return;
        if (d.alias ? tn.type != Universe.INVALID : tn.type instanceof Named n && n.underlying != null) return; // resolved (an alias to an instance: its type, whose underlying may still be unexpanded)
        resolvingTypes.add(tn);
        int savedDepth = exprs.interfaceDepth;
        exprs.interfaceDepth = 0; // literals of this declaration are not inside those of the one that uses it
        Scope saved = scope;
        scope = localTypeScopes.getOrDefault(tn, fileScope(d));
        if (!d.tparams.isEmpty() && tn.type instanceof Named g) {
            Scope ts = new Scope(scope);
            g.tparams = new ArrayList<>();
            generics.declareTypeParams(d.tparams, ts, g.tparams);
            scope = ts;
        } else if (!d.tparams.isEmpty()) { // a generic alias
            Scope ts = new Scope(scope);
            tn.aliasTparams = generics.declareTypeParams(d.tparams, ts);
            scope = ts;
        }
        if (!(tn.type instanceof Named) && aliasedDefinedType(d.type) instanceof Named nt) {
            tn.type = nt; // so uses of the alias inside nt's declaration (a valid cycle) see it
        }
        Type t = exprs.typeExpr(d.type);
        exprs.interfaceDepth = savedDepth;
        if (tn.isGenericAlias() && t instanceof TypeParam) {
            error(goj.syntax.Syntax.startPos(d.type), "cannot use type parameter declared in alias declaration as RHS");
            t = Universe.INVALID;
            invalidAliases.add(tn);
        }
        scope = saved;
        resolvingTypes.remove(tn);
        if (!d.alias && tn.type instanceof Named n) { // (an alias of a defined type may denote it already)
            if (t instanceof Named from && from.underlying == null && waitFor(from) != n
                    && (resolvingTypes.contains(from.obj()) || waitsFor.containsKey(from))) {
                // type T2 T1, reached from T1's declaration through a reference (T1 struct{ p *T2 }):
                // T2's underlying type is T1's, known when T1's declaration is resolved
                sameUnderlying.computeIfAbsent(from, k -> new ArrayList<>()).add(n);
                waitsFor.put(n, from);
                return;
            }
            Type u = t.underlying();
            if (u == null || t instanceof Named tnm && tnm.underlying == null) {
                error(d.name.pos(), "invalid recursive type " + d.name.value);
                u = Universe.INVALID;
            }
            setUnderlying(n, u);
        } else {
            tn.type = t;
        }
    }

    /** Defined types whose underlying type is that of a type still being resolved, by that type. */
    private final Map<Named, List<Named>> sameUnderlying = new HashMap<>();
    /** The inverse of sameUnderlying. */
    private final Map<Named, Named> waitsFor = new HashMap<>();

    /** The type whose resolution {@code n}'s underlying type waits for (n itself if none). */
    private Named waitFor(Named n) {
        while (waitsFor.get(n) instanceof Named m) n = m;
        return n;
    }

    /** Sets {@code n}'s underlying type, checks that n does not contain itself, and sets those of the types waiting for it. */
    private void setUnderlying(Named n, Type u) {
        n.underlying = u;
        List<Named> cycle = new ArrayList<>();
        if (containsByValue(u, n, cycle, new java.util.HashSet<>())) {
            cycle.addFirst(n);
            invalidRecursiveType(cycle);
        }
        List<Named> waiting = sameUnderlying.remove(n);
        if (waiting != null) {
            for (Named w : waiting) {
                waitsFor.remove(w);
                setUnderlying(w, n.underlying);
            }
        }
    }

    /**
     * The defined (non-generic) type that alias right-hand side {@code rhs} names in the current
     * scope, if it is just a type name, or null. An alias of a defined type denotes it before its
     * underlying type is known.
     */
    private Type aliasedDefinedType(Expr rhs) {
        while (rhs instanceof goj.syntax.ParenExpr p) rhs = p.x;
        if (rhs instanceof Name n && scope.lookupParent(n.value) instanceof TypeName t && t.type instanceof Named nt && !nt.isGeneric()) return nt;
        return null;
    }

    /**
     * Whether values of type {@code t} contain a value of {@code target} (through struct fields and
     * array elements, not through references); {@code path} collects the defined types on the way.
     */
    private static boolean containsByValue(Type t, Named target, List<Named> path, java.util.Set<Type> seen) {
        if (t == target) return true;
        if (t instanceof Named n) {
            if (n.underlying == null || !seen.add(n)) return false;
            path.add(n);
            if (containsByValue(n.underlying, target, path, seen)) return true;
            path.removeLast();
            return false;
        }
        return switch (t) {
            case Struct st -> st.fields().stream().anyMatch(f -> containsByValue(f.type(), target, path, seen));
            case Array a -> containsByValue(a.elem(), target, path, seen);
            default -> false;
        };
    }

    /** Reports a defined type that contains itself, as gc does, and makes the types of the cycle invalid. */
    private void invalidRecursiveType(List<Named> cycle) {
        cycleError("invalid recursive type", fromFirstInSource(cycle.stream().map(Named::obj).toList()));
        for (Named n : cycle) n.underlying = Universe.INVALID;
    }

    /**
     * Reports {@code cycle} (each object refers to the next, the last to the first) as gc does,
     * from its first element: "WHAT: x refers to itself", or "WHAT for x" (for a type: "WHAT x")
     * followed by the references one per line with their positions.
     */
    void cycleError(String what, List<? extends Obj> cycle) {
        Obj first = cycle.getFirst();
        if (cycle.size() == 1) {
            error(first.pos(), what + ": " + first.name() + " refers to itself");
            return;
        }
        StringBuilder msg = new StringBuilder(what + (first instanceof TypeName ? " " : " for ") + first.name());
        for (int k = 0; k < cycle.size(); k++) {
            Obj from = cycle.get(k), to = cycle.get((k + 1) % cycle.size());
            msg.append("\n\t").append(from.pos()).append(": ").append(from.name()).append(" refers to ").append(to.name());
        }
        error(first.pos(), msg.toString());
    }

    /** {@code cycle} rotated to start at its first object in source order (where gc reports it). */
    private static <T extends Obj> List<T> fromFirstInSource(List<T> cycle) {
        int start = 0;
        for (int i = 1; i < cycle.size(); i++) if (cycle.get(i).pos().compareTo(cycle.get(start).pos()) < 0) start = i;
        List<T> out = new ArrayList<>(cycle.subList(start, cycle.size()));
        out.addAll(cycle.subList(0, start));
        return out;
    }

    /**
     * Reports the receiver base type {@code rt} of method {@code fd}, which is not a defined type
     * of this package, as types2's validRecv does: methods cannot be declared on another
     * package's types or on basic types, nor on other types.
     */
    private void invalidReceiver(FuncDecl fd, Expr rt, boolean ptr) {
        Scope saved = scope;
        scope = fileScope(fd);
        Type t = exprs.typeExpr(rt);
        scope = saved;
        if (t == Universe.INVALID) return;
        if (t instanceof Named || t instanceof Basic) {
            error(goj.syntax.Syntax.startPos(rt), "cannot define new methods on non-local type " + t);
        } else {
            error(goj.syntax.Syntax.startPos(rt), "invalid receiver type " + (ptr ? "*" : "") + t);
        }
    }

    /** The files (by name) that import package embed. */
    private final java.util.Set<String> embedFiles = new java.util.HashSet<>();

    /**
     * gc's rules for {@code //go:embed} directives on var declaration {@code d}, reported at each
     * directive: the file imports "embed", and the declaration is of one package-level variable
     * with a type and no initializer.
     */
    private void checkEmbed(VarDecl d, boolean withinFunc) {
        if (d.pragma == null || !d.pragma.has("go:embed")) return;
        String why = !embedFiles.contains(d.pos().filename()) ? "go:embed only allowed in Go files that import \"embed\""
                : d.names.size() > 1 ? "go:embed cannot apply to multiple vars"
                : d.values != null ? "go:embed cannot apply to var with initializer"
                : d.type == null ? "go:embed cannot apply to var without type"
                : withinFunc ? "go:embed cannot apply to var inside func"
                : null;
        if (why != null) for (goj.syntax.Directive e : d.pragma.all("go:embed")) error(e.pos(), why);
    }

    /** The interface literals of the package not written inside another, with their positions (in source order per declaration). */
    private final List<Map.Entry<Pos, Interface>> interfaceLiterals = new ArrayList<>();

    /** Records interface literal {@code i} at {@code pos}, written in no other interface literal. */
    void outerInterfaceLiteral(Pos pos, Interface i) { interfaceLiterals.add(Map.entry(pos, i)); }

    /** gc's check, after type checking, for interface literals that refer to themselves (go.dev/issue/56103). */
    private void reportAnonymousCycles() {
        List<Map.Entry<Pos, Interface>> lits = new ArrayList<>(interfaceLiterals);
        lits.sort(Map.Entry.comparingByKey());
        AnonymousCycles finder = new AnonymousCycles();
        for (Map.Entry<Pos, Interface> e : lits) {
            if (finder.hasCycle(e.getValue())) {
                error(e.getKey(), "invalid recursive type: anonymous interface refers to itself (see https://go.dev/issue/56103)");
                finder.reported();
            }
        }
    }

    /** Named types being embedded by the interfaces being completed, outermost first. */
    private final List<Named> embedding = new ArrayList<>();
    /** For each interface being completed: how many of {@link #embedding} were there when it began. */
    private final Map<Interface, Integer> completionStart = new java.util.IdentityHashMap<>();

    /** Runs {@code completion}, the completion of interface {@code i} (for {@link #embeddingCycle}). */
    void completing(Interface i, Runnable completion) {
        completionStart.put(i, embedding.size());
        try {
            completion.run();
        } finally {
            completionStart.remove(i);
        }
    }

    /** Runs {@code embed}, which embeds named type {@code n} in an interface being completed. */
    void embedding(Named n, Runnable embed) {
        embedding.add(n);
        try {
            embed.run();
        } finally {
            embedding.removeLast();
        }
    }

    /** Reports the cycle of embeddings that leads back to interface {@code i}, being completed. */
    void embeddingCycle(Interface i) {
        List<Named> cycle = embedding.subList(completionStart.getOrDefault(i, 0), embedding.size());
        if (!cycle.isEmpty()) cycleError("invalid recursive type", fromFirstInSource(cycle.stream().map(Named::obj).toList()));
    }

    /**
     * If {@code e} names an alias whose declaration is being resolved (an interface embeds it
     * inside its own declaration), reports the defined types of that cycle, as types2 does.
     */
    void aliasEmbeddingCycle(Expr e) {
        if (!(e instanceof Name n) || !(scope.lookupParent(n.value) instanceof TypeName tn) || tn.type instanceof Named
                || !resolvingTypes.contains(tn)) return;
        List<TypeName> cycle = new ArrayList<>();
        boolean after = false;
        for (TypeName t : resolvingTypes) {
            if (t == tn) after = true;
            else if (after && t.type instanceof Named) cycle.add(t);
        }
        if (!cycle.isEmpty()) cycleError("invalid recursive type", fromFirstInSource(cycle));
    }

    /** Finds a method's receiver base type and records the method in its method set. */
    private void associateMethod(Func m) {
        FuncDecl fd = m.decl;
        Expr rt = fd.recv.type;
        while (rt instanceof goj.syntax.ParenExpr p) rt = p.x;
        if (rt instanceof goj.syntax.Operation op && op.op == Operator.MUL && op.y == null) {
            m.ptrRecv = true;
            rt = op.x;
            while (rt instanceof goj.syntax.ParenExpr p) rt = p.x;
        }
        goj.syntax.IndexExpr rix = rt instanceof goj.syntax.IndexExpr ix ? ix : null;
        if (rix != null) rt = rix.x;
        if (!(rt instanceof Name base) || !(pkg.scope().lookup(base.value) instanceof TypeName tn)
                || !(tn.type instanceof Named n) || n.obj().pkg() != pkg) {
            invalidReceiver(fd, rt, m.ptrRecv);
            m.type = Universe.INVALID;
            return;
        }
        info.uses.put(base, tn);
        if (n.underlying() instanceof Pointer || n.underlying() instanceof Interface) {
            error(rt.pos(), "invalid receiver type " + base.value + " (pointer or interface type)");
            return;
        }
        if (rix != null && !n.isGeneric()) {
            error(rt.pos(), base.value + " is not a generic type");
            return;
        }
        if (rix == null && n.isGeneric()) {
            error(rt.pos(), "cannot use generic type " + base.value + " without instantiation");
            return;
        }
        if (rix != null) {
            // the receiver declares the method's own type parameters, constrained like the type's
            List<Name> names = Generics.receiverTypeParamNames(fd);
            if (names.size() != n.tparams().size()) {
                error(rix.pos(), "receiver declares " + names.size() + " type parameters, but receiver base type declares " + n.tparams().size());
                return;
            }
            Scope ts = new Scope(fileScope(fd));
            List<TypeParam> tps = new ArrayList<>();
            for (Name pn : names) {
                TypeName ptn = new TypeName(pn.pos(), pkg, pn.value, Universe.INVALID);
                TypeParam tp = new TypeParam(ptn, tps.size());
                ptn.type = tp;
                info.defs.put(pn, ptn);
                declare(ts, pn, ptn);
                tps.add(tp);
            }
            Subst toMethod = new Subst(n.tparams(), new ArrayList<Type>(tps));
            for (int i = 0; i < tps.size(); i++) tps.get(i).constraint = toMethod.apply(n.tparams().get(i).constraint());
            m.rtparams = tps;
            generics.tparamScopes.put(m, ts);
        }
        if (!fd.tparams.isEmpty()) { // a generic method (Go 1.27): its own type parameters inside the receiver's
            Scope ms = new Scope(generics.tparamScopes.getOrDefault(m, fileScope(fd)));
            m.tparams = generics.declareTypeParams(fd.tparams, ms);
            generics.tparamScopes.put(m, ms);
        }
        m.recvBase = n;
        signatureOf(m); // now: method sets are consulted (interface satisfaction) before bodies are checked
        Map<String, Func> ms = n.methods;
        if (!fd.name.value.equals("_") && ms.putIfAbsent(fd.name.value, m) != null) {
            Func prev = ms.get(fd.name.value);
            error(fd.name.pos(), "method " + n.obj().name() + "." + fd.name.value + " already declared at " + prev.pos());
            return;
        }
        if (n.underlying() instanceof Struct st && st.indexOf(fd.name.value) >= 0) {
            error(fd.name.pos(), "field and method with the same name " + fd.name.value);
        }
    }

    /** The signature a function type denotes (parameters and results declared in no scope). */
    Signature signature(goj.syntax.FuncType ft) {
        List<Var> params = new ArrayList<>(), results = new ArrayList<>();
        boolean variadic = false;
        for (Field p : ft.params) {
            Type t;
            if (p.type instanceof goj.syntax.DotsType d) {
                t = new Slice(exprs.typeExpr(d.elem));
                variadic = true;
            } else {
                t = exprs.typeExpr(p.type);
            }
            params.add(new Var(p.pos(), pkg, p.name == null ? "" : p.name.value, t, false));
        }
        for (Field r : ft.results) results.add(new Var(r.pos(), pkg, r.name == null ? "" : r.name.value, exprs.typeExpr(r.type), false));
        return new Signature(new Tuple(params), new Tuple(results), variadic);
    }

    /**
     * The signature of a function type written as a type (a func type or an interface method),
     * whose parameter and result names must be distinct as those of a function body are (where
     * declaring them in the body's scope reports a duplicate).
     */
    Signature funcType(goj.syntax.FuncType ft) {
        Signature s = signature(ft);
        Scope names = new Scope(null);
        for (Field p : ft.params) if (p.name != null) declare(names, p.name, new Var(p.name.pos(), pkg, p.name.value, Universe.INVALID, false));
        for (Field r : ft.results) if (r.name != null) declare(names, r.name, new Var(r.name.pos(), pkg, r.name.value, Universe.INVALID, false));
        return s;
    }

    /** Resolves a package-level object on first use (constants and variables may be used before their declaration). */
    void resolve(Obj o) {
        Decl d = pending.get(o);
        // a declaration that refers to itself stays invalid here; InitOrder reports the cycle
        if (d == null || o.type != Universe.INVALID) return;
        int at = resolving.indexOf(o);
        if (at >= 0) {
            if (o instanceof Const) cycleError("initialization cycle", fromFirstInSource(resolving.subList(at, resolving.size())));
            return;
        }
        resolving.add(o);
        Scope saved = scope;
        Pos savedErrpos = errpos;
        scope = fileScope(d);
        errpos = null;
        checkPackageDecl(o, d);
        scope = saved;
        errpos = savedErrpos;
        resolving.removeLast();
    }

    /** Functions whose declared signatures are being checked (for {@link #signatureOf}). */
    private final java.util.Set<Func> signing = new java.util.HashSet<>();

    /** Package-level objects whose declarations are being checked, outermost first (for {@link #resolve}). */
    private final List<Obj> resolving = new ArrayList<>();

    // ---- const and var specs ----

    private ConstDecl lastConstWithValues;
    /** Each constant spec's source of values and type: itself, or the last spec of its group with values. */
    private final Map<ConstDecl, ConstDecl> constSources = new java.util.IdentityHashMap<>();

    /** Records {@code c}'s source spec; specs must come in source order. */
    private ConstDecl constSource(ConstDecl c) {
        ConstDecl src = c;
        if (c.values == null && c.type == null && lastConstWithValues != null && lastConstWithValues.group == c.group && c.group != null) {
            src = lastConstWithValues;
        } else {
            lastConstWithValues = c;
        }
        constSources.put(c, src);
        return src;
    }

    private void checkConstSpec(ConstDecl c, Scope s, boolean local) {
        // package-level specs may be checked out of order (a constant used before its declaration)
        ConstDecl src = local ? constSource(c) : constSources.get(c);
        Type typ = src.type != null ? exprs.typeExpr(src.type) : null;
        if (typ != null && typ != Universe.INVALID && !(typ.underlying() instanceof Basic tb && (tb.isBoolean() || tb.isNumeric() || tb.isString()))) {
            error(goj.syntax.Syntax.startPos(src.type), "invalid constant type " + typ);
            typ = Universe.INVALID;
        }
        List<Expr> values = list(src.values);
        for (int i = 0; i < c.names.size(); i++) {
            Name n = c.names.get(i);
            Const obj = local ? new Const(n.pos(), pkg, n.value, Universe.INVALID) : (Const) info.defs.get(n);
            if (typ == Universe.INVALID) {
                obj.type = Universe.INVALID;
                obj.value = Constant.of(0);
                if (local) {
                    info.defs.put(n, obj);
                    declare(s, n, obj);
                }
                continue;
            }
            if (i >= values.size()) {
                error(n.pos(), "missing init expr for const declaration");
                obj.type = Universe.INVALID;
                obj.value = Constant.of(0);
            } else {
                Expr value = values.get(i);
                Pos savedErrpos = errpos;
                if (src != c) errpos = n.pos();
                Operand x = exprs.withIota(c.iota, () -> exprs.expr(value));
                if (!x.invalid() && x.mode != Mode.CONSTANT) {
                    error(x.expr.pos(), exprs.describe(x) + " is not constant");
                    x.invalidate();
                }
                if (!x.invalid() && typ != null) exprs.assignment(x, typ, "constant declaration");
                errpos = savedErrpos;
                obj.type = x.type;
                obj.value = x.invalid() ? Constant.of(0) : x.value;
            }
            if (local) {
                info.defs.put(n, obj);
                declare(s, n, obj);
            }
        }
        if (values.size() > c.names.size() && src == c) {
            error(values.get(c.names.size()).pos(), "extra init expr");
        }
    }

    private void checkVarSpec(VarDecl v, Scope s, boolean local) {
        Type typ = v.type != null ? exprs.typeExpr(v.type) : null;
        List<Expr> values = list(v.values);
        List<Var> vars = new ArrayList<>();
        for (Name n : v.names) {
            Var var = local ? new Var(n.pos(), pkg, n.value, Universe.INVALID, false) : (Var) info.defs.get(n);
            vars.add(var);
        }
        if (values.isEmpty()) {
            for (Var var : vars) var.type = typ == null ? Universe.INVALID : typ;
        } else if (values.size() == vars.size()) { // each variable its own value (a multi-value call is an error)
            for (int i = 0; i < vars.size(); i++) vars.get(i).type = initVar(exprs.expr(values.get(i), typ), typ, "variable declaration");
        } else if (values.size() == 1) {
            List<Operand> xs = exprs.exprList(values, vars.size(), v.names.get(0), null,
                    typ == null ? null : java.util.Collections.nCopies(vars.size(), typ));
            for (int i = 0; i < vars.size(); i++) {
                vars.get(i).type = xs == null ? (typ == null ? Universe.INVALID : typ) : initVar(xs.get(i), typ, vars.size() > 1 ? "multiple assignment" : "variable declaration");
            }
        } else { // types2's arity check
            for (int i = 0; i < vars.size(); i++) {
                vars.get(i).type = i < values.size() ? initVar(exprs.expr(values.get(i), typ), typ, "variable declaration") : typ == null ? Universe.INVALID : typ;
            }
            if (vars.size() < values.size()) error(goj.syntax.Syntax.startPos(values.get(vars.size())), "extra init expr " + values.get(vars.size()));
            else error(v.names.get(values.size()).pos(), "missing init expr for " + v.names.get(values.size()).value);
        }
        if (local) {
            for (int i = 0; i < vars.size(); i++) {
                Name n = v.names.get(i);
                info.defs.put(n, vars.get(i));
                if (declare(s, n, vars.get(i))) locals.add(vars.get(i));
            }
        }
    }

    /** The type a variable initialized with {@code x} gets (declared type {@code typ} or x's default type). */
    private Type initVar(Operand x, Type typ, String ctx) {
        if (x.invalid()) return typ == null ? Universe.INVALID : typ;
        if (typ == null) {
            if (x.type == Universe.UNTYPED_NIL) {
                error(goj.syntax.Syntax.startPos(x.expr), "use of untyped nil in " + ctx);
                return Universe.INVALID;
            }
            typ = Universe.defaultType(x.type);
        }
        exprs.assignment(x, typ, ctx);
        return typ;
    }

    static List<Expr> list(Expr e) {
        if (e == null) return List.of();
        if (e instanceof ListExpr l) return l.elems;
        return List.of(e);
    }

    // ---- function bodies ----

    private void checkFuncBody(Func f) {
        FuncDecl fd = f.decl;
        currentFunc = fd;
        if (f.type == Universe.INVALID && f.isMethod() == false && fd.recv != null) return;
        Signature declared = signatureOf(f);
        Scope fscope = new Scope(generics.tparamScopes.getOrDefault(f, fileScope(fd)));
        scope = fscope;
        List<Var> params = new ArrayList<>(), results = new ArrayList<>();
        if (fd.recv != null) {
            Named base = f.recvBase.isGeneric() ? Named.instantiate(f.recvBase, new ArrayList<Type>(f.rtparams)) : f.recvBase;
            f.recv = param(fd.recv, f.ptrRecv ? new Pointer(base) : base, fscope);
        }
        for (int i = 0; i < fd.type.params.size(); i++) params.add(param(fd.type.params.get(i), declared.params().at(i).type(), fscope));
        for (int i = 0; i < fd.type.results.size(); i++) results.add(param(fd.type.results.get(i), declared.results().at(i).type(), fscope));
        f.type = sig = new Signature(new Tuple(params), new Tuple(results), declared.variadic());
        if (fd.body == null) {
            if (fd.recv == null && fd.name.value.equals("init")) error(fd.name.pos(), "func init must have a body");
            else if (complete && !linknamed.contains(fd.name.value)) error(fd.name.pos(), "missing function body");
        } else {
            if (fd.pragma != null && fd.pragma.has("go:noescape")) error(fd.name.pos(), "can only use //go:noescape with external func implementations");
            locals.clear();
            stmts(fd.body.stmts);
            if (!results.isEmpty() && !new Terminating(info).isTerminating(fd.body)) {
                error(fd.body.rbrace, "missing return");
            }
            for (Var v : locals) if (!v.used) error(v.pos(), "declared and not used: " + v.name());
        }
        scope = pkg.scope();
    }

    private Var param(Field p, Type t, Scope s) {
        String name = p.name == null ? "" : p.name.value;
        Var v = new Var(p.name == null ? p.pos() : p.name.pos(), pkg, name, t, false);
        v.used = true;
        if (p.name != null) {
            info.defs.put(p.name, v);
            declare(s, p.name, v);
        }
        return v;
    }

    /** Checks a function literal's body in the current scope (its free variables are captured). */
    Signature funcLit(goj.syntax.FuncLit lit) {
        Signature declared = signature(lit.type);
        Object savedFunc = currentFunc;
        Signature savedSig = sig;
        currentFunc = lit;
        openScope();
        List<Var> params = new ArrayList<>(), results = new ArrayList<>();
        for (int i = 0; i < lit.type.params.size(); i++) params.add(param(lit.type.params.get(i), declared.params().at(i).type(), scope));
        for (int i = 0; i < lit.type.results.size(); i++) results.add(param(lit.type.results.get(i), declared.results().at(i).type(), scope));
        Signature s = new Signature(new Tuple(params), new Tuple(results), declared.variadic());
        sig = s;
        stmts(lit.body.stmts);
        if (!results.isEmpty() && !new Terminating(info).isTerminating(lit.body)) error(lit.body.rbrace, "missing return");
        closeScope();
        sig = savedSig;
        currentFunc = savedFunc;
        return s;
    }

    /**
     * Checks concrete generic instance {@code f}'s body into its own Info, in scope {@code bind}
     * where each type parameter name denotes its type argument. Unused variables and missing
     * returns were reported for the generic declaration already.
     */
    void checkInstanceBody(Func f, Scope bind) {
        FuncDecl fd = f.decl;
        Info savedInfo = info;
        Scope savedScope = scope;
        Signature savedSig = sig;
        Object savedFunc = currentFunc;
        List<Var> savedLocals = new ArrayList<>(locals);
        info = f.bodyInfo;
        currentFunc = fd;
        scope = bind;
        instanceMode = true;
        Signature declared = signature(fd.type);
        Scope fscope = new Scope(bind);
        scope = fscope;
        if (fd.recv != null) f.recv = param(fd.recv, f.ptrRecv ? new Pointer(f.recvBase) : f.recvBase, fscope);
        List<Var> params = new ArrayList<>(), results = new ArrayList<>();
        for (int i = 0; i < fd.type.params.size(); i++) params.add(param(fd.type.params.get(i), declared.params().at(i).type(), fscope));
        for (int i = 0; i < fd.type.results.size(); i++) results.add(param(fd.type.results.get(i), declared.results().at(i).type(), fscope));
        f.type = sig = new Signature(new Tuple(params), new Tuple(results), declared.variadic());
        if (fd.body != null) stmts(fd.body.stmts);
        instanceMode = false;
        info = savedInfo;
        scope = savedScope;
        sig = savedSig;
        currentFunc = savedFunc;
        locals.clear();
        locals.addAll(savedLocals);
    }

    /** The concrete instances of generic functions and methods, each with its checked body ({@link Func#bodyInfo}). */
    public List<Func> instances() { return generics.instances; }

    /** The concrete instances of the package's generic types (their methods are among {@link #instances()}). */
    public List<Named> typeInstances() { return generics.typeInstances; }

    /** Function {@code f}'s declared signature (checked on first need: calls may precede the body). */
    Signature signatureOf(Func f) {
        if (f.type instanceof Signature s) return s;
        if (!signing.add(f)) return new Signature(Tuple.EMPTY, Tuple.EMPTY, false); // its own signature names it (bad code)
        Scope saved = scope;
        scope = generics.tparamScopes.getOrDefault(f, fileScope(f.decl));
        if (f.decl != null && !f.decl.tparams.isEmpty() && f.decl.recv == null && !generics.tparamScopes.containsKey(f)) {
            Scope ts = new Scope(fileScope(f.decl));
            generics.tparamScopes.put(f, ts);
            f.tparams = generics.declareTypeParams(f.decl.tparams, ts);
            scope = ts;
        }
        Signature s = signature(f.decl.type);
        signing.remove(f);
        scope = saved;
        f.type = s;
        return s;
    }

    private void stmts(List<Stmt> list) {
        for (Stmt s : list) stmt(s);
    }

    private void openScope() { scope = new Scope(scope); }
    private void closeScope() { scope = scope.parent(); }

    private void stmt(Stmt s) {
        switch (s) {
            case EmptyStmt e -> { }
            case ExprStmt e -> {
                Operand x = exprs.rawExpr(e.x);
                switch (x.mode) {
                    case INVALID -> { }
                    case BUILTIN -> error(goj.syntax.Syntax.startPos(e.x), exprs.describe(x) + " must be called");
                    case TYPEXPR -> error(goj.syntax.Syntax.startPos(e.x), exprs.describe(x) + " is not an expression");
                    default -> {
                        if (kind(e.x) != ExprKind.STATEMENT) error(goj.syntax.Syntax.startPos(e.x), exprs.describe(x) + " is not used");
                    }
                }
            }
            case BlockStmt b -> {
                openScope();
                stmts(b.stmts);
                closeScope();
            }
            case DeclStmt d -> {
                for (Decl decl : d.decls) {
                    switch (decl) {
                        case VarDecl v -> {
                            checkEmbed(v, true);
                            checkVarSpec(v, scope, true);
                        }
                        case ConstDecl c -> checkConstSpec(c, scope, true);
                        case TypeDecl t -> localTypeDecl(t);
                        default -> unsupported(decl, decl.getClass().getSimpleName());
                    }
                }
            }
            case AssignStmt a -> assign(a);
            case IfStmt i -> {
                openScope();
                if (i.init != null) stmt(i.init);
                Operand c = exprs.expr(i.cond);
                if (!c.invalid() && !(c.type.underlying() instanceof Basic b && b.isBoolean())) {
                    error(i.cond.pos(), "non-boolean condition in if statement");
                }
                stmt(i.then);
                if (i.els != null) stmt(i.els);
                closeScope();
            }
            case ForStmt f -> {
                if (f.init instanceof RangeClause rc) { rangeStmt(f, rc); return; }
                openScope();
                if (f.init != null) stmt(f.init);
                if (f.cond != null) {
                    Operand c = exprs.expr(f.cond);
                    if (!c.invalid() && !(c.type.underlying() instanceof Basic b && b.isBoolean())) {
                        error(f.cond.pos(), "non-boolean condition in for statement");
                    }
                }
                if (f.post != null) stmt(f.post);
                stmt(f.body);
                closeScope();
            }
            case ReturnStmt r -> {
                List<Expr> results = list(r.results);
                Tuple want = sig.results();
                if (results.isEmpty()) {
                    if (want.size() > 0 && want.at(0).name().isEmpty()) error(r.pos(), "not enough return values\n\thave ()\n\twant " + want);
                } else {
                    List<Operand> xs = exprs.exprList(results, want.size(), r, want,
                            want.vars().stream().map(Var::type).toList());
                    if (xs != null) {
                        for (int i = 0; i < xs.size(); i++) exprs.assignment(xs.get(i), want.at(i).type(), "return statement");
                    }
                }
            }
            case BranchStmt b -> { } // targets were checked by the parser (Syntax.CHECK_BRANCHES)
            case goj.syntax.LabeledStmt l -> stmt(l.stmt);
            case goj.syntax.SwitchStmt sw -> switchStmt(sw);
            case goj.syntax.SendStmt ss -> sendStmt(ss);
            case goj.syntax.SelectStmt sel -> {
                boolean seenDefault = false;
                for (goj.syntax.CommClause cc : sel.body) {
                    openScope();
                    if (cc.comm == null) {
                        if (seenDefault) error(cc.pos(), "multiple defaults in select");
                        seenDefault = true;
                    } else {
                        boolean ok = cc.comm instanceof goj.syntax.SendStmt
                                || cc.comm instanceof ExprStmt es && isRecv(es.x)
                                || cc.comm instanceof AssignStmt as && list(as.rhs).size() == 1 && isRecv(list(as.rhs).get(0));
                        if (!ok) { // such a clause is not checked further
                            error(cc.comm.pos(), "select case must be send or receive (possibly with assignment)");
                            closeScope();
                            continue;
                        }
                        stmt(cc.comm);
                    }
                    stmts(cc.body);
                    closeScope();
                }
            }
            case goj.syntax.CallStmt cs -> {
                String what = cs.tok == Token.DEFER ? "defer" : "go";
                Expr call = cs.call;
                while (call instanceof goj.syntax.ParenExpr p) call = p.x;
                if (!(call instanceof goj.syntax.CallExpr)) {
                    error(cs.call.pos(), "expression in " + what + " must be function call");
                    exprs.rawExpr(cs.call);
                    return;
                }
                Operand x = exprs.rawExpr(call);
                if (!x.invalid()) {
                    switch (kind(call)) {
                        case CONVERSION -> error(goj.syntax.Syntax.startPos(call), what + " requires function call, not conversion " + exprs.describe(x));
                        case EXPRESSION -> error(goj.syntax.Syntax.startPos(call), what + " discards result of " + exprs.describe(x));
                        case STATEMENT -> { }
                    }
                }
            }
            default -> unsupported(s, "statement " + s.getClass().getSimpleName());
        }
    }

    private void assign(AssignStmt a) {
        if (a.rhs == null) { // x++ / x--
            Operand x = exprs.expr(a.lhs);
            if (!x.invalid() && !(x.type.underlying() instanceof Basic b && b.isNumeric())) {
                error(a.lhs.pos(), "invalid operation: " + a.lhs + (a.op == Operator.ADD ? "++" : "--") + " (non-numeric type " + x.type + ")");
            }
            checkAssignable(x);
            return;
        }
        List<Expr> lhs = list(a.lhs), rhs = list(a.rhs);
        String ctx = lhs.size() > 1 ? "multiple assignment" : "assignment";
        if (a.op == Operator.DEF) {
            shortVarDecl(a, lhs, rhs, ctx);
            return;
        }
        if (a.op != null) { // x op= y
            Operand x = exprs.binary(a.lhs, a.rhs, a.op, a);
            Operand l = exprs.expr(a.lhs);
            checkAssignable(l);
            if (!x.invalid() && !l.invalid()) exprs.assignment(x, l.type, "assignment");
            return;
        }
        List<Operand> values = exprs.exprList(rhs, lhs.size(), a, null, assignedTypes(lhs));
        if (values == null) return;
        for (int i = 0; i < lhs.size(); i++) {
            if (lhs.get(i) instanceof Name n && n.value.equals("_")) {
                info.defs.put(n, null);
                Operand x = values.get(i);
                if (!x.invalid() && x.type == Universe.UNTYPED_NIL) {
                    error(goj.syntax.Syntax.startPos(x.expr), "use of untyped nil in " + (lhs.size() == 1 ? "assignment to _ identifier" : ctx));
                } else if (!x.invalid()) {
                    exprs.assignment(x, Universe.defaultType(x.type), ctx);
                }
                continue;
            }
            Operand l = exprs.lhsExpr(lhs.get(i));
            checkAssignable(l);
            if (!l.invalid()) exprs.assignment(values.get(i), l.type, ctx);
            else values.get(i).invalidate();
        }
    }


    /**
     * The types of the variables named on the left of an assignment, for inferring a generic
     * function's type arguments from them ({@code f = g}, Go 1.21); null for other operands, which
     * are checked after the right side.
     */
    private List<Type> assignedTypes(List<Expr> lhs) {
        List<Type> out = new ArrayList<>();
        for (Expr e : lhs) {
            Expr u = goj.syntax.Syntax.unparen(e);
            out.add(u instanceof Name n && !n.value.equals("_") && scope.lookupParent(n.value) instanceof Var v ? v.type() : null);
        }
        return out;
    }

    /** The yield function type of a range-over-func iterator {@code func(yield func(...) bool)}, or null. */
    private static Signature rangeFuncYield(Signature sig) {
        if (sig.params().size() != 1 || sig.results().size() != 0 || sig.variadic()) return null;
        if (!(sig.params().at(0).type().underlying() instanceof Signature y) || y.params().size() > 2 || y.variadic()) return null;
        return y.results().size() == 1 && y.results().at(0).type() == Universe.BOOL ? y : null;
    }

    /** Why {@code sig} is not a range-over-func iterator, in gc's words. */
    private static String rangeFuncProblem(Signature sig) {
        String bad = "func must be func(yield func(...) bool): ";
        if (sig.params().size() != 1) return bad + "wrong argument count";
        if (sig.results().size() != 0) return bad + "unexpected results";
        if (!(sig.params().at(0).type().underlying() instanceof Signature y)) return bad + "argument is not func";
        if (y.params().size() > 2) return bad + "yield func has too many parameters";
        if (y.results().size() != 1 || y.results().at(0).type() != Universe.BOOL) {
            return bad + (y.results().size() == 1 && y.results().at(0).type().underlying() == Universe.BOOL
                    ? "yield func returns user-defined boolean, not bool" : "yield func does not return bool");
        }
        return "yield func of type " + y + " cannot be variadic";
    }

    /** {@code for k, v := range x} over integers, strings, slices, arrays, maps, channels and functions. */
    private void rangeStmt(ForStmt f, RangeClause rc) {
        openScope();
        int rangeFuncVars = -1; // the iteration variables a range over a function permits
        Operand x = exprs.expr(rc.x);
        Type k = null, v = null;
        if (!x.invalid()) {
            String desc = exprs.describe(x);
            Pos at = goj.syntax.Syntax.startPos(rc.x);
            if (x.isUntyped() && x.type.underlying() instanceof Basic b && b.isNumeric()) exprs.convertUntyped(x, Universe.defaultType(x.type));
            String tooNew = x.type.underlying() instanceof Basic b && b.isInteger() ? versionProblem(at, 22)
                    : x.type.underlying() instanceof Signature ? versionProblem(at, 23) : null;
            if (tooNew != null) error(at, "cannot range over " + desc + ": " + tooNew);
            else switch (x.type.underlying()) {
                case Basic b when b.isInteger() -> k = x.type;
                case Basic b when b.isString() -> { k = Universe.INT; v = Universe.INT32; }
                case Slice sl -> { k = Universe.INT; v = sl.elem(); }
                case Array a -> { k = Universe.INT; v = a.elem(); }
                case Pointer p when p.elem().underlying() instanceof Array a -> { k = Universe.INT; v = a.elem(); }
                case MapType m -> { k = m.key(); v = m.elem(); }
                case Chan c -> {
                    k = c.elem();
                    if (!c.canRecv()) error(goj.syntax.Syntax.startPos(rc.x), "cannot range over " + exprs.describe(x) + ": receive from send-only channel " + x.type);
                }
                case Signature sig when rangeFuncYield(sig) instanceof Signature yield -> {
                    // range over a function (Go 1.23): the iteration variables are yield's parameters
                    if (yield.params().size() > 0) k = yield.params().at(0).type();
                    if (yield.params().size() > 1) v = yield.params().at(1).type();
                    rangeFuncVars = yield.params().size();
                }
                case Signature sig -> error(goj.syntax.Syntax.startPos(rc.x), "cannot range over " + exprs.describe(x) + ": " + rangeFuncProblem(sig));
                default -> unsupported(rc.x, "range over " + x.type);
            }
        }
        List<Expr> lhs = list(rc.lhs);
        Expr extra = lhs.size() > 2 ? lhs.get(2) : null; // one error for too many variables, the most specific
        if (extra != null) lhs = lhs.subList(0, 2);
        if (rangeFuncVars >= 0 && lhs.size() > rangeFuncVars) {
            error(lhs.get(rangeFuncVars).pos(), "range over " + exprs.describe(x) + " permits " + (rangeFuncVars == 0 ? "no iteration variables" : "only one iteration variable"));
            lhs = lhs.subList(0, rangeFuncVars);
        } else if (lhs.size() == 2 && v == null && k != null) {
            error(lhs.getLast().pos(), "range over " + exprs.describe(x) + " permits only one iteration variable");
        } else if (extra != null) {
            error(extra.pos(), "range clause permits at most two iteration variables");
        }
        // the body of a range over a function is compiled as the yield function: variables of the
        // enclosing function that it uses are captured, and those it declares are its own
        Object savedFunc = currentFunc;
        if (rangeFuncVars >= 0) currentFunc = f;
        Type[] types = {k, v};
        for (int i = 0; i < lhs.size() && i < 2; i++) {
            Expr l = lhs.get(i);
            Type t = types[i] == null ? Universe.INVALID : types[i];
            if (rc.def) {
                if (!(l instanceof Name n)) { error(l.pos(), "non-name " + l + " on left side of :="); continue; }
                Var var = new Var(n.pos(), pkg, n.value, t, false);
                var.used = t == Universe.INVALID; // an iteration variable without a type is not reported unused
                info.defs.put(n, var);
                if (declare(scope, n, var)) locals.add(var);
            } else if (!(l instanceof Name n && n.value.equals("_"))) {
                Operand lv = exprs.lhsExpr(l);
                checkAssignable(lv);
                if (!lv.invalid() && types[i] != null && !Types.assignable(t, lv.type)) {
                    error(l.pos(), "cannot use " + l + " (value of type " + t + ") as " + lv.type + " value in range");
                }
            }
        }
        stmt(f.body);
        currentFunc = savedFunc;
        closeScope();
    }

    /**
     * {@code switch v := x.(type) { case T1, T2: … }}: v is declared in every clause, with the
     * clause's type when it lists exactly one (an invalid one included, so a clause whose type
     * failed reports nothing more), else with x's type (invalid when x is not an interface).
     */
    private void typeSwitch(goj.syntax.SwitchStmt sw, goj.syntax.TypeSwitchGuard g) {
        openScope();
        if (sw.init != null) stmt(sw.init);
        Name lhs = g.lhs;
        if (lhs != null && lhs.value.equals("_")) { // _ := x.(type) declares nothing
            error(lhs.pos(), "no new variable on left side of :=");
            lhs = null;
        }
        Operand x = exprs.expr(g.x);
        Interface xi = null;
        if (!x.invalid()) {
            if (x.type instanceof TypeParam) error(g.x.pos(), "cannot use type switch on type parameter value " + exprs.describe(x));
            else if (x.type.underlying() instanceof Interface i) xi = i;
            else error(g.x.pos(), exprs.describe(x) + " is not an interface");
        }
        Type guardType = xi != null ? x.type : Universe.INVALID;
        List<Var> clauseVars = new ArrayList<>();
        boolean seenDefault = false;
        Map<Expr, Type> seen = new java.util.LinkedHashMap<>(); // a case's type, null for nil
        for (goj.syntax.CaseClause cc : sw.body) {
            if (cc.cases == null) {
                if (seenDefault) error(cc.pos(), "multiple defaults in switch");
                seenDefault = true;
            }
            List<Expr> cases = list(cc.cases);
            Type single = null;
            for (Expr e : cases) {
                Type t = null;
                if (e instanceof Name n && n.value.equals("nil") && scope.lookupParent("nil") instanceof Nil) {
                    info.uses.put(n, scope.lookupParent("nil"));
                    info.types.put(e, new TypeAndValue(Mode.VALUE, Universe.UNTYPED_NIL, null));
                } else {
                    t = exprs.typeExpr(e);
                }
                single = t;
                if (t == Universe.INVALID) continue;
                if (!instanceMode && duplicateCase(e, t, seen)) continue; // an instance may repeat a case its generic code had once
                seen.put(e, t);
                if (t != null && xi != null && !(t.underlying() instanceof Interface) && !(t instanceof TypeParam) && !instanceMode) {
                    String why = Lookup.missingMethod(t, xi);
                    if (why != null) error(goj.syntax.Syntax.startPos(e), "impossible type switch case: " + e + "\n\t" + exprs.describe(x) + " cannot have dynamic type " + t + " " + why);
                }
            }
            openScope();
            if (lhs != null) {
                Var v = new Var(lhs.pos(), pkg, lhs.value, cases.size() == 1 && single != null ? single : guardType, false);
                declare(scope, lhs, v);
                info.implicits.put(cc, v);
                clauseVars.add(v);
            }
            stmts(cc.body);
            closeScope();
        }
        if (lhs != null) {
            info.defs.put(lhs, null);
            if (clauseVars.stream().noneMatch(v -> v.used)) error(lhs.pos(), lhs.value + " declared and not used");
        }
        closeScope();
    }

    /** Reports {@code e} (of type {@code t}, null for nil) when an earlier case of the type switch has the same type. */
    private boolean duplicateCase(Expr e, Type t, Map<Expr, Type> seen) {
        if (instanceMode) return false; // type arguments may make cases equal: not an error (checked generically)
        for (Map.Entry<Expr, Type> prev : seen.entrySet()) {
            Type u = prev.getValue();
            if (t == null ? u == null : u != null && Types.identical(t, u)) {
                error(goj.syntax.Syntax.startPos(e), "duplicate case " + (t == null ? "nil" : qualify(t)) + " in type switch\n\t"
                        + goj.syntax.Syntax.startPos(prev.getKey()) + ": previous case");
                return true;
            }
        }
        return false;
    }

    private void switchStmt(goj.syntax.SwitchStmt sw) {
        if (sw.tag instanceof goj.syntax.TypeSwitchGuard g) {
            typeSwitch(sw, g);
            return;
        }
        openScope();
        if (sw.init != null) stmt(sw.init);
        Operand tag = null;
        if (sw.tag != null) {
            tag = exprs.expr(sw.tag);
            if (!tag.invalid() && tag.isUntyped()) exprs.convertUntyped(tag, Universe.defaultType(tag.type));
            if (!tag.invalid() && !Types.comparable(tag.type) && !Types.hasNil(tag.type)) {
                error(goj.syntax.Syntax.startPos(sw.tag), "cannot switch on " + exprs.describe(tag) + " (" + tag.type + " is not comparable)");
                tag.invalidate();
            }
        }
        boolean seenDefault = false;
        Map<Object, List<Operand>> seen = new java.util.HashMap<>();
        for (goj.syntax.CaseClause cc : sw.body) {
            if (cc.cases == null) {
                if (seenDefault) error(cc.pos(), "multiple defaults in switch");
                seenDefault = true;
            }
            for (Expr e : list(cc.cases)) {
                if (tag == null) {
                    Operand c = exprs.expr(e);
                    if (c.invalid()) continue;
                    if (c.isUntyped()) exprs.convertUntyped(c, Universe.BOOL);
                    if (!c.invalid() && !(c.type.underlying() instanceof Basic b && b.isBoolean())) {
                        error(e.pos(), "invalid case " + e + " in switch (mismatched types " + c.type + " and bool)");
                    }
                } else if (!tag.invalid()) {
                    Operand c = exprs.caseValue(e, tag);
                    if (!c.invalid() && c.mode == Mode.CONSTANT) duplicateCase(c, seen);
                }
            }
            openScope();
            stmts(cc.body);
            closeScope();
        }
        closeScope();
    }

    /** types2's kinds of checked expressions, for statement contexts. */
    private enum ExprKind { CONVERSION, EXPRESSION, STATEMENT }

    /**
     * The kind of checked expression {@code e}: calls of functions and of the builtins without a
     * result worth keeping (clear, close, copy, delete, panic, print, println, recover) and receive
     * operations may stand as statements; conversions and other expressions may not.
     */
    private ExprKind kind(Expr e) {
        while (e instanceof goj.syntax.ParenExpr p) e = p.x;
        if (isRecv(e)) return ExprKind.STATEMENT;
        if (!(e instanceof goj.syntax.CallExpr c)) return ExprKind.EXPRESSION;
        Expr f = c.fun;
        while (f instanceof goj.syntax.ParenExpr p) f = p.x;
        TypeAndValue tv = info.types.get(f);
        if (tv != null && tv.mode() == Mode.TYPEXPR) return ExprKind.CONVERSION;
        Obj o = f instanceof Name n ? info.uses.get(n) : f instanceof goj.syntax.SelectorExpr se ? info.uses.get(se.sel) : null;
        if (!(o instanceof Builtin b)) return ExprKind.STATEMENT;
        return switch (b.id) {
            case CLEAR, CLOSE, COPY, DELETE, PANIC, PRINT, PRINTLN, RECOVER -> ExprKind.STATEMENT;
            default -> ExprKind.EXPRESSION;
        };
    }

    /** Reports constant case value {@code c} if an earlier case of the switch has the same value and type; else records it. */
    private void duplicateCase(Operand c, Map<Object, List<Operand>> seen) {
        Object key = ConstKeys.caseKey(c.value);
        if (key == null || instanceMode) return;
        List<Operand> same = seen.computeIfAbsent(key, k -> new ArrayList<>());
        for (Operand prev : same) {
            if (Types.identical(prev.type, c.type)) {
                error(goj.syntax.Syntax.startPos(c.expr), "duplicate case " + exprs.describe(c) + " in expression switch\n\t"
                        + prev.expr.pos() + ": previous case");
                return;
            }
        }
        same.add(c);
    }

    private static boolean isRecv(Expr e) {
        while (e instanceof goj.syntax.ParenExpr p) e = p.x;
        return e instanceof goj.syntax.Operation op && op.op == Operator.RECV && op.y == null;
    }

    private void sendStmt(goj.syntax.SendStmt ss) {
        Operand ch = exprs.expr(ss.chan), v = exprs.expr(ss.value);
        if (ch.invalid() || v.invalid()) return;
        if (!(ch.type.underlying() instanceof Chan c)) {
            error(ss.pos(), "invalid operation: cannot send to non-channel " + exprs.describe(ch));
            return;
        }
        if (!c.canSend()) {
            error(ss.pos(), "invalid operation: cannot send to receive-only channel " + exprs.describe(ch));
            return;
        }
        exprs.assignment(v, c.elem(), "send");
    }

    /**
     * {@code a, b := x, y}: the left side is checked first (names only, each once, redeclared ones
     * variables); "no new variables" is reported only when the left side has no other error.
     */
    private void shortVarDecl(AssignStmt a, List<Expr> lhs, List<Expr> rhs, String ctx) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        Var[] redeclared = new Var[lhs.size()];
        Name[] fresh = new Name[lhs.size()];
        boolean anyNew = false, bad = false;
        for (int i = 0; i < lhs.size(); i++) {
            if (!(lhs.get(i) instanceof Name n)) {
                error(goj.syntax.Syntax.startPos(lhs.get(i)), "non-name " + lhs.get(i) + " on left side of :=");
                exprs.lhsExpr(lhs.get(i));
                bad = true;
                continue;
            }
            boolean blank = n.value.equals("_");
            if (!blank && !seen.add(n.value)) {
                error(n.pos(), n.value + " repeated on left side of :=");
                bad = true;
                continue;
            }
            Obj prev = blank ? null : scope.lookup(n.value);
            if (prev != null) {
                info.uses.put(n, prev);
                if (prev instanceof Var pv) redeclared[i] = pv;
                else { error(n.pos(), "cannot assign to " + n.value); bad = true; }
                continue;
            }
            fresh[i] = n;
            anyNew |= !blank;
        }
        List<Operand> values = exprs.exprList(rhs, lhs.size(), a, null, null);
        for (int i = 0; i < lhs.size(); i++) {
            Operand x = values == null ? null : values.get(i);
            if (redeclared[i] != null) {
                if (x != null) exprs.assignment(x, redeclared[i].type, ctx);
            } else if (fresh[i] != null) {
                Name n = fresh[i];
                Var v = new Var(n.pos(), pkg, n.value, x == null ? Universe.INVALID : initVar(x, null, ctx), false);
                v.used = x == null; // no "declared and not used" after a count mismatch
                info.defs.put(n, v);
                if (declare(scope, n, v) && x != null) locals.add(v);
            } else if (x != null) {
                initVar(x, null, ctx);
            }
        }
        if (values != null && !anyNew && !bad) error(a.pos(), "no new variables on left side of :=");
    }

    /** Reports {@code x} unless it may be assigned to: a variable or a map index expression. */
    private void checkAssignable(Operand x) {
        if (x.invalid() || x.mode == Mode.VARIABLE || x.mode == Mode.MAPINDEX) return;
        Expr e = x.expr;
        while (e instanceof goj.syntax.ParenExpr p) e = p.x;
        if (e instanceof goj.syntax.SelectorExpr sel && isMapIndex(sel.x)) {
            error(goj.syntax.Syntax.startPos(x.expr), "cannot assign to struct field " + x.expr + " in map");
        } else {
            error(goj.syntax.Syntax.startPos(x.expr), "cannot assign to " + x.expr + " (neither addressable nor a map index expression)");
        }
        x.invalidate();
    }

    private boolean isMapIndex(Expr e) {
        while (e instanceof goj.syntax.ParenExpr p) e = p.x;
        return e instanceof goj.syntax.IndexExpr ix && info.types.get(ix.x) instanceof TypeAndValue tv
                && tv.type().underlying() instanceof MapType;
    }

}
