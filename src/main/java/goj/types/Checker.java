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
    public record VarInit(List<Var> lhs, Expr rhs) {}

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

    /** Allows functions without bodies (implemented in assembly) when {@code complete} is false. */
    public void setComplete(boolean complete) { this.complete = complete; }

    /** The last error reported, for gc's rule that equal messages on one line are reported once. */
    private Diagnostic lastError;

    void error(Pos pos, String msg) {
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
        for (File f : files) {
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
        for (Func m : methodDecls) associateMethod(m);
        for (Obj o : pending.keySet()) resolve(o);
        for (Func f : funcs) checkFuncBody(f);
        if (errorCount == 0) generics.checkInstances();
        Map<Func, goj.syntax.Node> bodies = new java.util.IdentityHashMap<>();
        for (Func f : funcs) if (f.decl != null && f.decl.body != null) bodies.put(f, f.decl.body);
        imports.reportUnused();
        List<VarInit> ordered = InitOrder.order(this, varInits, bodies);
        varInits.clear();
        varInits.addAll(ordered);
    }

    // ---- package-level declarations ----

    private void collect(File f) {
        Scope fileScope = new Scope(pkg.scope());
        for (Decl d : f.decls) {
            fileScopes.put(d, fileScope);
            switch (d) {
                case ImportDecl imp -> imports.declare(imp, fileScope);
                case ConstDecl c -> {
                    constSource(c);
                    for (Name n : c.names) declarePackageObj(n, new Const(n.pos(), pkg, n.value, Universe.INVALID), c);
                }
                case VarDecl v -> {
                    List<Var> vars = new ArrayList<>();
                    for (Name n : v.names) {
                        Var var = new Var(n.pos(), pkg, n.value, Universe.INVALID, true);
                        vars.add(var);
                        declarePackageObj(n, var, v);
                    }
                    varInits.add(new VarInit(vars, v.values));
                }
                case TypeDecl t -> {
                    TypeName tn = new TypeName(t.name.pos(), pkg, t.name.value, Universe.INVALID);
                    if (!t.alias) tn.type = new Named(tn);
                    if (!t.tparams.isEmpty() && !t.alias) generics.genericTypes.add((Named) tn.type);
                    info.defs.put(t.name, tn);
                    declare(pkg.scope(), t.name, tn);
                    typeDecls.put(tn, t);
                }
                case FuncDecl fd -> {
                    if (fd.recv != null) {
                        Func fn = new Func(fd.name.pos(), pkg, fd.name.value, Universe.INVALID);
                        fn.decl = fd;
                        info.defs.put(fd.name, fn);
                        methodDecls.add(fn);
                        funcs.add(fn);
                        continue;
                    }
                    Func fn = new Func(fd.name.pos(), pkg, fd.name.value, Universe.INVALID);
                    fn.decl = fd;
                    info.defs.put(fd.name, fn);
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
        if (!n.value.equals("_")) declare(pkg.scope(), n, o);
        pending.put(o, d);
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

    void declare(Scope s, Name n, Obj o) {
        if (o instanceof Var v && s != pkg.scope()) v.owner = currentFunc;
        if (n.value.equals("_")) return;
        Obj prev = s.insert(o);
        if (prev != null) {
            error(n.pos(), n.value + " redeclared in this block\n\t" + prev.pos() + ": other declaration of " + n.value);
        }
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
        if (tn.type instanceof Named n ? n.underlying != null : tn.type != Universe.INVALID) return;
        resolvingTypes.add(tn);
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
        Type t = exprs.typeExpr(d.type);
        if (tn.isGenericAlias() && t instanceof TypeParam) {
            error(goj.syntax.Syntax.startPos(d.type), "cannot use type parameter declared in alias declaration as RHS");
            t = Universe.INVALID;
            invalidAliases.add(tn);
        }
        scope = saved;
        resolvingTypes.remove(tn);
        if (tn.type instanceof Named n) {
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
        if (!(rt instanceof Name base) || !(pkg.scope().lookup(base.value) instanceof TypeName tn) || !(tn.type instanceof Named n)) {
            if (rt instanceof Name b && pkg.scope().lookup(b.value) == null) error(rt.pos(), "undefined: " + b.value);
            else unsupported(fd.recv, "receiver type " + fd.recv.type);
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
            error(fd.name.pos(), "method " + base.value + "." + fd.name.value + " already declared at " + prev.pos());
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
        scope = fileScope(d);
        checkPackageDecl(o, d);
        scope = saved;
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
        List<Expr> values = list(src.values);
        for (int i = 0; i < c.names.size(); i++) {
            Name n = c.names.get(i);
            Const obj = local ? new Const(n.pos(), pkg, n.value, Universe.INVALID) : (Const) info.defs.get(n);
            if (i >= values.size()) {
                error(n.pos(), "missing init expr for const declaration");
                obj.type = Universe.INVALID;
                obj.value = Constant.of(0);
            } else {
                Expr value = values.get(i);
                Operand x = exprs.withIota(c.iota, () -> exprs.expr(value));
                if (!x.invalid() && x.mode != Mode.CONSTANT) {
                    error(x.expr.pos(), exprs.describe(x) + " is not constant");
                    x.invalidate();
                }
                if (!x.invalid() && typ != null) exprs.assignment(x, typ, "constant declaration");
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
        } else {
            List<Operand> xs = exprs.exprList(values, vars.size(), v.names.get(0), "variable",
                    typ == null ? null : java.util.Collections.nCopies(vars.size(), typ));
            for (int i = 0; i < vars.size(); i++) {
                vars.get(i).type = xs == null ? (typ == null ? Universe.INVALID : typ) : initVar(xs.get(i), typ);
            }
        }
        if (local) {
            for (int i = 0; i < vars.size(); i++) {
                Name n = v.names.get(i);
                info.defs.put(n, vars.get(i));
                declare(s, n, vars.get(i));
                if (!n.value.equals("_")) locals.add(vars.get(i));
            }
        }
    }

    /** The type a variable initialized with {@code x} gets (declared type {@code typ} or x's default type). */
    private Type initVar(Operand x, Type typ) {
        if (x.invalid()) return typ == null ? Universe.INVALID : typ;
        if (typ == null) {
            if (x.type == Universe.UNTYPED_NIL) {
                error(x.expr.pos(), "use of untyped nil in variable declaration");
                return Universe.INVALID;
            }
            typ = Universe.defaultType(x.type);
        }
        exprs.assignment(x, typ, "variable declaration");
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
            if ((complete || fd.name.value.equals("init")) && !linknamed.contains(fd.name.value)) error(fd.name.pos(), "missing function body");
        } else {
            locals.clear();
            stmts(fd.body.stmts);
            if (!results.isEmpty() && !Terminating.isTerminating(fd.body)) {
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
        if (!results.isEmpty() && !Terminating.isTerminating(lit.body)) error(lit.body.rbrace, "missing return");
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
                if (!x.invalid() && !(e.x instanceof goj.syntax.CallExpr) && !isRecv(e.x)) {
                    error(e.x.pos(), exprs.describe(x) + " is not used");
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
                        case VarDecl v -> checkVarSpec(v, scope, true);
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
                } else if (want.size() == 0) {
                    error(results.get(0).pos(), "too many return values\n\thave (" + describeTypes(results) + ")\n\twant ()");
                } else {
                    List<Operand> xs = exprs.exprList(results, want.size(), r, "return value",
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
                        if (!ok) error(cc.comm.pos(), "select case must be receive, send or assign recv");
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
                if (!x.invalid() && x.mode == Mode.TYPEXPR) error(call.pos(), what + " requires function call, not conversion");
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
        if (a.op == Operator.DEF) {
            List<Operand> values = exprs.exprList(rhs, lhs.size(), a, "variable");
            if (values == null) {
                for (Expr l : lhs) if (l instanceof Name n && scope.lookup(n.value) == null && !n.value.equals("_")) {
                    Var v = new Var(n.pos(), pkg, n.value, Universe.INVALID, false);
                    v.used = true;
                    info.defs.put(n, v);
                    declare(scope, n, v);
                }
                return;
            }
            boolean anyNew = false;
            for (int i = 0; i < lhs.size(); i++) {
                if (!(lhs.get(i) instanceof Name n)) {
                    error(lhs.get(i).pos(), "non-name " + lhs.get(i) + " on left side of :=");
                    continue;
                }
                Obj prev = scope.lookup(n.value);
                if (prev instanceof Var pv && !n.value.equals("_")) {
                    info.uses.put(n, pv);
                    exprs.assignment(values.get(i), pv.type, "assignment");
                    continue;
                }
                anyNew |= !n.value.equals("_");
                Var v = new Var(n.pos(), pkg, n.value, Universe.INVALID, false);
                v.type = initVar(values.get(i), null);
                info.defs.put(n, v);
                declare(scope, n, v);
                if (!n.value.equals("_")) locals.add(v);
            }
            if (!anyNew) error(a.pos(), "no new variables on left side of :=");
            return;
        }
        if (a.op != null) { // x op= y
            Operand x = exprs.binary(a.lhs, a.rhs, a.op, a);
            Operand l = exprs.expr(a.lhs);
            checkAssignable(l);
            if (!x.invalid() && !l.invalid()) exprs.assignment(x, l.type, "assignment");
            return;
        }
        List<Operand> values = exprs.exprList(rhs, lhs.size(), a, "variable");
        if (values == null) return;
        for (int i = 0; i < lhs.size(); i++) {
            if (lhs.get(i) instanceof Name n && n.value.equals("_")) {
                info.defs.put(n, null);
                Operand x = values.get(i);
                if (!x.invalid()) exprs.assignment(x, Universe.defaultType(x.type), "assignment");
                continue;
            }
            Operand l = exprs.lhsExpr(lhs.get(i));
            checkAssignable(l);
            if (!l.invalid()) exprs.assignment(values.get(i), l.type, "assignment");
        }
    }

    private String describeTypes(List<Expr> es) {
        StringBuilder sb = new StringBuilder();
        for (Expr e : es) {
            Operand x = exprs.expr(e);
            if (sb.length() > 0) sb.append(", ");
            sb.append(x.invalid() ? "invalid type" : x.isUntyped() ? "number" : x.type.toString());
        }
        return sb.toString();
    }

    /** The yield function type of a range-over-func iterator {@code func(yield func(...) bool)}, or null. */
    private static Signature rangeFuncYield(Signature sig) {
        if (sig.params().size() != 1 || sig.results().size() != 0 || sig.variadic()) return null;
        if (!(sig.params().at(0).type().underlying() instanceof Signature y) || y.params().size() > 2 || y.variadic()) return null;
        return y.results().size() == 1 && y.results().at(0).type().underlying() instanceof Basic b && b.isBoolean() ? y : null;
    }

    /** Why {@code sig} is not a range-over-func iterator, in gc's words. */
    private static String rangeFuncProblem(Signature sig) {
        if (sig.params().size() != 1) return "wrong argument count";
        if (sig.results().size() != 0) return "func must not return a result";
        if (!(sig.params().at(0).type().underlying() instanceof Signature y)) return "argument is not func";
        if (y.params().size() > 2) return "yield func has too many parameters";
        return "yield func does not return bool";
    }

    /** {@code for k, v := range x} over integers, strings, slices, arrays, maps, channels and functions. */
    private void rangeStmt(ForStmt f, RangeClause rc) {
        openScope();
        int rangeFuncVars = -1; // the iteration variables a range over a function permits
        Operand x = exprs.expr(rc.x);
        Type k = null, v = null;
        if (!x.invalid()) {
            if (x.isUntyped() && x.type.underlying() instanceof Basic b && b.isNumeric()) exprs.convertUntyped(x, Universe.defaultType(x.type));
            switch (x.type.underlying()) {
                case Basic b when b.isInteger() -> k = x.type;
                case Basic b when b.isString() -> { k = Universe.INT; v = Universe.INT32; }
                case Slice sl -> { k = Universe.INT; v = sl.elem(); }
                case Array a -> { k = Universe.INT; v = a.elem(); }
                case Pointer p when p.elem().underlying() instanceof Array a -> { k = Universe.INT; v = a.elem(); }
                case MapType m -> { k = m.key(); v = m.elem(); }
                case Chan c -> {
                    k = c.elem();
                    if (!c.canRecv()) error(rc.x.pos(), "invalid operation: range " + rc.x + " receive from send-only channel " + x.type);
                }
                case Signature sig when rangeFuncYield(sig) instanceof Signature yield -> {
                    // range over a function (Go 1.23): the iteration variables are yield's parameters
                    if (yield.params().size() > 0) k = yield.params().at(0).type();
                    if (yield.params().size() > 1) v = yield.params().at(1).type();
                    rangeFuncVars = yield.params().size();
                }
                case Signature sig -> error(rc.x.pos(), "cannot range over " + exprs.describe(x)
                        + ": func must be func(yield func(...) bool): " + rangeFuncProblem(sig));
                default -> unsupported(rc.x, "range over " + x.type);
            }
        }
        List<Expr> lhs = list(rc.lhs);
        if (lhs.size() > 2) {
            error(lhs.get(2).pos(), "range clause permits at most two iteration variables");
            lhs = lhs.subList(0, 2);
        }
        if (rangeFuncVars >= 0 && lhs.size() > rangeFuncVars) {
            error(lhs.get(rangeFuncVars).pos(), "range over " + exprs.describe(x) + " permits " + (rangeFuncVars == 0 ? "no iteration variables" : "only one iteration variable"));
            lhs = lhs.subList(0, rangeFuncVars);
        } else if (lhs.size() == 2 && v == null && k != null) {
            error(lhs.getLast().pos(), "range over " + exprs.describe(x) + " permits only one iteration variable");
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
                info.defs.put(n, var);
                declare(scope, n, var);
                if (!n.value.equals("_")) locals.add(var);
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

    /** {@code switch v := x.(type) { case T1, T2: … }}: in a clause with one type, v has that type. */
    private void typeSwitch(goj.syntax.SwitchStmt sw, goj.syntax.TypeSwitchGuard g) {
        openScope();
        if (sw.init != null) stmt(sw.init);
        Operand x = exprs.expr(g.x);
        Interface xi = null;
        if (!x.invalid()) {
            if (x.type.underlying() instanceof Interface i) xi = i;
            else error(g.x.pos(), g.x + " (" + exprs.describeType(x) + ") is not an interface");
        }
        List<Var> clauseVars = new ArrayList<>();
        boolean seenDefault = false;
        for (goj.syntax.CaseClause cc : sw.body) {
            if (cc.cases == null) {
                if (seenDefault) error(cc.pos(), "multiple defaults in switch");
                seenDefault = true;
            }
            Type single = null;
            List<Expr> cases = list(cc.cases);
            for (Expr e : cases) {
                if (e instanceof Name n && n.value.equals("nil") && scope.lookupParent("nil") instanceof Nil) {
                    info.uses.put(n, scope.lookupParent("nil"));
                    info.types.put(e, new TypeAndValue(Mode.VALUE, Universe.UNTYPED_NIL, null));
                    single = cases.size() == 1 ? x.type : null;
                    continue;
                }
                Type t = exprs.typeExpr(e);
                if (t == Universe.INVALID || xi == null) continue;
                if (!(t.underlying() instanceof Interface) && !(t instanceof TypeParam) && !instanceMode) {
                    String why = Lookup.missingMethod(t, xi);
                    if (why != null) error(e.pos(), "impossible type switch case: " + g.x + " (" + exprs.describeType(x) + ") cannot have dynamic type " + t + " (" + why + ")");
                }
                if (cases.size() == 1) single = t;
            }
            openScope();
            if (g.lhs != null && !x.invalid()) {
                Var v = new Var(g.lhs.pos(), pkg, g.lhs.value, single != null ? single : x.type, false);
                declare(scope, g.lhs, v);
                info.implicits.put(cc, v);
                clauseVars.add(v);
            }
            stmts(cc.body);
            closeScope();
        }
        if (g.lhs != null) {
            info.defs.put(g.lhs, null);
            if (!clauseVars.isEmpty() && clauseVars.stream().noneMatch(v -> v.used)) error(g.lhs.pos(), "declared and not used: " + g.lhs.value);
        }
        closeScope();
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
        }
        boolean seenDefault = false;
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
                    exprs.caseValue(e, tag);
                }
            }
            openScope();
            stmts(cc.body);
            closeScope();
        }
        closeScope();
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

    private void checkAssignable(Operand x) {
        if (!x.invalid() && x.mode != Mode.VARIABLE) {
            error(x.expr.pos(), "cannot assign to " + x.expr + " (neither addressable nor a map index expression)");
        }
    }

}
