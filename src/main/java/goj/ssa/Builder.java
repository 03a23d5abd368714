package goj.ssa;

import goj.syntax.AssignStmt;
import goj.syntax.BlockStmt;
import goj.syntax.BranchStmt;
import goj.syntax.CallExpr;
import goj.syntax.ConstDecl;
import goj.syntax.Decl;
import goj.syntax.DeclStmt;
import goj.syntax.EmptyStmt;
import goj.syntax.Expr;
import goj.syntax.ExprStmt;
import goj.syntax.Field;
import goj.syntax.File;
import goj.syntax.ForStmt;
import goj.syntax.FuncDecl;
import goj.syntax.IfStmt;
import goj.syntax.ListExpr;
import goj.syntax.Name;
import goj.syntax.Operation;
import goj.syntax.Operator;
import goj.syntax.ParenExpr;
import goj.syntax.Pos;
import goj.syntax.ReturnStmt;
import goj.syntax.Stmt;
import goj.syntax.Token;
import goj.syntax.VarDecl;
import goj.types.Basic;
import goj.types.Builtin;
import goj.types.Checker;
import goj.types.Constant;
import goj.types.Func;
import goj.types.Info;
import goj.types.Obj;
import goj.types.Signature;
import goj.types.Tuple;
import goj.types.Type;
import goj.types.TypeAndValue;
import goj.types.Universe;
import goj.types.Var;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the SSA form of a checked package from its syntax trees.
 *
 * <p>Local variables become SSA values directly, with phis placed by the on-the-fly algorithm of
 * Braun et al. ("Simple and Efficient Construction of SSA Form", CC 2013): a block is sealed once
 * all its predecessors are known, and reads in unsealed blocks create incomplete phis that are
 * filled when the block is sealed. Constant expressions are taken from the checker's results, so
 * they are folded already.
 */
public final class Builder {
    /** The results for the function being built: the package's, or a generic instance's own. */
    private Info info;
    private final Program prog;

    // per-function state
    private Function fn;
    private BasicBlock block;
    private final Map<Var, Map<BasicBlock, Value>> defs = new IdentityHashMap<>();
    private final Set<BasicBlock> sealed = new HashSet<>();
    private final Map<BasicBlock, Map<Var, Instr.Phi>> incomplete = new HashMap<>();
    private final Map<Stmt, BasicBlock> breakTargets = new IdentityHashMap<>();
    private final Map<Stmt, BasicBlock> continueTargets = new IdentityHashMap<>();
    private final Map<goj.syntax.LabeledStmt, BasicBlock> labelBlocks = new IdentityHashMap<>();
    /** The body of the next case clause while building a clause that may fall through. */
    private BasicBlock fallthroughTarget;

    private Builder(Info info, String path) {
        this.info = info;
        this.prog = new Program(path);
    }

    /** Builds the SSA program of a package that {@code checker} has checked without errors. */
    public static Program build(String path, List<File> files, Info info, Checker checker) {
        Builder b = new Builder(info, path);
        List<Func> inits = new ArrayList<>();
        List<FuncDecl> decls = new ArrayList<>();
        for (File f : files) for (Decl d : f.decls) if (d instanceof FuncDecl fd) decls.add(fd);
        for (Checker.VarInit vi : checker.varInits) b.prog.globals.addAll(vi.lhs());
        // package initializer first
        b.buildInit(checker.varInits, decls, inits);
        b.drainPending();
        for (FuncDecl fd : decls) {
            Func f = (Func) info.defs.get(fd.name);
            // no body: implemented outside Go (only without -complete); calls fail when made
            if (fd.name.value.equals("_") || (fd.recv != null && !f.isMethod()) || f.isGeneric() || fd.body == null) continue;
            String name = f.isMethod() ? methodName(f) : fd.name.value.equals("init") && fd.recv == null ? "init$" + (inits.indexOf(f) + 1) : fd.name.value;
            b.buildFunc(fd, f, name);
            b.drainPending();
        }
        for (File f : files) b.promotedWrappers(f);
        b.drainPending();
        // generic code: each concrete instance is built from the generic body with its own Info, in
        // name order (the checker's order depends on which parallel checker made an instance first)
        List<Func> insts = new ArrayList<>(checker.instances());
        insts.sort(java.util.Comparator.comparing(inst -> inst.isMethod() ? methodName(inst) : inst.name()));
        for (Func inst : insts) {
            b.info = inst.bodyInfo;
            b.buildFunc(inst.decl, inst, inst.isMethod() ? methodName(inst) : inst.name());
            b.drainPending();
        }
        List<goj.types.Named> typeInsts = new ArrayList<>(checker.typeInstances());
        typeInsts.sort(java.util.Comparator.comparing(goj.types.Named::toString));
        for (goj.types.Named inst : typeInsts) b.promotedWrappers(inst, Pos.NONE);
        b.drainPending();
        b.info = info;
        return b.prog;
    }

    /**
     * The implementations of the promoted methods of the struct types declared in {@code f}
     * (see goj.types.Promoted): {@code T$M} walks to the embedded field and calls its method.
     */
    private void promotedWrappers(File f) {
        goj.syntax.Walk.inspect(f, n -> {
            if (n instanceof goj.syntax.TypeDecl td && info.defs.get(td.name) instanceof goj.types.TypeName tn
                    && tn.type() instanceof goj.types.Named named && !named.isGeneric()) {
                promotedWrappers(named, td.pos());
            }
            return true;
        });
    }

    /** The wrappers of {@code named}'s promoted methods (a generic type's come with each concrete instance). */
    private void promotedWrappers(goj.types.Named named, Pos pos) {
        for (Func w : named.promotedMethods()) pendingWrappers.add(new PendingWrapper(methodName(w), w.promotion, withReceiver(w), pos));
    }

    /** The JVM-level name of a method: {@code Type$Method}. */
    public static String methodName(Func m) {
        return m.recvBase.jvmName() + "$" + m.name();
    }

    /** A method's signature with the receiver as the first parameter (how the back end calls it). */
    public static Signature withReceiver(Func m) {
        Signature sig = (Signature) m.type();
        List<Var> ps = new ArrayList<>();
        ps.add(Var.synthetic("recv", m.ptrRecv ? new goj.types.Pointer(m.recvBase) : m.recvBase));
        ps.addAll(sig.params().vars());
        return new Signature(new Tuple(ps), sig.results(), sig.variadic());
    }

    private void buildInit(List<Checker.VarInit> varInits, List<FuncDecl> decls, List<Func> inits) {
        start("init$", new Signature(Tuple.EMPTY, Tuple.EMPTY, false), Pos.NONE);
        for (Checker.VarInit vi : varInits) {
            if (vi.rhs() == null) continue; // zero value: the back end initializes static fields
            List<Expr> rhs = listOf(vi.rhs());
            List<Type> want = new ArrayList<>();
            for (Var v : vi.lhs()) want.add(v.type());
            List<Value> vals = values(rhs, want);
            for (int i = 0; i < vals.size(); i++) {
                Var v = vi.lhs().get(i);
                if (!v.name().equals("_")) emit(new Instr.Store(v, vals.get(i), vi.rhs().pos()));
            }
        }
        for (FuncDecl fd : decls) {
            if (fd.name.value.equals("init")) {
                Func f = (Func) info.defs.get(fd.name);
                inits.add(f);
                emit(new Instr.Call(f, List.of(), Tuple.EMPTY, fd.pos()));
            }
        }
        finish(Pos.NONE);
    }

    private void buildFunc(FuncDecl fd, Func f, String name) {
        Signature sig = (Signature) f.type();
        start(name, f.isMethod() ? withReceiver(f) : sig, fd.pos());
        int i = 0;
        if (f.isMethod()) {
            Param recv = fn.number(new Param(0, "recv", fn.signature.params().at(0).type(), fd.recv.pos()));
            fn.params.add(recv);
            if (f.recv != null) declareVar(f.recv, recv, fd.recv.pos());
        }
        for (Field p : fd.type.params) {
            Var v = (Var) (p.name == null ? null : info.defs.get(p.name));
            int pi = f.isMethod() ? i + 1 : i;
            Param param = fn.number(new Param(pi, p.name == null ? "_" : p.name.value, sig.params().at(i).type(), p.pos()));
            fn.params.add(param);
            if (v != null) declareVar(v, param, p.pos());
            i++;
        }
        declareResults(fd.type.results, fd.body);
        stmts(fd.body.stmts);
        finish(fd.body.rbrace);
    }

    private void start(String name, Signature sig, Pos pos) {
        fn = new Function(name, sig, pos);
        defs.clear();
        sealed.clear();
        incomplete.clear();
        breakTargets.clear();
        continueTargets.clear();
        labelBlocks.clear();
        rangeBody = null;
        rangeShared = null;
        block = fn.newBlock("entry");
        seal(block);
    }

    private void finish(Pos end) {
        if (!block.terminated()) {
            if (fn.hasDefer) emit(new Instr.RunDefers(end));
            emit(new Instr.Return(List.of(), end));
        }
        for (BasicBlock b : labelBlocks.values()) if (!sealed.contains(b)) seal(b); // all gotos are known now
        DeadCode.removeUnreachable(fn);
        prog.functions.add(fn);
    }

    // ---- variables that closures capture live in heap cells ----

    /** Named results of functions with defers: they live in cells so a recovered panic can return them. */
    private final java.util.Set<Var> forcedCells = new HashSet<>();

    /** Whether {@code v} lives in a heap cell (captured; struct variables are objects with identity already). */
    private boolean celled(Var v) {
        return (v.captured || forcedCells.contains(v)) && !(v.type().underlying() instanceof goj.types.Struct);
    }

    /** Whether a function body has a defer statement (outside nested function literals). */
    private static boolean hasDefer(BlockStmt body) {
        boolean[] found = {false};
        goj.syntax.Walk.inspect(body, n -> {
            if (n instanceof goj.syntax.FuncLit) return false;
            if (n instanceof goj.syntax.CallStmt cs && cs.tok == Token.DEFER) found[0] = true;
            return !found[0];
        });
        return found[0];
    }

    /**
     * Declares the named results (zero), forcing them into cells when the function has defers;
     * then {@code fn.resultCells} holds, per result, its cell (a struct: its object), or null.
     */
    private void declareResults(List<Field> results, BlockStmt body) {
        fn.hasDefer = hasDefer(body);
        List<Value> cells = new ArrayList<>();
        for (Field r : results) {
            Value cell = null;
            if (r.name != null && info.defs.get(r.name) instanceof Var v) {
                if (fn.hasDefer) forcedCells.add(v);
                declareVar(v, zero(v.type(), r.pos()), r.pos());
                cell = read(v, block);
            }
            cells.add(cell);
        }
        if (fn.hasDefer && cells.stream().anyMatch(java.util.Objects::nonNull)) fn.resultCells.addAll(cells);
    }

    private void declareVar(Var v, Value val, Pos pos) {
        if (celled(v)) write(v, block, emit(new Instr.NewCell(val, new goj.types.Pointer(v.type()), pos)));
        else write(v, block, val);
    }

    private Value readVar(Var v, Pos pos) {
        Value x = read(v, block);
        return celled(v) ? emit(new Instr.CellGet(x, pos)) : x;
    }

    private void assignVar(Var v, Value val, Pos pos) {
        if (celled(v)) emit(new Instr.CellSet(read(v, block), val, pos));
        else write(v, block, val);
    }

    /** A deferred call's thunk waiting to be built: it calls {@code target} with its parameters. */
    private record PendingThunk(String name, List<Type> params, Object target, Pos pos) {}

    private final Deque<PendingThunk> pendingThunks = new ArrayDeque<>();

