package goj.ssa;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rewrites the operands of instructions, the one way passes replace a value by another. The switch
 * is exhaustive over the sealed {@link Instr} hierarchy, so a new instruction kind cannot be
 * forgotten here.
 */
final class Operands {
    private Operands() {}

    /** Replaces every operand {@code v} of {@code in} by {@code f.apply(v)} (nulls stay null). */
    static void rewrite(Instr in, UnaryOperator<Value> f) {
        UnaryOperator<Value> g = v -> v == null ? null : f.apply(v);
        switch (in) {
            case Instr.BinOp b -> { b.x = g.apply(b.x); b.y = g.apply(b.y); }
            case Instr.UnOp u -> u.x = g.apply(u.x);
            case Instr.Convert c -> c.x = g.apply(c.x);
            case Instr.Call c -> c.args = map(c.args, g);
            case Instr.BuiltinCall c -> c.args = map(c.args, g);
            case Instr.Extract e -> e.tuple = g.apply(e.tuple);
            case Instr.Index ix -> { ix.x = g.apply(ix.x); ix.index = g.apply(ix.index); }
            case Instr.IndexStore st -> { st.x = g.apply(st.x); st.index = g.apply(st.index); st.value = g.apply(st.value); }
            case Instr.SliceOp s -> { s.x = g.apply(s.x); s.lo = g.apply(s.lo); s.hi = g.apply(s.hi); s.max = g.apply(s.max); }
            case Instr.MakeSlice m -> { m.len = g.apply(m.len); m.cap = g.apply(m.cap); }
            case Instr.MakeArray m -> { }
            case Instr.CloneArray c -> c.x = g.apply(c.x);
            case Instr.WrapArray w -> w.array = g.apply(w.array);
            case Instr.DecodeRune d -> { d.s = g.apply(d.s); d.index = g.apply(d.index); }
            case Instr.NewStruct n -> { }
            case Instr.Field fd -> fd.x = g.apply(fd.x);
            case Instr.FieldStore fs -> { fs.x = g.apply(fs.x); fs.value = g.apply(fs.value); }
            case Instr.CopyStruct c -> c.x = g.apply(c.x);
            case Instr.AssignStruct a -> { a.dst = g.apply(a.dst); a.src = g.apply(a.src); }
            case Instr.NewCell n -> n.init = g.apply(n.init);
            case Instr.CellGet c -> c.cell = g.apply(c.cell);
            case Instr.CellSet c -> { c.cell = g.apply(c.cell); c.value = g.apply(c.value); }
            case Instr.MakeClosure m -> m.captures = map(m.captures, g);
            case Instr.CallValue c -> { c.fn = g.apply(c.fn); c.args = map(c.args, g); }
            case Instr.MakeInterface m -> m.x = g.apply(m.x);
            case Instr.Invoke iv -> { iv.x = g.apply(iv.x); iv.args = map(iv.args, g); }
            case Instr.TypeAssert t -> t.x = g.apply(t.x);
            case Instr.Defer d -> { d.captures = map(d.captures, g); d.stack = g.apply(d.stack); }
            case Instr.DeferStack d -> { }
            case Instr.Go go -> go.captures = map(go.captures, g);
            case Instr.MakeChan m -> m.size = g.apply(m.size);
            case Instr.Send s -> { s.chan = g.apply(s.chan); s.value = g.apply(s.value); }
            case Instr.Recv r -> r.chan = g.apply(r.chan);
            case Instr.Select s -> {
                List<Instr.SelectCase> cases = new ArrayList<>();
                for (Instr.SelectCase c : s.cases) cases.add(new Instr.SelectCase(g.apply(c.chan()), g.apply(c.value()), c.isSend()));
                s.cases = cases;
            }
            case Instr.SelectRecv r -> { } // its operand is the Select, which no pass replaces
            case Instr.MakeMap m -> m.hint = g.apply(m.hint);
            case Instr.MapGet m -> { m.map = g.apply(m.map); m.key = g.apply(m.key); }
            case Instr.MapPut m -> { m.map = g.apply(m.map); m.key = g.apply(m.key); m.value = g.apply(m.value); }
            case Instr.MapDelete m -> { m.map = g.apply(m.map); m.key = g.apply(m.key); }
            case Instr.MapKeys m -> m.map = g.apply(m.map);
            case Instr.MapHas m -> { m.map = g.apply(m.map); m.key = g.apply(m.key); }
            case Instr.RunDefers r -> { }
            case Instr.Load l -> { }
            case Instr.Store s -> s.value = g.apply(s.value);
            case Instr.Phi p -> p.edges.replaceAll(g);
            case Instr.Jump j -> { }
            case Instr.If i -> i.cond = g.apply(i.cond);
            case Instr.Return r -> r.results = map(r.results, g);
            case Instr.Panic p -> p.value = g.apply(p.value);
            case Instr.NilCheck n -> n.x = g.apply(n.x);
            case Instr.ElemAddr e -> { e.x = g.apply(e.x); e.index = g.apply(e.index); }
            case Instr.FieldAddr fa -> fa.x = g.apply(fa.x);
        }
    }

    /** Replaces values by their final replacement in {@code repl} (chains followed) throughout {@code f}. */
    static void replaceAll(Function f, java.util.Map<Value, Value> repl) {
        if (repl.isEmpty()) return;
        UnaryOperator<Value> resolve = v -> {
            while (repl.containsKey(v)) v = repl.get(v);
            return v;
        };
        for (BasicBlock b : f.blocks) for (Instr in : b.instrs) rewrite(in, resolve);
        f.resultCells.replaceAll(v -> v == null ? null : resolve.apply(v));
    }

    private static List<Value> map(List<Value> l, UnaryOperator<Value> g) {
        List<Value> out = new ArrayList<>(l.size());
        for (Value v : l) out.add(g.apply(v));
        return out;
    }
}