    /**
     * {@code select}: the channel operands and send values are evaluated in source order, then the
     * select picks a ready case; its clause runs with the received value assigned.
     */
    private void selectStmt(goj.syntax.SelectStmt sel) {
        List<Instr.SelectCase> cases = new ArrayList<>();
        List<goj.syntax.CommClause> clauses = new ArrayList<>();
        goj.syntax.CommClause dflt = null;
        for (goj.syntax.CommClause cc : sel.body) {
            if (cc.comm == null) { dflt = cc; continue; }
            if (cc.comm instanceof goj.syntax.SendStmt ss) {
                Value ch = expr(ss.chan, null);
                Type elem = ((goj.types.Chan) ch.type().underlying()).elem();
                cases.add(new Instr.SelectCase(ch, copyIfArray(expr(ss.value, elem), ss.value), true));
            } else {
                Expr rx = cc.comm instanceof ExprStmt es ? es.x : listOf(((AssignStmt) cc.comm).rhs).get(0);
                Operation op = (Operation) unparen(rx);
                cases.add(new Instr.SelectCase(expr(op.x, null), null, false));
            }
            clauses.add(cc);
        }
        Instr.Select s = emit(new Instr.Select(cases, dflt != null, sel.pos()));
        BasicBlock done = fn.newBlock("select.done");
        breakTargets.put(sel, done);
        List<BasicBlock> bodies = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            BasicBlock body = fn.newBlock("select.case"), next = fn.newBlock("select.next");
            branch(emit(new Instr.BinOp(Operator.EQL, s, constant(Constant.of(i), Universe.INT, sel.pos()), Universe.BOOL, sel.pos())), body, next, sel.pos());
            bodies.add(body);
            seal(next);
            block = next;
        }
        BasicBlock dfltBlock = dflt != null ? fn.newBlock("select.default") : null;
        if (dfltBlock != null) jump(dfltBlock, sel.pos());
        else emit(new Instr.Panic(constant(new Constant.Str("unreachable select".getBytes()), Universe.STRING, sel.pos()), sel.pos()));
        for (int i = 0; i < clauses.size(); i++) {
            goj.syntax.CommClause cc = clauses.get(i);
            seal(bodies.get(i));
            block = bodies.get(i);
            if (cc.comm instanceof AssignStmt as) {
                List<Expr> lhs = listOf(as.lhs);
                Type elem = ((goj.types.Chan) cases.get(i).chan().type().underlying()).elem();
                List<Value> vals = new ArrayList<>();
                if (lhs.size() == 2) {
                    Tuple tt = commaOk(elem);
                    vals.addAll(unpack(emit(new Instr.SelectRecv(s, true, tt, cc.pos())), cc.pos()));
                } else {
                    vals.add(emit(new Instr.SelectRecv(s, false, elem, cc.pos())));
                }
                for (int k = 0; k < lhs.size(); k++) {
                    if (isBlank(lhs.get(k))) continue;
                    if (as.op == Operator.DEF && lhs.get(k) instanceof Name n && info.defs.get(n) instanceof Var v) declareVar(v, vals.get(k), n.pos());
                    else store(lhs.get(k), vals.get(k));
                }
            }
            stmts(cc.body);
            jump(done, sel.rbrace);
        }
        if (dfltBlock != null) {
            seal(dfltBlock);
            block = dfltBlock;
            stmts(dflt.body);
            jump(done, sel.rbrace);
        }
        seal(done);
        block = done;
    }

    /**
     * {@code defer f(args)}: the function value (or receiver) and arguments are evaluated now and
     * bound to a thunk that makes the call when the deferred calls run.
     */
    private void deferStmt(goj.syntax.CallStmt cs) {
        CallExpr c = (CallExpr) unparen(cs.call);
        Expr fun = withoutMethodTypeArgs(unparen(c.fun));
        TypeAndValue ftv = info.types.get(fun);
        List<Value> vals = new ArrayList<>();
        Object target;
        if (ftv != null && ftv.mode() == TypeAndValue.Mode.BUILTIN) {
            Builtin b = (Builtin) info.objectOf((Name) fun);
            if (b.id != Builtin.Id.PRINT && b.id != Builtin.Id.PRINTLN && b.id != Builtin.Id.PANIC && b.id != Builtin.Id.CLOSE
                    && b.id != Builtin.Id.DELETE && b.id != Builtin.Id.COPY && b.id != Builtin.Id.RECOVER) {
                throw new Unsupported(cs.pos(), "defer of builtin " + b.name());
            }
            if (b.id == Builtin.Id.DELETE) {
                Value m = expr(c.args.get(0), null);
                vals.add(m);
                vals.add(expr(c.args.get(1), ((goj.types.MapType) m.type().underlying()).key()));
            } else {
                for (Expr a : c.args) vals.add(expr(a, b.id == Builtin.Id.PANIC ? Universe.EMPTY_INTERFACE : null));
            }
            target = b;
        } else if (fun instanceof goj.syntax.SelectorExpr sel && info.selections.get(sel) instanceof goj.types.Selection ms
                && ms.kind() == goj.types.Selection.Kind.METHOD) {
            Func m = (Func) ms.obj();
            Value recv = receiver(sel.x, ms, sel.pos());
            if (recv.type().underlying() instanceof goj.types.Interface) recv = emit(new Instr.NilCheck(recv, sel.pos())); // x.M is evaluated now
            vals.add(recv);
            vals.addAll(arguments(c, (Signature) m.type()));
            target = m;
        } else if (funcOf(fun) instanceof Func f) {
            vals.addAll(arguments(c, (Signature) f.type()));
            target = f;
        } else {
            Value fv = expr(fun, null);
            vals.add(fv);
            vals.addAll(arguments(c, (Signature) fv.type().underlying()));
            target = fv.type();
        }
        String outer = fn.name.contains("$") ? fn.name.substring(0, fn.name.indexOf('$')) : fn.name;
        String kind = cs.tok == Token.DEFER ? "$defer" : "$gowrap";
        String name = outer + kind + litCounts.merge(outer + kind, 1, Integer::sum);
        List<Type> types = new ArrayList<>();
        for (Value v : vals) types.add(v.type());
        pendingThunks.add(new PendingThunk(name, types, target, cs.pos()));
        if (cs.tok == Token.DEFER) emit(new Instr.Defer(name, vals, rangeBody == null ? null : read(rangeShared.defers, block), cs.pos()));
        else emit(new Instr.Go(name, vals, cs.pos()));
    }

    private void buildThunk(PendingThunk t) {
        List<Var> ps = new ArrayList<>();
        for (int i = 0; i < t.params().size(); i++) ps.add(Var.synthetic("a" + i, t.params().get(i)));
        start(t.name(), new Signature(new Tuple(ps), Tuple.EMPTY, false), t.pos());
        List<Value> params = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            Param p = fn.number(new Param(i, "a" + i, ps.get(i).type(), t.pos()));
            fn.params.add(p);
            params.add(p);
        }
        switch (t.target()) {
            case Builtin b when b.id == Builtin.Id.PANIC -> emit(new Instr.Panic(params.getFirst(), t.pos()));
            case Builtin b when b.id == Builtin.Id.DELETE -> emit(new Instr.MapDelete(params.get(0), params.get(1), t.pos()));
            case Builtin b when b.id == Builtin.Id.COPY -> emit(new Instr.BuiltinCall(b.id, params, Universe.INT, false, t.pos()));
            case Builtin b when b.id == Builtin.Id.RECOVER -> emit(new Instr.BuiltinCall(b.id, params, Universe.EMPTY_INTERFACE, false, t.pos()));
            case Builtin b -> emit(new Instr.BuiltinCall(b.id, params, Tuple.EMPTY, false, t.pos()));
            case Func m when m.isMethod() || m.decl == null -> {
                Signature sig = (Signature) m.type();
                Type rt = sig.results().size() == 1 ? sig.results().at(0).type() : sig.results();
                if (params.getFirst().type().underlying() instanceof goj.types.Interface) {
                    emit(new Instr.Invoke(params.getFirst(), m, params.subList(1, params.size()), rt, t.pos()));
                } else {
                    emit(new Instr.Call(m, params, rt, t.pos()));
                }
            }
            case Func f -> {
                Signature sig = (Signature) f.type();
                emit(new Instr.Call(f, params, sig.results().size() == 1 ? sig.results().at(0).type() : sig.results(), t.pos()));
            }
            default -> {
                Signature sig = (Signature) ((Type) t.target()).underlying();
                emit(new Instr.CallValue(params.getFirst(), params.subList(1, params.size()),
                        sig.results().size() == 1 ? sig.results().at(0).type() : sig.results(), t.pos()));
            }
        }
        finish(t.pos());
    }

    /** Builds the function literals, defer thunks and method expression wrappers queued while building functions. */
    private void drainPending() {
        while (!pendingLits.isEmpty() || !pendingYields.isEmpty() || !pendingThunks.isEmpty() || !pendingWrappers.isEmpty()) {
            if (!pendingLits.isEmpty()) buildLit(pendingLits.poll());
            else if (!pendingYields.isEmpty()) buildYield(pendingYields.poll());
            else if (!pendingThunks.isEmpty()) buildThunk(pendingThunks.poll());
            else buildWrapper(pendingWrappers.poll());
        }
    }

    /** A function literal waiting to be built: its method name and the outer variables it captures. */
    private record PendingLit(goj.syntax.FuncLit lit, String name, List<Var> captures) {}

    private final Deque<PendingLit> pendingLits = new ArrayDeque<>();
    private final Map<String, Integer> litCounts = new HashMap<>();

    /** A closure value for {@code lit}: its body becomes method {@code outer$funcN} taking the captured cells first. */
    private Value closure(goj.syntax.FuncLit lit) {
        String outer = fn.name.contains("$func") ? fn.name.substring(0, fn.name.indexOf("$func")) : fn.name;
        int n = litCounts.merge(outer, 1, Integer::sum);
        String name = outer + "$func" + n;
        List<Var> captures = capturedBy(lit);
        List<Value> cells = new ArrayList<>();
        for (Var v : captures) cells.add(read(v, block));
        pendingLits.add(new PendingLit(lit, name, captures));
        return emit(new Instr.MakeClosure(name, cells, info.typeOf(lit), lit.pos()));
    }

    /** The variables declared outside {@code lit} that it (or a literal nested in it) uses. */
    private List<Var> capturedBy(goj.syntax.FuncLit lit) {
        java.util.Set<Object> inside = new HashSet<>();
        java.util.LinkedHashSet<Var> used = new java.util.LinkedHashSet<>();
        goj.syntax.Walk.inspect(lit, node -> {
            if (node instanceof goj.syntax.FuncLit l) inside.add(l);
            if (node instanceof Name n && info.uses.get(n) instanceof Var v && v.captured && !v.global) used.add(v);
            return true;
        });
        List<Var> out = new ArrayList<>();
        for (Var v : used) if (!inside.contains(v.owner)) out.add(v);
        return out;
    }

    private void buildLit(PendingLit p) {
        Signature sig = (Signature) info.typeOf(p.lit());
        List<Var> ps = new ArrayList<>();
        for (Var v : p.captures()) ps.add(Var.synthetic(v.name(), celled(v) ? new goj.types.Pointer(v.type()) : v.type()));
        ps.addAll(sig.params().vars());
        start(p.name(), new Signature(new Tuple(ps), sig.results(), sig.variadic()), p.lit().pos());
        fn.closureSignature = sig;
        int i = 0;
        for (Var v : p.captures()) {
            Param cell = fn.number(new Param(i++, v.name(), ps.get(fn.params.size()).type(), p.lit().pos()));
            fn.params.add(cell);
            write(v, block, cell);
        }
        int k = 0;
        for (Field f : p.lit().type.params) {
            Param param = fn.number(new Param(i++, f.name == null ? "_" : f.name.value, sig.params().at(k++).type(), f.pos()));
            fn.params.add(param);
            if (f.name != null && info.defs.get(f.name) instanceof Var v) declareVar(v, param, f.pos());
        }
        declareResults(p.lit().type.results, p.lit().body);
        stmts(p.lit().body.stmts);
        finish(p.lit().body.rbrace);
    }

    // ---- blocks and variables (Braun et al.) ----

    private <I extends Instr> I emit(I instr) {
        fn.number(instr);
        instr.block = block;
        block.instrs.add(instr);
        return instr;
    }

    private void jump(BasicBlock to, Pos pos) {
        if (block.terminated()) return;
        emit(new Instr.Jump(pos));
        Function.addEdge(block, to);
    }

    private void branch(Value cond, BasicBlock t, BasicBlock f, Pos pos) {
        emit(new Instr.If(cond, pos));
        Function.addEdge(block, t);
        Function.addEdge(block, f);
    }

    private void write(Var v, BasicBlock b, Value val) {
        defs.computeIfAbsent(v, k -> new HashMap<>()).put(b, val);
    }

    private Value read(Var v, BasicBlock b) {
        Map<BasicBlock, Value> d = defs.get(v);
        if (d != null && d.containsKey(b)) return d.get(b);
        Value val;
        if (!sealed.contains(b)) {
            Instr.Phi phi = newPhi(v, b);
            incomplete.computeIfAbsent(b, k -> new LinkedHashMap<>()).put(v, phi);
            val = phi;
        } else if (b.preds.size() == 1) {
            val = read(v, b.preds.getFirst());
        } else {
            Instr.Phi phi = newPhi(v, b);
            write(v, b, phi);
            addPhiOperands(v, phi);
            val = phi;
        }
        write(v, b, val);
        return val;
    }

    private Instr.Phi newPhi(Var v, BasicBlock b) {
        Instr.Phi phi = fn.number(new Instr.Phi(celled(v) ? new goj.types.Pointer(v.type()) : v.type(), v.name(), v.pos()));
        phi.block = b;
        int at = 0;
        while (at < b.instrs.size() && b.instrs.get(at) instanceof Instr.Phi) at++;
        b.instrs.add(at, phi);
        return phi;
    }

    private void addPhiOperands(Var v, Instr.Phi phi) {
        for (BasicBlock p : phi.block.preds) phi.edges.add(read(v, p));
    }

    private void seal(BasicBlock b) {
        Map<Var, Instr.Phi> inc = incomplete.remove(b);
        sealed.add(b);
        if (inc != null) inc.forEach(this::addPhiOperands);
    }

    // ---- statements ----

    private void stmts(List<Stmt> list) {
        for (Stmt s : list) stmt(s);
    }

    private void stmt(Stmt s) {
        try {
            stmt0(s);
        } catch (Unsupported | goj.syntax.InternalCompilerError e) {
            throw e;
        } catch (RuntimeException e) {
            throw new goj.syntax.InternalCompilerError(s.pos(), e);
        }
    }

    private void stmt0(Stmt s) {
        switch (s) {
            case EmptyStmt e -> { }
            case ExprStmt e -> exprStmt(e.x);
            case BlockStmt b -> stmts(b.stmts);
            case DeclStmt d -> {
                for (Decl decl : d.decls) {
                    if (decl instanceof VarDecl v) varDecl(v);
                    else if (!(decl instanceof ConstDecl) && !(decl instanceof goj.syntax.TypeDecl)) throw new IllegalStateException("unsupported decl " + decl);
                }
            }
            case AssignStmt a -> assign(a);
            case IfStmt i -> ifStmt(i);
            case ForStmt f -> forStmt(f);
            case ReturnStmt r when rangeBody != null -> yieldExit(r, r.pos());
            case ReturnStmt r -> {
                List<Expr> exprs = listOf(r.results);
                returnResults(exprs.isEmpty() ? null : values(exprs, fn.signature.results()), r.pos());
            }
            case BranchStmt b when rangeBody != null && b.tok != Token.FALLTHROUGH && !rangeBody.inside().contains(b.target) -> {
                if (b.target == rangeBody.loop()) yieldReturn(b.tok == Token.CONTINUE, b.pos());
                else yieldExit(b, b.pos());
            }
            case BranchStmt b -> {
                BasicBlock to = switch (b.tok) {
                    case BREAK -> breakTargets.get(b.target);
                    case CONTINUE -> continueTargets.get(b.target);
                    case GOTO -> labelBlock((goj.syntax.LabeledStmt) b.target);
                    default -> fallthroughTarget; // FALLTHROUGH
                };
                jump(to, b.pos());
                block = fn.newBlock("unreachable");
                seal(block);
            }
            case goj.syntax.LabeledStmt l -> {
                BasicBlock lb = labelBlock(l);
                jump(lb, l.pos());
                block = lb;
                stmt(l.stmt);
            }
            case goj.syntax.SwitchStmt sw -> switchStmt(sw);
            case goj.syntax.CallStmt cs -> deferStmt(cs);
            case goj.syntax.SendStmt ss -> {
                Value ch = expr(ss.chan, null);
                Type elem = ((goj.types.Chan) ch.type().underlying()).elem();
                emit(new Instr.Send(ch, copyIfArray(expr(ss.value, elem), ss.value), ss.pos()));
            }
            case goj.syntax.SelectStmt sel -> selectStmt(sel);
            default -> throw new IllegalStateException("unsupported statement " + s.getClass().getSimpleName());
        }
    }

    /**
     * Returns from the function being built with {@code results}, or with its named results when
     * null (a bare return): with defers, named results are assigned first, the deferred calls may
     * change them, and then they are returned.
     */
    private void returnResults(List<Value> results, Pos pos) {
        Tuple want = fn.signature.results();
        if (results == null) {
            results = new ArrayList<>();
            for (Var v : want.vars()) results.add(readVar(v, pos));
        }
        if (fn.hasDefer) {
            List<Var> named = want.vars().stream().filter(v -> !v.name().isEmpty() && !v.name().equals("_")).toList();
            if (named.size() == want.size() && !named.isEmpty() && named.stream().allMatch(this::celled)) {
                for (int i = 0; i < named.size(); i++) assignVar(named.get(i), results.get(i), pos);
                emit(new Instr.RunDefers(pos));
                results = new ArrayList<>();
                for (Var v : named) results.add(readVar(v, pos));
            } else {
                emit(new Instr.RunDefers(pos));
            }
        }
        emit(new Instr.Return(results, pos));
        block = fn.newBlock("unreachable");
        seal(block);
    }

    private void varDecl(VarDecl v) {
        List<Expr> values = listOf(v.values);
        List<Var> vars = new ArrayList<>();
        for (Name n : v.names) vars.add(info.defs.get(n) instanceof Var var ? var : null);
        List<Value> vals = new ArrayList<>();
        if (values.isEmpty()) {
            for (int i = 0; i < vars.size(); i++) vals.add(zero(typeOfVarDecl(v, i), v.names.get(i).pos()));
        } else {
            List<Type> want = new ArrayList<>();
            for (int i = 0; i < vars.size(); i++) want.add(typeOfVarDecl(v, i));
            vals = values(values, want);
        }
        for (int i = 0; i < vars.size(); i++) if (vars.get(i) != null) declareVar(vars.get(i), vals.get(i), v.pos());
    }

    private Type typeOfVarDecl(VarDecl v, int i) {
        return info.defs.get(v.names.get(i)) instanceof Var var ? var.type() : info.typeOf(v.type);
    }

    /** The values of an assignment's right side: one per expression, or the results of one multi-value call. */
    private List<Value> values(List<Expr> rhs, Tuple want) {
        List<Type> ts = new ArrayList<>();
        for (Var v : want.vars()) ts.add(v.type());
        return values(rhs, ts);
    }

    /** The (value, ok) tuple type of a comma-ok form yielding values of type {@code t}. */
    private static Tuple commaOk(Type t) {
        return new Tuple(List.of(Var.synthetic("v", t), Var.synthetic("ok", Universe.BOOL)));
    }

    /** The two values of a comma-ok pair. */
    private List<Value> unpack(Value pair, Pos pos) {
        Tuple tt = (Tuple) pair.type();
        return List.of(emit(new Instr.Extract(pair, 0, tt.at(0).type(), pos)), emit(new Instr.Extract(pair, 1, Universe.BOOL, pos)));
    }

    /** For {@code x.(T)}, {@code m[k]} and {@code <-ch} in a two-value context: their (value, ok) tuple; else null. */
    private Value commaOkForm(Expr e) {
        e = unparen(e);
        if (e instanceof goj.syntax.AssertExpr ae) {
            Value x = expr(ae.x, null);
            Type t = info.typeOf(ae.type);
            return emit(new Instr.TypeAssert(x, t, true, commaOk(t), ae.pos()));
        }
        if (e instanceof goj.syntax.IndexExpr mix && info.typeOf(mix.x).underlying() instanceof goj.types.MapType mt) {
            Value m = expr(mix.x, null);
            return emit(new Instr.MapGet(m, expr(mix.index, mt.key()), true, commaOk(mt.elem()), mix.pos()));
        }
        if (e instanceof Operation rop && rop.op == Operator.RECV && rop.y == null) {
            Value ch = expr(rop.x, null);
            return emit(new Instr.Recv(ch, true, commaOk(((goj.types.Chan) ch.type().underlying()).elem()), rop.pos()));
        }
        return null;
    }

    private List<Value> values(List<Expr> rhs, List<Type> want) {
        List<Value> vals = new ArrayList<>();
        Value pair = rhs.size() == 1 && want.size() == 2 ? commaOkForm(rhs.getFirst()) : null;
        if (pair != null) {
            for (Value v : unpack(pair, rhs.getFirst().pos())) vals.add(toInterface(v, want.get(vals.size()), rhs.getFirst().pos()));
            return vals;
        }
        if (rhs.size() == 1 && want.size() > 1) {
            Value t = expr(rhs.getFirst(), null);
            Tuple tt = (Tuple) t.type();
            for (int i = 0; i < want.size(); i++) {
                vals.add(toInterface(emit(new Instr.Extract(t, i, tt.at(i).type(), rhs.getFirst().pos())), want.get(i), rhs.getFirst().pos()));
            }
            return vals;
        }
        for (int i = 0; i < rhs.size(); i++) vals.add(copyIfArray(expr(rhs.get(i), want.get(i)), rhs.get(i)));
        return vals;
    }

    private void assign(AssignStmt a) {
        if (a.rhs == null || (a.op != null && a.op != Operator.DEF)) { // x++, x--, x op= y
            Type t = info.typeOf(a.lhs);
            Expr l = a.lhs;
            while (l instanceof ParenExpr p) l = p.x;
            if (l instanceof goj.syntax.IndexExpr ix && info.typeOf(ix.x).underlying() instanceof goj.types.MapType mt) {
                Value m = expr(ix.x, null), k = expr(ix.index, mt.key());
                Value old = emit(new Instr.MapGet(m, k, false, t, ix.pos()));
                Value y = a.rhs == null ? constant(Constant.of(1), t, a.pos()) : expr(a.rhs, shiftAware(a.op, t, a.rhs));
                emit(new Instr.MapPut(m, k, emit(new Instr.BinOp(a.op, old, y, t, a.pos())), a.pos()));
                return;
            }
            if (l instanceof goj.syntax.IndexExpr ix) { // evaluate the operands once
                Value x = arrayOf(expr(ix.x, null)), i = index(ix.index);
                Value old = emit(new Instr.Index(x, i, t, ix.pos()));
                Value y = a.rhs == null ? constant(Constant.of(1), t, a.pos()) : expr(a.rhs, shiftAware(a.op, t, a.rhs));
                emit(new Instr.IndexStore(x, i, emit(new Instr.BinOp(a.op, old, y, t, a.pos())), a.pos()));
                return;
            }
            if (l instanceof Operation op && op.op == Operator.MUL && op.y == null) { // *p op= y: p is evaluated once
                Value p = expr(op.x, null);
                Value old = emit(new Instr.CellGet(p, a.pos()));
                Value y = a.rhs == null ? constant(Constant.of(1), t, a.pos()) : expr(a.rhs, shiftAware(a.op, t, a.rhs));
                emit(new Instr.CellSet(p, emit(new Instr.BinOp(a.op, old, y, t, a.pos())), a.pos()));
                return;
            }
            if (l instanceof goj.syntax.SelectorExpr sel && info.selections.get(sel) instanceof goj.types.Selection fs) { // x.f op= y: x once
                List<Integer> path = fs.path();
                Value obj = fieldPath(expr(sel.x, null), path.subList(0, path.size() - 1), sel.pos());
                Type ot = obj.type() instanceof goj.types.Pointer p ? p.elem() : obj.type();
                goj.types.Struct st = (goj.types.Struct) ot.underlying();
                Value old = emit(new Instr.Field(obj, st, path.getLast(), t, sel.pos()));
                Value y = a.rhs == null ? constant(Constant.of(1), t, a.pos()) : expr(a.rhs, shiftAware(a.op, t, a.rhs));
                emit(new Instr.FieldStore(obj, st, path.getLast(), emit(new Instr.BinOp(a.op, old, y, t, a.pos())), a.pos()));
                return;
            }
            Value x = expr(a.lhs, t);
            Value y = a.rhs == null ? constant(Constant.of(1), t, a.pos()) : expr(a.rhs, shiftAware(a.op, t, a.rhs));
            store(a.lhs, emit(new Instr.BinOp(a.op, x, y, t, a.pos())));
            return;
        }
        List<Expr> lhs = listOf(a.lhs), rhs = listOf(a.rhs);
        List<Type> want = new ArrayList<>();
        for (int i = 0; i < lhs.size(); i++) want.add(targetType(lhs.get(i), rhs.size() == lhs.size() ? rhs.get(i) : null));
        List<java.util.function.Consumer<Value>> locs = new ArrayList<>();
        for (Expr l : lhs) locs.add(a.op == Operator.DEF && l instanceof Name n && info.defs.get(n) instanceof Var ? null : location(l));
        List<Value> vals = values(rhs, want);
        for (int i = 0; i < lhs.size(); i++) {
            if (locs.get(i) == null) declareVar((Var) info.defs.get((Name) lhs.get(i)), vals.get(i), lhs.get(i).pos());
            else locs.get(i).accept(vals.get(i));
        }
    }

    /** The type of the right operand of {@code x op= y}: shift counts keep their own type. */
    private Type shiftAware(Operator op, Type t, Expr rhs) {
        if (op != Operator.SHL && op != Operator.SHR) return t;
        Type rt = info.typeOf(rhs);
        return rt instanceof Basic b && b.isUntyped() ? Universe.UINT : rt;
    }

    private Type targetType(Expr lhs, Expr rhs) {
        if (lhs instanceof Name n) {
            Obj o = info.objectOf(n);
            if (o instanceof Var v) return v.type();
            return rhs == null ? null : Universe.defaultType(info.typeOf(rhs));
        }
        return info.typeOf(lhs);
    }

    private void store(Expr lhs, Value v) {
        location(lhs).accept(v);
    }

    /**
     * The left operand {@code lhs} of an assignment: its index and pointer operands are evaluated
     * now (the spec's first phase), the returned action stores a value into it (the second).
     */
    private java.util.function.Consumer<Value> location(Expr lhs) {
        while (lhs instanceof ParenExpr p) lhs = p.x;
        Type lt = info.typeOf(lhs);
        boolean structValue = lt != null && lt.underlying() instanceof goj.types.Struct;
        if (lhs instanceof goj.syntax.SelectorExpr sel && info.selections.get(sel) instanceof goj.types.Selection fs) {
            List<Integer> path = fs.path();
            Value obj = fieldPath(expr(sel.x, null), path.subList(0, path.size() - 1), sel.pos());
            Type ot = obj.type() instanceof goj.types.Pointer p ? p.elem() : obj.type();
            goj.types.Struct st = (goj.types.Struct) ot.underlying();
            int idx = path.getLast();
            if (structValue) return v -> emit(new Instr.AssignStruct(emit(new Instr.Field(obj, st, idx, lt, sel.pos())), v, sel.pos()));
            return v -> emit(new Instr.FieldStore(obj, st, idx, v, sel.pos()));
        }
        if (lhs instanceof Operation op && op.op == Operator.MUL && op.y == null) {
            Value p = expr(op.x, null);
            if (!structValue) return v -> emit(new Instr.CellSet(p, v, op.pos()));
            return v -> emit(new Instr.AssignStruct(p, v, op.pos()));
        }
        if (structValue && lhs instanceof Name sn && info.objectOf(sn) instanceof Var sv) {
            // the variable's object keeps its identity (pointers to it may exist): copy into it
            Value dst = sv.global ? emit(new Instr.Load(sv, sn.pos())) : read(sv, block);
            return v -> emit(new Instr.AssignStruct(dst, v, sn.pos()));
        }
        if (lhs instanceof goj.syntax.IndexExpr ix && info.typeOf(ix.x).underlying() instanceof goj.types.MapType mt) {
            Value m = expr(ix.x, null), k = expr(ix.index, mt.key());
            return v -> emit(new Instr.MapPut(m, k, v, ix.pos()));
        }
        if (lhs instanceof goj.syntax.IndexExpr ix) {
            Value x = arrayOf(expr(ix.x, null)), i = index(ix.index);
            return v -> emit(new Instr.IndexStore(x, i, v, ix.pos()));
        }
        Name n = (Name) lhs;
        if (!(info.objectOf(n) instanceof Var var)) return v -> { }; // _
        if (var.global) return v -> emit(new Instr.Store(var, v, n.pos()));
        return v -> assignVar(var, v, n.pos());
    }

    private void ifStmt(IfStmt s) {
        if (s.init != null) stmt(s.init);
        BasicBlock then = fn.newBlock("if.then"), done = fn.newBlock("if.done");
        BasicBlock els = s.els != null ? fn.newBlock("if.else") : done;
        cond(s.cond, then, els);
        seal(then);
        block = then;
        stmt(s.then);
        jump(done, s.then.rbrace);
        if (s.els != null) {
            seal(els);
            block = els;
            stmt(s.els);
            jump(done, s.pos());
        }
        seal(done);
        block = done;
    }

    private void forStmt(ForStmt s) {
        if (s.init instanceof goj.syntax.RangeClause rc) {
            rangeStmt(s, rc);
            return;
        }
        if (s.init != null) stmt(s.init);
        BasicBlock head = fn.newBlock("for.head"), body = fn.newBlock("for.body"),
                post = fn.newBlock("for.post"), done = fn.newBlock("for.done");
        jump(head, s.pos());
        block = head;
        if (s.cond != null) cond(s.cond, body, done);
        else jump(body, s.pos());
        seal(body);
        block = body;
        breakTargets.put(s, done);
        continueTargets.put(s, post);
        stmt(s.body);
        jump(post, s.body.rbrace);
        seal(post);
        block = post;
        // Go 1.22: each iteration has its own loop variables; a captured one gets a fresh cell
        // holding the previous iteration's value before the post statement runs
        if (s.init instanceof AssignStmt ia && ia.op == Operator.DEF) {
            for (Expr l : listOf(ia.lhs)) {
                if (l instanceof Name n && info.defs.get(n) instanceof Var v && celled(v)) {
                    Value old = emit(new Instr.CellGet(read(v, block), n.pos()));
                    write(v, block, emit(new Instr.NewCell(old, new goj.types.Pointer(v.type()), n.pos())));
                }
            }
        }
        if (s.post != null) stmt(s.post);
        jump(head, s.pos());
        seal(head);
        seal(done);
        block = done;
    }

    private BasicBlock labelBlock(goj.syntax.LabeledStmt l) {
        return labelBlocks.computeIfAbsent(l, k -> fn.newBlock("label." + k.label.value));
    }

    /**
     * An expression switch: the tag is evaluated once, then each clause's cases are compared in
     * source order; the default clause runs when none matches.
     */
    /** A type switch: x is evaluated once; each case tests its dynamic type in source order. */
    private void typeSwitch(goj.syntax.SwitchStmt sw, goj.syntax.TypeSwitchGuard g) {
        if (sw.init != null) stmt(sw.init);
        Value x = expr(g.x, null);
        switchClauses(sw, "typeswitch", (e, body, next) -> {
            Value test;
            if (info.typeOf(e) == Universe.UNTYPED_NIL) {
                test = emit(new Instr.BinOp(Operator.EQL, x, constant(null, x.type(), e.pos()), Universe.BOOL, e.pos()));
            } else {
                Type t = info.typeOf(e);
                Tuple tt = commaOk(t);
                Value pair = emit(new Instr.TypeAssert(x, t, true, tt, e.pos()));
                test = emit(new Instr.Extract(pair, 1, Universe.BOOL, e.pos()));
            }
            branch(test, body, next, e.pos());
        }, cc -> {
            if (info.implicits.get(cc) instanceof Var v) {
                List<Expr> cases = listOf(cc.cases);
                Value bound = x;
                if (cases.size() == 1 && info.typeOf(cases.get(0)) != Universe.UNTYPED_NIL && !(v.type().underlying() instanceof goj.types.Interface)) {
                    bound = emit(new Instr.TypeAssert(x, v.type(), false, v.type(), cc.pos()));
                }
                declareVar(v, bound, cc.pos());
            }
        });
    }

    /** Emits a case test: branches to {@code body} if case expression {@code e} matches, else to {@code next}. */
    private interface CaseTest {
        void emit(Expr e, BasicBlock body, BasicBlock next);
    }

    /**
     * Lays out a switch's clauses: the case tests in source order (each failing test falls to the
     * next), a jump to the default clause (or past the switch) when none matches, then the clause
     * bodies, each starting with {@code enter} and able to fall through to the next.
     */
    private void switchClauses(goj.syntax.SwitchStmt sw, String kind, CaseTest test, java.util.function.Consumer<goj.syntax.CaseClause> enter) {
        BasicBlock done = fn.newBlock(kind + ".done");
        breakTargets.put(sw, done);
        List<BasicBlock> bodies = new ArrayList<>();
        for (goj.syntax.CaseClause cc : sw.body) bodies.add(fn.newBlock(cc.cases == null ? kind + ".default" : kind + ".case"));
        BasicBlock dflt = done;
        for (int i = 0; i < sw.body.size(); i++) {
            goj.syntax.CaseClause cc = sw.body.get(i);
            if (cc.cases == null) { dflt = bodies.get(i); continue; }
            for (Expr e : listOf(cc.cases)) {
                BasicBlock next = fn.newBlock(kind + ".next");
                test.emit(e, bodies.get(i), next);
                seal(next);
                block = next;
            }
        }
        jump(dflt, sw.pos());
        BasicBlock savedFall = fallthroughTarget;
        for (int i = 0; i < sw.body.size(); i++) {
            seal(bodies.get(i)); // its predecessors: the case tests, and a fallthrough from the clause before
            block = bodies.get(i);
            fallthroughTarget = i + 1 < bodies.size() ? bodies.get(i + 1) : done;
            enter.accept(sw.body.get(i));
            stmts(sw.body.get(i).body);
            jump(done, sw.rbrace);
        }
        fallthroughTarget = savedFall;
        seal(done);
        block = done;
    }

    private void switchStmt(goj.syntax.SwitchStmt sw) {
        if (sw.tag instanceof goj.syntax.TypeSwitchGuard g) {
            typeSwitch(sw, g);
            return;
        }
        if (sw.init != null) stmt(sw.init);
        Value tag = null;
        Type tagType = null;
        if (sw.tag != null) {
            tagType = Universe.defaultType(info.typeOf(sw.tag));
            tag = expr(sw.tag, tagType);
        }
        Value tagv = tag;
        Type tagt = tagType;
        switchClauses(sw, "switch", (e, body, next) -> {
            Type ct = info.typeOf(e);
            if (tagv == null) cond(e, body, next);
            else if (ct != null && ct.underlying() instanceof goj.types.Interface && !(tagt.underlying() instanceof goj.types.Interface)) {
                // an interface case on a non-interface tag compares as interfaces (the tag boxed)
                Value boxed = emit(new Instr.MakeInterface(tagv, ct, e.pos()));
                branch(emit(new Instr.BinOp(Operator.EQL, boxed, expr(e, ct), Universe.BOOL, e.pos())), body, next, e.pos());
            }
            else branch(emit(new Instr.BinOp(Operator.EQL, tagv, expr(e, tagt), Universe.BOOL, e.pos())), body, next, e.pos());
        }, cc -> { });
    }

    /**
     * {@code for k, v := range x} over an integer, string, slice or array, lowered to an index
     * loop: x and its length are evaluated once; a string advances by the width of each rune.
     */
    private void rangeStmt(ForStmt s, goj.syntax.RangeClause rc) {
        if (info.typeOf(rc.x).underlying() instanceof Signature) {
            rangeFunc(s, rc);
            return;
        }
        if (info.typeOf(rc.x).underlying() instanceof goj.types.Chan ct) {
            rangeChan(s, rc, ct);
            return;
        }
        if (info.typeOf(rc.x).underlying() instanceof goj.types.MapType mt) {
            rangeMap(s, rc, mt);
            return;
        }
        Type xt = info.typeOf(rc.x);
        if (xt instanceof Basic b && b.isUntyped()) xt = Universe.defaultType(b);
        Type u = xt.underlying();
        goj.types.Pointer arrayPtr = u instanceof goj.types.Pointer p ? p : null; // range over *[N]T: the array is not copied
        if (arrayPtr != null) u = arrayPtr.elem().underlying();
        List<Expr> lhs = listOf(rc.lhs);
        Expr ke = !lhs.isEmpty() ? lhs.get(0) : null, ve = lhs.size() > 1 ? lhs.get(1) : null;
        boolean isInt = u instanceof Basic b && b.isInteger();
        boolean isString = u instanceof Basic b && b.isString();
        Type it = isInt ? xt : Universe.INT;
        Value x = null, n;
        if (isInt) {
            n = expr(rc.x, xt);
        } else if (u instanceof goj.types.Array a && (ve == null || isBlank(ve)) && !info.hasCallOrRecv(rc.x)) {
            n = constant(Constant.of(a.len()), Universe.INT, rc.pos()); // len(x) is constant: x is not evaluated
        } else {
            x = expr(rc.x, null);
            if (arrayPtr != null) {
                // the elements are read through the pointer (a nil one panics only if they are used)
                if (ve != null && !isBlank(ve)) x = emit(new Instr.CellGet(x, rc.pos()));
            } else if (ve != null) {
                x = copyIfArray(x, rc.x);
            }
            n = u instanceof goj.types.Array a ? constant(Constant.of(a.len()), Universe.INT, rc.pos())
                    : emit(new Instr.BuiltinCall(Builtin.Id.LEN, List.of(x), Universe.INT, false, rc.pos()));
        }
        Var index = Var.synthetic("range.index", it), next = Var.synthetic("range.next", it);
        write(index, block, constant(Constant.of(0), it, rc.pos()));
        BasicBlock head = fn.newBlock("range.head"), body = fn.newBlock("range.body"),
                post = fn.newBlock("range.post"), done = fn.newBlock("range.done");
        jump(head, rc.pos());
        block = head;
        Value i = read(index, head);
        branch(emit(new Instr.BinOp(Operator.LSS, i, n, Universe.BOOL, rc.pos())), body, done, rc.pos());
        seal(body);
        block = body;
        Value v = null;
        if (isString) {
            Value d = emit(new Instr.DecodeRune(x, i, rc.pos()));
            Value width = emit(new Instr.BinOp(Operator.SHR, d, constant(Constant.of(32), Universe.UINT, rc.pos()), Universe.INT, rc.pos()));
            write(next, block, emit(new Instr.BinOp(Operator.ADD, i, width, Universe.INT, rc.pos())));
            v = emit(new Instr.Convert(d, Universe.INT32, rc.pos()));
        } else {
            write(next, block, emit(new Instr.BinOp(Operator.ADD, i, constant(Constant.of(1), it, rc.pos()), it, rc.pos())));
            if (ve != null && !isBlank(ve)) v = copyIfArray(emit(new Instr.Index(x, i, ((u instanceof goj.types.Slice sl) ? sl.elem() : ((goj.types.Array) u).elem()), rc.pos())), rc.x);
        }
        rangeAssign(rc, ke, i, ve, v);
        breakTargets.put(s, done);
        continueTargets.put(s, post);
        stmt(s.body);
        jump(post, s.body.rbrace);
        seal(post);
        block = post;
        write(index, post, read(next, post));
        jump(head, rc.pos());
        seal(head);
        seal(done);
        block = done;
    }

    /** The array a pointer to an array points to (its cell's value); other values as they are. */
    private Value arrayOf(Value v) {
        if (v.type().underlying() instanceof goj.types.Pointer p && p.elem().underlying() instanceof goj.types.Array) {
            return emit(new Instr.CellGet(v, v.pos()));
        }
        return v;
    }

    /** An index, length or capacity operand as an int (operands of other integer types are converted). */
    private Value index(Expr e) {
        Value v = expr(e, Universe.INT);
        Type t = v.type().underlying();
        if (t == Universe.INT || t == Universe.INT64 || t == Universe.UINT || t == Universe.UINT64 || t == Universe.UINTPTR) return v;
        return emit(new Instr.Convert(v, Universe.INT, e.pos()));
    }

    private static Expr unparen(Expr e) {
        while (e instanceof ParenExpr p) e = p.x;
        return e;
    }

    /**
     * {@code x.M[T]} (a generic method with explicit type arguments) as {@code x.M}: the checker
     * records the instance in the selector's selection. Any other expression is returned as is.
     */
    private Expr withoutMethodTypeArgs(Expr e) {
        return e instanceof goj.syntax.IndexExpr ix && unparen(ix.x) instanceof goj.syntax.SelectorExpr sel
                && info.selections.get(sel) instanceof goj.types.Selection s && s.obj() instanceof Func ? sel : e;
    }

    /**
     * {@code for k, v := range m}: over a snapshot of the keys in random order, skipping keys
     * deleted meanwhile; each value is read when its iteration starts.
     */
    private void rangeMap(ForStmt s, goj.syntax.RangeClause rc, goj.types.MapType mt) {
        Value m = expr(rc.x, null);
        Value keys = emit(new Instr.MapKeys(m, rc.pos()));
        Value n = emit(new Instr.BuiltinCall(Builtin.Id.LEN, List.of(keys), Universe.INT, false, rc.pos()));
        Var index = Var.synthetic("range.index", Universe.INT);
        write(index, block, constant(Constant.of(0), Universe.INT, rc.pos()));
        BasicBlock head = fn.newBlock("rangemap.head"), check = fn.newBlock("rangemap.check"), body = fn.newBlock("rangemap.body"),
                post = fn.newBlock("rangemap.post"), done = fn.newBlock("rangemap.done");
        jump(head, rc.pos());
        block = head;
        Value i = read(index, head);
        branch(emit(new Instr.BinOp(Operator.LSS, i, n, Universe.BOOL, rc.pos())), check, done, rc.pos());
        seal(check);
        block = check;
        Value ko = emit(new Instr.Index(keys, i, Universe.EMPTY_INTERFACE, rc.pos()));
        branch(emit(new Instr.MapHas(m, ko, rc.pos())), body, post, rc.pos());
        seal(body);
        block = body;
        List<Expr> lhs = listOf(rc.lhs);
        Value k = mt.key().underlying() instanceof goj.types.Interface ? ko : emit(new Instr.TypeAssert(ko, mt.key(), false, mt.key(), rc.pos()));
        Expr mv = lhs.size() > 1 ? lhs.get(1) : null;
        // the value is looked up with the stored key itself: a NaN key is found only through it
        rangeAssign(rc, lhs.isEmpty() ? null : lhs.get(0), k, mv, mv == null || isBlank(mv) ? null : emit(new Instr.MapGet(m, ko, false, mt.elem(), rc.pos())));
        breakTargets.put(s, done);
        continueTargets.put(s, post);
        stmt(s.body);
        jump(post, s.body.rbrace);
        seal(post);
        block = post;
        write(index, post, emit(new Instr.BinOp(Operator.ADD, read(index, post), constant(Constant.of(1), Universe.INT, rc.pos()), Universe.INT, rc.pos())));
        jump(head, rc.pos());
        seal(head);
        seal(done);
        block = done;
    }

    /** {@code for v := range ch}: receive until the channel is closed and drained. */
    private void rangeChan(ForStmt s, goj.syntax.RangeClause rc, goj.types.Chan ct) {
        Value ch = expr(rc.x, null);
        BasicBlock head = fn.newBlock("rangechan.head"), body = fn.newBlock("rangechan.body"), done = fn.newBlock("rangechan.done");
        jump(head, rc.pos());
        block = head;
        Tuple tt = commaOk(ct.elem());
        List<Value> vok = unpack(emit(new Instr.Recv(ch, true, tt, rc.pos())), rc.pos());
        Value v = vok.get(0), ok = vok.get(1);
        branch(ok, body, done, rc.pos());
        seal(body);
        block = body;
        List<Expr> lhs = listOf(rc.lhs);
        if (!lhs.isEmpty() && !isBlank(lhs.get(0))) rangeAssign(rc, lhs.get(0), v);
        breakTargets.put(s, done);
        continueTargets.put(s, head);
        stmt(s.body);
        jump(head, s.body.rbrace);
        seal(head);
        seal(done);
        block = done;
    }

    // ---- range over functions ----

    /*
     * for k, v := range f { body } calls f with a yield function built from the body (as gc's
     * rangefunc rewrite does): yield(k, v) runs the body and returns true to go on, false to stop.
     * A branch out of the body or a return stops the iteration with an exit code in #next, and the
     * code after the call of f performs it. The loop's #state (internal/abi's RF_State) catches an
     * iterator that calls yield after it returned false, after a panic of the body, or after the
     * loop ended, and one that recovers a panic of the body. A defer in the body is pushed onto
     * the deferred calls of the enclosing function.
     */

    private static final long RF_DONE = 0, RF_READY = 1, RF_PANIC = 2, RF_EXHAUSTED = 3, RF_MISSING_PANIC = 4;
    /** Exit codes of a return from the body: with result values (in #rv), and a bare one. */
    private static final long EXIT_RETURN = -1, EXIT_BARE_RETURN = -2;

    /** The yield function being built: the loop whose body it is, its #state, and the statements of that body. */
    private record RangeBody(ForStmt loop, Var state, Set<Object> inside) {}

    /**
     * What the yield functions of an outermost range-over-function loop share with the function
     * around it: the exit code #next, the results #rv of a return from a body, the enclosing
     * function's deferred calls (when a body defers), and the code of each branch out of a body.
     */
    private static final class RangeShared {
        final Tuple results;
        final Var next = capturedVar("#next", Universe.INT);
        final List<Var> rv = new ArrayList<>();
        Var defers;
        final Map<Stmt, Long> codes = new IdentityHashMap<>();

        RangeShared(Tuple results) { this.results = results; }

        long code(Stmt s) {
            if (s instanceof ReturnStmt r) return r.results == null ? EXIT_BARE_RETURN : EXIT_RETURN;
            return codes.computeIfAbsent(s, k -> (long) codes.size() + 1);
        }
    }

    private static Var capturedVar(String name, Type t) {
        Var v = Var.synthetic(name, t);
        v.captured = true;
        return v;
    }

    /** Set while building a yield function. */
    private RangeBody rangeBody;
    /** Set while building a yield function, or an outermost range-over-function loop of another function. */
    private RangeShared rangeShared;

    /** A yield function waiting to be built. */
    private record PendingYield(ForStmt loop, goj.syntax.RangeClause rc, String name, Type yieldType, List<Var> captures,
                                Var state, RangeShared shared) {}

    private final Deque<PendingYield> pendingYields = new ArrayDeque<>();

    private void rangeFunc(ForStmt s, goj.syntax.RangeClause rc) {
        Value f = expr(rc.x, null);
        Type yieldType = ((Signature) f.type().underlying()).params().at(0).type();
        RangeShared saved = rangeShared;
        if (rangeShared == null) {
            rangeShared = new RangeShared(fn.signature.results());
            declareVar(rangeShared.next, constant(Constant.of(0), Universe.INT, rc.pos()), rc.pos());
            for (Var r : rangeShared.results.vars()) {
                Var rv = capturedVar("#rv" + rangeShared.rv.size(), r.type());
                rangeShared.rv.add(rv);
                declareVar(rv, zero(r.type(), rc.pos()), rc.pos());
            }
            if (hasDefer(s.body)) {
                rangeShared.defers = Var.synthetic("#defers", Universe.EMPTY_INTERFACE);
                declareVar(rangeShared.defers, emit(new Instr.DeferStack(rc.pos())), rc.pos());
            }
        }
        Var state = capturedVar("#state", Universe.INT);
        declareVar(state, constant(Constant.of(RF_READY), Universe.INT, rc.pos()), rc.pos());
        List<Var> captures = new ArrayList<>(List.of(state, rangeShared.next));
        captures.addAll(rangeShared.rv);
        if (rangeShared.defers != null) captures.add(rangeShared.defers);
        captures.addAll(capturedByBody(s, rc));
        String outer = fn.name.contains("-range") ? fn.name.substring(0, fn.name.indexOf("-range"))
                : fn.name.contains("$") ? fn.name.substring(0, fn.name.indexOf('$')) : fn.name;
        String name = outer + "-range" + litCounts.merge(outer + "-range", 1, Integer::sum);
        List<Value> cells = new ArrayList<>();
        for (Var v : captures) cells.add(read(v, block));
        pendingYields.add(new PendingYield(s, rc, name, yieldType, captures, state, rangeShared));
        Value yield = emit(new Instr.MakeClosure(name, cells, yieldType, rc.pos()));
        emit(new Instr.CallValue(f, List.of(yield), Tuple.EMPTY, rc.pos()));
        // the iterator returned: it must not have recovered a panic of the body
        Value st = readVar(state, rc.pos());
        BasicBlock missing = fn.newBlock("range.missingpanic"), done = fn.newBlock("range.done");
        branch(emit(new Instr.BinOp(Operator.EQL, st, constant(Constant.of(RF_PANIC), Universe.INT, rc.pos()), Universe.BOOL, rc.pos())),
                missing, done, rc.pos());
        seal(missing);
        seal(done);
        block = missing;
        emit(new Instr.Panic(constant(Constant.of(RF_MISSING_PANIC), Universe.INT, rc.pos()), true, rc.pos()));
        block = done;
        assignVar(state, constant(Constant.of(RF_EXHAUSTED), Universe.INT, rc.pos()), rc.pos());
        performExits(s, rc.pos());
        rangeShared = saved;
    }

    /** After the call of the iterator: performs the branch or return that ended the loop's body, if any. */
    private void performExits(ForStmt loop, Pos pos) {
        Map<Long, Stmt> exits = new java.util.LinkedHashMap<>();
        Set<Object> inside = statementsOf(loop.body);
        goj.syntax.Walk.inspect(loop.body, n -> {
            if (n instanceof goj.syntax.FuncLit) return false;
            if (n instanceof ReturnStmt r) exits.putIfAbsent(rangeShared.code(r), r);
            if (n instanceof BranchStmt b && b.tok != Token.FALLTHROUGH && b.target != loop && !inside.contains(b.target)) {
                exits.putIfAbsent(rangeShared.code(b), b);
            }
            return true;
        });
        if (exits.isEmpty()) return;
        Value next = readVar(rangeShared.next, pos);
        for (Map.Entry<Long, Stmt> e : exits.entrySet()) {
            BasicBlock hit = fn.newBlock("range.exit"), miss = fn.newBlock("range.next");
            branch(emit(new Instr.BinOp(Operator.EQL, next, constant(Constant.of(e.getKey()), Universe.INT, pos), Universe.BOOL, pos)), hit, miss, pos);
            seal(hit);
            seal(miss);
            block = hit;
            if (e.getValue() instanceof ReturnStmt r) {
                if (rangeBody != null) {
                    yieldReturn(false, r.pos()); // #next stays: the enclosing loop returns
                } else {
                    List<Value> results = null;
                    if (e.getKey() == EXIT_RETURN) {
                        results = new ArrayList<>();
                        for (Var rv : rangeShared.rv) results.add(readVar(rv, r.pos()));
                    }
                    returnResults(results, r.pos());
                }
            } else {
                assignVar(rangeShared.next, constant(Constant.of(0), Universe.INT, pos), pos);
                stmt(e.getValue()); // the branch, from here
            }
            block = miss;
        }
    }

    /** Stops the iteration from a yield function for a branch or return leaving its body. */
    private void yieldExit(Stmt exit, Pos pos) {
        if (exit instanceof ReturnStmt r && r.results != null) {
            List<Value> vals = values(listOf(r.results), rangeShared.results);
            for (int i = 0; i < vals.size(); i++) assignVar(rangeShared.rv.get(i), vals.get(i), pos);
        }
        assignVar(rangeShared.next, constant(Constant.of(rangeShared.code(exit)), Universe.INT, pos), pos);
        yieldReturn(false, pos);
    }

    /** Returns from a yield function: true to go on (the loop state is ready again), false to stop. */
    private void yieldReturn(boolean more, Pos pos) {
        assignVar(rangeBody.state(), constant(Constant.of(more ? RF_READY : RF_DONE), Universe.INT, pos), pos);
        emit(new Instr.Return(List.of(constant(new Constant.Bool(more), Universe.BOOL, pos)), pos));
        block = fn.newBlock("unreachable");
        seal(block);
    }

    /** The statements (and other nodes) of {@code body}, outside function literals. */
    private static Set<Object> statementsOf(BlockStmt body) {
        Set<Object> inside = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        goj.syntax.Walk.inspect(body, n -> {
            if (n instanceof goj.syntax.FuncLit) return false;
            inside.add(n);
            return true;
        });
        return inside;
    }

    /** The variables of the enclosing function a range-over-function body (or a literal in it) uses. */
    private List<Var> capturedByBody(ForStmt loop, goj.syntax.RangeClause rc) {
        Set<Object> owners = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        owners.add(loop);
        java.util.LinkedHashSet<Var> used = new java.util.LinkedHashSet<>();
        java.util.function.Predicate<goj.syntax.Node> visit = node -> {
            if (node instanceof goj.syntax.FuncLit || node instanceof ForStmt) owners.add(node);
            if (node instanceof Name n && info.uses.get(n) instanceof Var v && v.captured && !v.global) used.add(v);
            return true;
        };
        if (!rc.def && rc.lhs != null) goj.syntax.Walk.inspect(rc.lhs, visit);
        goj.syntax.Walk.inspect(loop.body, visit);
        List<Var> out = new ArrayList<>();
        for (Var v : used) if (!owners.contains(v.owner)) out.add(v);
        return out;
    }

    /**
     * Builds a yield function: its parameters are the captured variables then yield's own; it
     * checks and sets the loop state, assigns the iteration variables, and runs the body.
     */
    private void buildYield(PendingYield p) {
        Signature ysig = (Signature) p.yieldType().underlying();
        List<Var> ps = new ArrayList<>();
        for (Var v : p.captures()) ps.add(Var.synthetic(v.name(), celled(v) ? new goj.types.Pointer(v.type()) : v.type()));
        ps.addAll(ysig.params().vars());
        Pos pos = p.rc().pos();
        start(p.name(), new Signature(new Tuple(ps), ysig.results(), false), p.loop().pos());
        fn.closureSignature = ysig;
        rangeShared = p.shared();
        rangeBody = new RangeBody(p.loop(), p.state(), statementsOf(p.loop().body));
        int i = 0;
        for (Var v : p.captures()) {
            Param cell = fn.number(new Param(i, v.name(), ps.get(i).type(), pos));
            fn.params.add(cell);
            write(v, block, cell);
            i++;
        }
        List<Value> args = new ArrayList<>();
        for (Var v : ysig.params().vars()) {
            Param a = fn.number(new Param(i++, v.name().isEmpty() ? "_" : v.name(), v.type(), pos));
            fn.params.add(a);
            args.add(a);
        }
        Value st = readVar(p.state(), pos);
        BasicBlock misuse = fn.newBlock("range.misuse"), ok = fn.newBlock("range.body");
        branch(emit(new Instr.BinOp(Operator.NEQ, st, constant(Constant.of(RF_READY), Universe.INT, pos), Universe.BOOL, pos)), misuse, ok, pos);
        seal(misuse);
        seal(ok);
        block = misuse;
        emit(new Instr.Panic(st, true, pos));
        block = ok;
        assignVar(p.state(), constant(Constant.of(RF_PANIC), Universe.INT, pos), pos);
        List<Expr> lhs = listOf(p.rc().lhs);
        rangeAssign(p.rc(), lhs.isEmpty() ? null : lhs.get(0), args.isEmpty() ? null : args.get(0),
                lhs.size() > 1 ? lhs.get(1) : null, args.size() > 1 ? args.get(1) : null);
        stmt(p.loop().body);
        if (!block.terminated()) yieldReturn(true, p.loop().body.rbrace);
        finish(p.loop().body.rbrace);
    }

    private static boolean isBlank(Expr e) { return e instanceof Name n && n.value.equals("_"); }

    /**
     * Assigns a range clause's key and value (either may be null or blank): as one assignment, so
     * the operands of both left sides are evaluated before either is stored.
     */
    private void rangeAssign(goj.syntax.RangeClause rc, Expr ke, Value k, Expr ve, Value v) {
        boolean hasK = ke != null && !isBlank(ke), hasV = ve != null && !isBlank(ve);
        if (rc.def || !(hasK && hasV)) {
            if (hasK) rangeAssign(rc, ke, k);
            if (hasV) rangeAssign(rc, ve, v);
            return;
        }
        java.util.function.Consumer<Value> kl = location(ke), vl = location(ve);
        kl.accept(k);
        vl.accept(v);
    }

    private void rangeAssign(goj.syntax.RangeClause rc, Expr lhs, Value v) {
        if (rc.def && lhs instanceof Name n && info.defs.get(n) instanceof Var var) declareVar(var, v, n.pos());
        else store(lhs, v);
    }

    /** Branches on boolean expression {@code e}, short-circuiting && and ||. */
    private void cond(Expr e, BasicBlock t, BasicBlock f) {
        while (e instanceof ParenExpr p) e = p.x;
        if (constValue(e) == null && e instanceof Operation op && op.y != null && (op.op == Operator.ANDAND || op.op == Operator.OROR)) {
            BasicBlock mid = fn.newBlock(op.op == Operator.ANDAND ? "cond.and" : "cond.or");
            if (op.op == Operator.ANDAND) cond(op.x, mid, f);
            else cond(op.x, t, mid);
            seal(mid);
            block = mid;
            cond(op.y, t, f);
            return;
        }
        if (constValue(e) == null && e instanceof Operation op && op.y == null && op.op == Operator.NOT) {
            cond(op.x, f, t);
            return;
        }
        branch(expr(e, Universe.BOOL), t, f, e.pos());
    }

    private void exprStmt(Expr e) {
        while (e instanceof ParenExpr p) e = p.x;
        if (e instanceof CallExpr c) call(c, Tuple.EMPTY);
        else expr(e, info.typeOf(e));
    }

    // ---- expressions ----

    private Constant constValue(Expr e) {
        TypeAndValue tv = info.types.get(e);
        return tv != null && tv.mode() == TypeAndValue.Mode.CONSTANT ? tv.value() : null;
    }

    /**
     * The value of {@code e}, converted to {@code want} when {@code e} is an untyped constant, and
     * boxed when {@code want} is an interface type and {@code e} is not.
     */
    private Value expr(Expr e, Type want) {
        boolean toIface = want != null && want.underlying() instanceof goj.types.Interface;
        Value v = expr0(e, toIface ? null : want);
        if (toIface && v != null && !(v.type().underlying() instanceof goj.types.Interface)) {
            if (v instanceof Const c && c.value == null && c.type() instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL) return constant(null, want, e.pos()); // nil
            return emit(new Instr.MakeInterface(v, want, e.pos()));
        }
        return v;
    }

    /** {@code v} as a value of {@code want} (null: as it is): a non-interface value assigned to an interface is boxed. */
    private Value toInterface(Value v, Type want, Pos pos) {
        if (want == null || !(want.underlying() instanceof goj.types.Interface) || v.type().underlying() instanceof goj.types.Interface) return v;
        return emit(new Instr.MakeInterface(v, want, pos));
    }

    private Value expr0(Expr e, Type want) {
        TypeAndValue tv = info.types.get(e);
        if (tv != null && tv.mode() == TypeAndValue.Mode.CONSTANT) {
            Type t = tv.type() instanceof Basic b && b.isUntyped() ? (want != null && !(want instanceof Tuple) ? want : Universe.defaultType(b)) : tv.type();
            return constant(tv.value(), t, e.pos());
        }
        return switch (e) {
            case ParenExpr p -> expr(p.x, want);
            case Name n when info.objectOf(n) instanceof goj.types.Nil -> constant(null, tv != null ? tv.type() : want, n.pos());
            case Name n when info.objectOf(n) instanceof Func f -> emit(new Instr.MakeClosure(f.name(), List.of(), f.type(), n.pos()));
            case goj.syntax.IndexExpr ix when funcOf(ix) instanceof Func f -> emit(new Instr.MakeClosure(f.name(), List.of(), f.type(), ix.pos()));
            case goj.syntax.IndexExpr ix when withoutMethodTypeArgs(ix) instanceof goj.syntax.SelectorExpr sel -> selector(sel);
            case goj.syntax.FuncLit lit -> closure(lit);
            case Name n -> {
                Var v = (Var) info.objectOf(n);
                yield v.global ? emit(new Instr.Load(v, n.pos())) : readVar(v, n.pos());
            }
            case goj.syntax.SelectorExpr sel -> selector(sel);
            case Operation op when op.y == null && op.op == Operator.MUL && !(info.typeOf(op).underlying() instanceof goj.types.Struct) ->
                emit(new Instr.CellGet(expr(op.x, null), op.pos())); // *p of a non-struct: read its cell
            case Operation op when op.y == null && op.op == Operator.MUL -> // *p: the struct object itself, typed T
                emit(new Instr.Convert(expr(op.x, null), info.typeOf(op), op.pos()));
            case Operation op when op.y == null && op.op == Operator.AND -> addressOf(op);
            case Operation op when op.y == null && op.op == Operator.RECV -> {
                Value ch = expr(op.x, null);
                yield emit(new Instr.Recv(ch, false, ((goj.types.Chan) ch.type().underlying()).elem(), op.pos()));
            }
            case Operation op when op.y == null -> {
                Type t = info.typeOf(op);
                Value x = expr(op.x, t);
                yield op.op == Operator.ADD ? x : emit(new Instr.UnOp(op.op, x, t, op.pos()));
            }
            case Operation op when op.op == Operator.ANDAND || op.op == Operator.OROR -> logical(op);
            case Operation op when op.op == Operator.SHL || op.op == Operator.SHR -> {
                Type xt = info.typeOf(op);
                Value x = expr(op.x, xt), y = expr(op.y, Universe.UINT);
                yield emit(new Instr.BinOp(op.op, x, y, xt, op.pos()));
            }
            case Operation op -> {
                Type xt = operandType(op.x, op.y);
                Value x = expr(op.x, xt), y = expr(op.y, xt);
                Type rt = op.op.prec() == Operator.PREC_CMP ? Universe.BOOL : xt;
                yield emit(new Instr.BinOp(op.op, x, y, rt, op.pos()));
            }
            case CallExpr c -> call(c, want);
            case goj.syntax.IndexExpr ix when info.typeOf(ix.x).underlying() instanceof goj.types.MapType mt -> {
                Value m = expr(ix.x, null);
                yield emit(new Instr.MapGet(m, expr(ix.index, mt.key()), false, mt.elem(), ix.pos()));
            }
            case goj.syntax.IndexExpr ix -> {
                Value x = arrayOf(expr(ix.x, null));
                Value i = index(ix.index);
                yield emit(new Instr.Index(x, i, info.typeOf(ix), ix.pos()));
            }
            case goj.syntax.SliceExpr sx -> {
                Value x = arrayOf(expr(sx.x, null));
                Value lo = sx.index[0] == null ? null : index(sx.index[0]);
                Value hi = sx.index[1] == null ? null : index(sx.index[1]);
                Value max = sx.index[2] == null ? null : index(sx.index[2]);
                yield emit(new Instr.SliceOp(x, lo, hi, max, info.typeOf(sx), sx.pos()));
            }
            case goj.syntax.CompositeLit lit -> compositeLit(lit, info.typeOf(lit));
            case goj.syntax.AssertExpr ae -> {
                Value x = expr(ae.x, null);
                Type t = info.typeOf(ae.type);
                TypeAndValue atv = info.types.get(ae);
                yield emit(new Instr.TypeAssert(x, t, false, t, ae.pos()));
            }
            default -> throw new Unsupported(e.pos(), "expression " + e.getClass().getSimpleName());
        };
    }

    /** {@code x.f}: walks the selection's path of (embedded) fields from the struct object. */
    private Value selector(goj.syntax.SelectorExpr sel) {
        goj.types.Selection s = info.selections.get(sel);
        if (s == null) throw new Unsupported(sel.pos(), "qualified identifiers");
        if (s.kind() == goj.types.Selection.Kind.METHOD_EXPR) return methodExpr(s, sel.pos());
        if (s.kind() != goj.types.Selection.Kind.FIELD) return methodValue(sel, s);
        Value v = expr(sel.x, null);
        return fieldPath(v, s.path(), sel.pos());
    }

    /**
     * {@code x.M} as a func value: the receiver is evaluated now and bound to the method's static
     * implementation (for an interface receiver, to the wrapper of method expression {@code I.M}).
     */
    private Value methodValue(goj.syntax.SelectorExpr sel, goj.types.Selection s) {
        Func m = (Func) s.obj();
        Value recv = receiver(sel.x, s, sel.pos());
        if (recv.type().underlying() instanceof goj.types.Interface) {
            recv = emit(new Instr.NilCheck(recv, sel.pos())); // a nil interface has no method to bind
            goj.types.Selection me = new goj.types.Selection(goj.types.Selection.Kind.METHOD_EXPR, List.of(), m, null, false, recv.type());
            return emit(new Instr.MakeClosure(methodExprWrapper(me, withReceiver(recv.type(), (Signature) m.type()), sel.pos()),
                    List.of(recv), m.type(), sel.pos()));
        }
        return emit(new Instr.MakeClosure(methodName(m), List.of(recv), m.type(), sel.pos()));
    }

    /** {@code T.M}: a func value of the wrapper that calls M on its first argument. */
    private Value methodExpr(goj.types.Selection s, Pos pos) {
        return emit(new Instr.MakeClosure(methodExprWrapper(s, (Signature) s.type(), pos), List.of(), s.type(), pos));
    }

    /** A signature with a receiver of type {@code recv} prepended to {@code sig}'s parameters. */
    private static Signature withReceiver(Type recv, Signature sig) {
        List<Var> ps = new ArrayList<>();
        ps.add(Var.synthetic("recv", recv));
        ps.addAll(sig.params().vars());
        return new Signature(new Tuple(ps), sig.results(), sig.variadic());
    }

    /** A method expression's wrapper waiting to be built. */
    private record PendingWrapper(String name, goj.types.Selection sel, Signature sig, Pos pos) {}

    private final Deque<PendingWrapper> pendingWrappers = new ArrayDeque<>();
    private int wrapperCount;

    /** Queues the wrapper function of method expression {@code s} (signature {@code sig}) and returns its name. */
    private String methodExprWrapper(goj.types.Selection s, Signature sig, Pos pos) {
        String name = "mexpr$" + ((Func) s.obj()).name() + "$" + ++wrapperCount;
        pendingWrappers.add(new PendingWrapper(name, s, sig, pos));
        return name;
    }

    /** The wrapper of a method expression: calls the method on its first parameter with the others. */
    private void buildWrapper(PendingWrapper w) {
        start(w.name(), w.sig(), w.pos());
        fn.wrapper = true;
        List<Value> params = new ArrayList<>();
        for (int i = 0; i < w.sig().params().size(); i++) {
            Param p = fn.number(new Param(i, "a" + i, w.sig().params().at(i).type(), w.pos()));
            fn.params.add(p);
            params.add(p);
        }
        Func m = (Func) w.sel().obj();
        Value r = callMethod(m, receiverOf(params.getFirst(), w.sel(), w.pos()), params.subList(1, params.size()), w.pos());
        Tuple results = w.sig().results();
        List<Value> rs = new ArrayList<>();
        if (results.size() == 1) rs.add(r);
        for (int i = 0; results.size() > 1 && i < results.size(); i++) rs.add(emit(new Instr.Extract(r, i, results.at(i).type(), w.pos())));
        emit(new Instr.Return(rs, w.pos()));
        finish(w.pos());
    }

    /** Calls method {@code m} with receiver argument {@code recv} (see {@link #receiver}): an Invoke for interfaces. */
    private Value callMethod(Func m, Value recv, List<Value> args, Pos pos) {
        Signature sig = (Signature) m.type();
        Type rt = sig.results().size() == 1 ? sig.results().at(0).type() : sig.results();
        if (recv.type().underlying() instanceof goj.types.Interface) return emit(new Instr.Invoke(recv, m, args, rt, pos));
        List<Value> all = new ArrayList<>();
        all.add(recv);
        all.addAll(args);
        return emit(new Instr.Call(m, all, rt, pos));
    }

    /**
     * The receiver argument for calling method selection {@code s} on operand {@code x}: for a
     * pointer method of a non-struct type on an addressable {@code x}, its address; otherwise
     * {@link #receiverOf} x's value.
     */
    private Value receiver(Expr x, goj.types.Selection s, Pos pos) {
        Func m = (Func) s.obj();
        if (m.isMethod() && m.ptrRecv && s.path().isEmpty() && !(m.recvBase.underlying() instanceof goj.types.Struct)
                && !(info.typeOf(x).underlying() instanceof goj.types.Pointer)) {
            return address(x, pos);
        }
        return receiverOf(expr(x, null), s, pos);
    }

    /**
     * The receiver argument for method selection {@code s} from value {@code v}: the embedded
     * fields of the path walked, then for a pointer method the pointer (a struct object, a pointer
     * to an embedded field), for a value method a copy of the struct or the value a pointer points
     * to; interface values as they are.
     */
    private Value receiverOf(Value v, goj.types.Selection s, Pos pos) {
        Func m = (Func) s.obj();
        List<Integer> path = s.path();
        boolean struct = m.isMethod() && m.recvBase.underlying() instanceof goj.types.Struct;
        if (m.isMethod() && m.ptrRecv && !struct && !path.isEmpty()) {
            Value obj = fieldPath(v, path.subList(0, path.size() - 1), pos);
            Type ot = obj.type() instanceof goj.types.Pointer p ? p.elem() : obj.type();
            goj.types.Struct st = (goj.types.Struct) ot.underlying();
            Type ft = st.fields().get(path.getLast()).type();
            if (ft.underlying() instanceof goj.types.Pointer) return emit(new Instr.Field(obj, st, path.getLast(), ft, pos));
            return emit(new Instr.FieldAddr(obj, st, path.getLast(), new goj.types.Pointer(ft), pos));
        }
        Value recv = fieldPath(v, path, pos);
        if (!m.isMethod() || m.ptrRecv) return recv;
        if (struct) return emit(new Instr.CopyStruct(recv, pos));
        if (recv.type().underlying() instanceof goj.types.Pointer) return emit(new Instr.CellGet(recv, pos));
        return recv;
    }

    private Value fieldPath(Value v, List<Integer> path, Pos pos) {
        for (int idx : path) {
            Type t = v.type() instanceof goj.types.Pointer p ? p.elem() : v.type();
            goj.types.Struct st = (goj.types.Struct) t.underlying();
            v = emit(new Instr.Field(v, st, idx, st.fields().get(idx).type(), pos));
        }
        return v;
    }

    /** {@code &x}. */
    private Value addressOf(Operation op) {
        return address(op.x, op.pos());
    }

    /**
     * The address of addressable expression {@code x} (or of a composite literal): for a struct
     * value the struct object itself; for other values a variable's heap cell, a pointer to an
     * array element, to a struct field or to a package-level variable (see goj.rt.Pointers).
     */
    private Value address(Expr x, Pos pos) {
        x = unparen(x);
        Type t = info.typeOf(x);
        goj.types.Pointer pt = new goj.types.Pointer(t);
        if (x instanceof Operation op && op.op == Operator.MUL && op.y == null) return emit(new Instr.NilCheck(expr(op.x, null), pos)); // &*p
        if (t.underlying() instanceof goj.types.Struct) {
            return emit(new Instr.Convert(expr(x, t), pt, pos)); // same object, typed *T
        }
        switch (x) {
            case Name n when info.objectOf(n) instanceof Var v && v.global -> { return emit(new Instr.FieldAddr(v, pt, pos)); }
            case Name n when info.objectOf(n) instanceof Var v && celled(v) -> { return read(v, block); }
            case goj.syntax.IndexExpr ix -> {
                Value a = arrayOf(expr(ix.x, null));
                return emit(new Instr.ElemAddr(a, index(ix.index), pt, pos));
            }
            case goj.syntax.SelectorExpr sel when info.selections.get(sel) instanceof goj.types.Selection fs -> {
                List<Integer> path = fs.path();
                Value obj = fieldPath(expr(sel.x, null), path.subList(0, path.size() - 1), sel.pos());
                Type ot = obj.type() instanceof goj.types.Pointer p ? p.elem() : obj.type();
                return emit(new Instr.FieldAddr(obj, (goj.types.Struct) ot.underlying(), path.getLast(), pt, pos));
            }
            case goj.syntax.CompositeLit lit -> { return emit(new Instr.NewCell(compositeLit(lit, t), pt, pos)); }
            default -> throw new Unsupported(pos, "this address-of expression");
        }
    }

    /** An array or slice literal: a new array with the listed elements, wrapped for a slice. */
    private Value compositeLit(goj.syntax.CompositeLit lit, Type t) {
        Type u = t.underlying();
        if (u instanceof goj.types.Pointer p) { // an elided &T{…} in a literal of pointers
            Value v = compositeLit(lit, p.elem());
            return emit(p.elem().underlying() instanceof goj.types.Struct ? new Instr.Convert(v, t, lit.pos()) : new Instr.NewCell(v, t, lit.pos()));
        }
        if (u instanceof goj.types.MapType mt) {
            Value m = emit(new Instr.MakeMap(constant(Constant.of(lit.elems.size()), Universe.INT, lit.pos()), t, lit.pos()));
            for (Expr e : lit.elems) {
                goj.syntax.KeyValueExpr kv = (goj.syntax.KeyValueExpr) e;
                Value k = kv.key instanceof goj.syntax.CompositeLit ik && ik.type == null ? compositeLit(ik, mt.key()) : copyIfArray(expr(kv.key, mt.key()), kv.key);
                Value v = kv.value instanceof goj.syntax.CompositeLit iv && iv.type == null ? compositeLit(iv, mt.elem()) : copyIfArray(expr(kv.value, mt.elem()), kv.value);
                emit(new Instr.MapPut(m, k, v, kv.pos()));
            }
            return m;
        }
        if (u instanceof goj.types.Pointer p) { // &T{} elided in a literal of pointers: the object, typed *T
            return emit(new Instr.Convert(compositeLit(lit, p.elem()), t, lit.pos()));
        }
        if (u instanceof goj.types.Struct st) {
            Value obj = emit(new Instr.NewStruct(t, lit.pos()));
            for (int i = 0; i < lit.elems.size(); i++) {
                Expr e = lit.elems.get(i);
                List<Integer> path = List.of(i);
                Expr ve = e;
                if (e instanceof goj.syntax.KeyValueExpr kv) { // a field or a promoted field (Go 1.27)
                    path = st.pathTo((Var) info.uses.get((Name) kv.key));
                    ve = kv.value;
                }
                Value into = fieldPath(obj, path.subList(0, path.size() - 1), e.pos()); // the embedded struct holding the field
                goj.types.Struct ist = (goj.types.Struct) into.type().underlying();
                int idx = path.getLast();
                Type ft = ist.fields().get(idx).type();
                Value v = ve instanceof goj.syntax.CompositeLit inner && inner.type == null ? compositeLit(inner, ft) : copyIfArray(expr(ve, ft), ve);
                if (ft.underlying() instanceof goj.types.Struct) emit(new Instr.AssignStruct(emit(new Instr.Field(into, ist, idx, ft, e.pos())), v, e.pos()));
                else emit(new Instr.FieldStore(into, ist, idx, v, e.pos()));
            }
            return obj;
        }
        Type elem = u instanceof goj.types.Slice s ? s.elem() : ((goj.types.Array) u).elem();
        long n = 0, index = 0;
        for (Expr e : lit.elems) {
            if (e instanceof goj.syntax.KeyValueExpr kv) index = ((Constant.Int) info.types.get(kv.key).value()).value().longValue();
            n = Math.max(n, ++index);
        }
        if (u instanceof goj.types.Array a) n = a.len();
        Value arr = emit(new Instr.MakeArray(u instanceof goj.types.Array ? t : new goj.types.Array(n, elem), lit.pos()));
        index = 0;
        for (Expr e : lit.elems) {
            Expr ve = e;
            if (e instanceof goj.syntax.KeyValueExpr kv) {
                index = ((Constant.Int) info.types.get(kv.key).value()).value().longValue();
                ve = kv.value;
            }
            Value v = ve instanceof goj.syntax.CompositeLit inner && inner.type == null ? compositeLit(inner, elem) : copyIfArray(expr(ve, elem), ve);
            emit(new Instr.IndexStore(arr, constant(Constant.of(index), Universe.INT, e.pos()), v, e.pos()));
            index++;
        }
        return u instanceof goj.types.Slice ? emit(new Instr.WrapArray(arr, t, lit.pos())) : arr;
    }

    /** The type both operands of a binary operation have after implicit conversion. */
    private Type operandType(Expr x, Expr y) {
        Type tx = info.typeOf(x), ty = info.typeOf(y);
        if (ty != null && ty.underlying() instanceof goj.types.Interface && !(tx != null && tx.underlying() instanceof goj.types.Interface)) return ty;
        if (tx instanceof Basic b && b.isUntyped()) return ty instanceof Basic c && c.isUntyped() ? Universe.defaultType(tx) : ty;
        return tx;
    }

    private Value logical(Operation op) {
        BasicBlock t = fn.newBlock("logical.true"), f = fn.newBlock("logical.false"), done = fn.newBlock("logical.done");
        cond(op, t, f);
        seal(t);
        seal(f);
        block = t;
        Value tv = constant(new Constant.Bool(true), Universe.BOOL, op.pos());
        jump(done, op.pos());
        block = f;
        Value fv = constant(new Constant.Bool(false), Universe.BOOL, op.pos());
        jump(done, op.pos());
        block = done;
        Instr.Phi phi = fn.number(new Instr.Phi(Universe.BOOL, "logical", op.pos()));
        phi.block = done;
        phi.edges.add(tv);
        phi.edges.add(fv);
        done.instrs.add(phi);
        seal(done);
        return phi;
    }

    private Value call(CallExpr c, Type want) {
        Expr fun = withoutMethodTypeArgs(unparen(c.fun));
        TypeAndValue ftv = info.types.get(fun);
        if (ftv != null && ftv.mode() == TypeAndValue.Mode.TYPEXPR) {
            Type to = info.typeOf(c);
            if (to.underlying() instanceof goj.types.Interface) return expr(c.args.getFirst(), to); // boxes concrete values
            Value x = expr(c.args.getFirst(), null);
            if (x.type().underlying() instanceof goj.types.Slice && to.underlying() instanceof goj.types.Pointer) {
                throw new Unsupported(c.pos(), "conversions of slices to array pointers");
            }
            return emit(new Instr.Convert(x, to, c.pos()));
        }
        if (ftv != null && ftv.mode() == TypeAndValue.Mode.BUILTIN) {
            Builtin b = (Builtin) info.objectOf((Name) fun);
            Type rt = info.typeOf(c);
            switch (b.id) {
                case MAKE -> {
                    Type t = info.typeOf(c.args.get(0));
                    if (t.underlying() instanceof goj.types.MapType) {
                        Value hint = c.args.size() > 1 ? index(c.args.get(1)) : constant(Constant.of(0), Universe.INT, c.pos());
                        return emit(new Instr.MakeMap(hint, t, c.pos()));
                    }
                    if (t.underlying() instanceof goj.types.Chan) {
                        Value size = c.args.size() > 1 ? index(c.args.get(1)) : constant(Constant.of(0), Universe.INT, c.pos());
                        return emit(new Instr.MakeChan(size, t, c.pos()));
                    }
                    Value len = index(c.args.get(1));
                    Value cap = c.args.size() > 2 ? index(c.args.get(2)) : null;
                    return emit(new Instr.MakeSlice(len, cap, t, c.pos()));
                }
                case APPEND -> {
                    if (c.args.size() == 1 && info.typeOf(c.args.get(0)) instanceof Tuple tt && tt.size() > 1) { // append(f())
                        return emit(new Instr.BuiltinCall(b.id, values(c.args, tt), rt, false, c.pos()));
                    }
                    List<Value> args = new ArrayList<>();
                    args.add(expr(c.args.get(0), rt));
                    Type elem = ((goj.types.Slice) rt.underlying()).elem();
                    for (int i = 1; i < c.args.size(); i++) {
                        Expr a = c.args.get(i);
                        args.add(c.hasDots ? expr(a, info.typeOf(a) instanceof Basic bt && bt.isUntyped() ? Universe.STRING : rt) : copyIfArray(expr(a, elem), a));
                    }
                    return emit(new Instr.BuiltinCall(b.id, args, rt, c.hasDots, c.pos()));
                }
                case DELETE -> {
                    Value m = expr(c.args.get(0), null);
                    goj.types.MapType mt = (goj.types.MapType) m.type().underlying();
                    return emit(new Instr.MapDelete(m, expr(c.args.get(1), mt.key()), c.pos()));
                }
                case NEW -> {
                    Type t = ((goj.types.Pointer) rt).elem();
                    TypeAndValue atv = info.types.get(c.args.getFirst());
                    if (atv != null && atv.mode() != TypeAndValue.Mode.TYPEXPR) { // new(expr): a new variable initialized to the value
                        Value v = copyIfArray(expr(c.args.getFirst(), t), c.args.getFirst());
                        if (!(t.underlying() instanceof goj.types.Struct)) return emit(new Instr.NewCell(v, rt, c.pos()));
                        return emit(new Instr.Convert(emit(new Instr.CopyStruct(v, c.pos())), rt, c.pos()));
                    }
                    if (!(t.underlying() instanceof goj.types.Struct)) return emit(new Instr.NewCell(zero(t, c.pos()), rt, c.pos()));
                    return emit(new Instr.Convert(emit(new Instr.NewStruct(t, c.pos())), rt, c.pos())); // the object, typed *T
                }
                case COPY -> {
                    Value dst = expr(c.args.get(0), null);
                    Value src = expr(c.args.get(1), Universe.STRING);
                    return emit(new Instr.BuiltinCall(b.id, List.of(dst, src), Universe.INT, false, c.pos()));
                }
                default -> { }
            }
            List<Value> args = new ArrayList<>();
            if (c.args.size() == 1 && info.typeOf(c.args.get(0)) instanceof Tuple tt && tt.size() > 1) {
                List<Type> ts = new ArrayList<>();
                for (Var v : tt.vars()) ts.add(v.type());
                args.addAll(values(c.args, ts)); // println(f()) with a multi-value f
            } else {
                // min and max convert untyped constant arguments to the call's type
                Type argType = b.id == Builtin.Id.PANIC ? Universe.EMPTY_INTERFACE : b.id == Builtin.Id.MIN || b.id == Builtin.Id.MAX ? rt : null;
                for (Expr a : c.args) args.add(expr(a, argType));
            }
            if (b.id == Builtin.Id.RECOVER) return emit(new Instr.BuiltinCall(b.id, args, Universe.EMPTY_INTERFACE, false, c.pos()));
            if (b.id == Builtin.Id.PANIC) {
                emit(new Instr.Panic(args.getFirst(), c.pos()));
                block = fn.newBlock("unreachable");
                seal(block);
                return null;
            }
            if ((b.id == Builtin.Id.LEN || b.id == Builtin.Id.CAP) && args.getFirst().type().underlying() instanceof goj.types.Pointer p) {
                // len(p) of a *[N]T is N even for a nil p; the operand was evaluated for its calls
                return constant(Constant.of(((goj.types.Array) p.elem().underlying()).len()), Universe.INT, c.pos());
            }
            Type t = switch (b.id) {
                case LEN, CAP -> Universe.INT;
                case REAL, IMAG, COMPLEX, MIN, MAX -> rt;
                default -> Tuple.EMPTY;
            };
            return emit(new Instr.BuiltinCall(b.id, args, t, false, c.pos()));
        }
        if (fun instanceof goj.syntax.SelectorExpr sel && info.selections.get(sel) instanceof goj.types.Selection ms
                && ms.kind() == goj.types.Selection.Kind.METHOD) {
            Func m = (Func) ms.obj();
            Value recv = receiver(sel.x, ms, sel.pos());
            return callMethod(m, recv, arguments(c, (Signature) m.type()), c.pos());
        }
        Func f = funcOf(fun);
        if (f == null) {
            Value fv = expr(fun, null);
            if (!(fv.type().underlying() instanceof Signature fsig)) throw new Unsupported(c.pos(), "calls of " + fv.type());
            List<Value> args = arguments(c, fsig);
            Type rt = fsig.results().size() == 1 ? fsig.results().at(0).type() : fsig.results();
            return emit(new Instr.CallValue(fv, args, rt, c.pos()));
        }
        Signature sig = (Signature) f.type();
        List<Value> args = arguments(c, sig);
        Type rt = sig.results().size() == 1 ? sig.results().at(0).type() : sig.results();
        return emit(new Instr.Call(f, args, rt, c.pos()));
    }

    /** The package-level function {@code fun} names ({@code f}, or an instance {@code f[T]}), or null. */
    private Func funcOf(Expr fun) {
        Expr e = unparen(fun);
        if (e instanceof goj.syntax.IndexExpr ix) e = unparen(ix.x);
        return e instanceof Name n && info.objectOf(n) instanceof Func f ? f : null;
    }

    /** A call's argument values: spread multi-value calls, variadic arguments packed into a slice. */
    private List<Value> arguments(CallExpr c, Signature sig) {
        int n = sig.params().size();
        List<Type> want = new ArrayList<>();
        List<Value> vals;
        if (c.args.size() == 1 && info.typeOf(c.args.get(0)) instanceof Tuple t && t.size() > 1) {
            for (Var v : t.vars()) want.add(v.type());
            vals = values(c.args, want);
        } else {
            vals = new ArrayList<>();
            for (int i = 0; i < c.args.size(); i++) {
                Type t = sig.variadic() && !c.hasDots && i >= n - 1 ? ((goj.types.Slice) sig.params().at(n - 1).type()).elem() : sig.params().at(i).type();
                vals.add(copyIfArray(expr(c.args.get(i), t), c.args.get(i)));
            }
        }
        if (!sig.variadic() || c.hasDots) return vals;
        List<Value> fixed = new ArrayList<>(vals.subList(0, n - 1));
        List<Value> rest = vals.subList(n - 1, vals.size());
        Type st = sig.params().at(n - 1).type();
        if (rest.isEmpty()) {
            fixed.add(constant(null, st, c.pos()));
        } else {
            fixed.add(sliceOf(rest, st, c.pos()));
        }
        return fixed;
    }

    /** A new slice of type {@code st} holding {@code elems}. */
    private Value sliceOf(List<Value> elems, Type st, Pos pos) {
        Type elem = ((goj.types.Slice) st.underlying()).elem();
        Value arr = emit(new Instr.MakeArray(new goj.types.Array(elems.size(), elem), pos));
        for (int i = 0; i < elems.size(); i++) emit(new Instr.IndexStore(arr, constant(Constant.of(i), Universe.INT, pos), elems.get(i), pos));
        return emit(new Instr.WrapArray(arr, st, pos));
    }

    /**
     * Arrays and structs are values: one read from a variable, field, element or pointer is copied
     * before it is stored elsewhere (fresh values from calls and literals are not).
     */
    private Value copyIfArray(Value v, Expr src) {
        while (src instanceof ParenExpr p) src = p.x;
        boolean addressable = src instanceof Name || src instanceof goj.syntax.IndexExpr || src instanceof goj.syntax.SelectorExpr
                || src instanceof Operation op && op.op == Operator.MUL && op.y == null;
        if (v == null || !addressable) return v;
        if (v.type().underlying() instanceof goj.types.Array) return emit(new Instr.CloneArray(v, src.pos()));
        if (v.type().underlying() instanceof goj.types.Struct) return emit(new Instr.CopyStruct(v, src.pos()));
        return v;
    }

    /** A constant; {@code v == null} is the nil (or zero reference) value of {@code t}. */
    private Const constant(Constant v, Type t, Pos pos) {
        if (t instanceof Basic b && b.isUntyped()) t = Universe.defaultType(b);
        return fn.number(new Const(v, t, pos));
    }

    private Value zero(Type t, Pos pos) {
        if (t.underlying() instanceof goj.types.Array) return emit(new Instr.MakeArray(t, pos));
        if (t.underlying() instanceof goj.types.Struct) return emit(new Instr.NewStruct(t, pos));
        if (!(t.underlying() instanceof Basic b)) return constant(null, t, pos);
        Constant v = b.isBoolean() ? new Constant.Bool(false) : b.isString() ? new Constant.Str(new byte[0])
                : b.isInteger() ? Constant.of(0) : new Constant.Float(BigDecimal.ZERO);
        return constant(v, t, pos);
    }

    private static List<Expr> listOf(Expr e) {
        if (e == null) return List.of();
        if (e instanceof ListExpr l) return l.elems;
        return List.of(e);
    }

}
