package goj.ssa;

import goj.types.Pointer;
import goj.types.Signature;
import goj.types.Tuple;
import goj.types.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Escape analysis of heap cells ({@link Instr.NewCell}): follows each cell through the closures
 * it is captured by ({@link Instr.MakeClosure} to the literal's cell parameter, transitively) and
 * classifies every use. A cell used only by {@link Instr.CellGet}s and captures — the variable is
 * never written after its declaration — is replaced by its value: the closures capture the value
 * itself (their parameter's type becomes the variable's type) and reads use it directly, so the
 * cell is not allocated. Any other use (a {@link Instr.CellSet}, a phi, a named result read by
 * recover, a capture by something that is not a function literal) keeps the cell. Each function's
 * {@link Function#escapes} records the verdict per cell for {@code goj tool ssa}.
 */
final class Escape {
    private Escape() {}

    /** A place the cell lives: a value of a function (the NewCell, or a closure's cell parameter). */
    private record Site(Function fn, Value cell) {}

    static void run(Program prog) {
        Map<String, Function> byName = new HashMap<>();
        Map<String, Integer> made = new HashMap<>();
        for (Function f : prog.functions) byName.put(f.name, f);
        for (Function f : prog.functions) {
            for (BasicBlock b : f.blocks) for (Instr in : b.instrs) if (in instanceof Instr.MakeClosure m) made.merge(m.method, 1, Integer::sum);
        }
        for (Function f : List.copyOf(prog.functions)) {
            for (BasicBlock b : f.blocks) {
                for (Instr in : List.copyOf(b.instrs)) {
                    if (in instanceof Instr.NewCell nc) analyse(f, nc, byName, made);
                }
            }
        }
    }

    private static void analyse(Function f, Instr.NewCell nc, Map<String, Function> byName, Map<String, Integer> made) {
        List<Site> sites = new ArrayList<>(List.of(new Site(f, nc)));
        String name = nc.name() + " (" + nc.pos().line() + ":" + nc.pos().col() + ")";
        // reads of the cell are replaced by the initial value: it must have the variable's type
        String why = goj.types.Types.identical(nc.init.type(), ((Pointer) nc.type()).elem()) ? null : "initialized with a " + nc.init.type();
        ArrayDeque<Site> work = new ArrayDeque<>(sites);
        while (!work.isEmpty() && why == null) {
            Site s = work.pop();
            if (s.fn.resultCells.contains(s.cell)) why = "named result read after a recovered panic";
            for (BasicBlock b : s.fn.blocks) {
                for (Instr in : b.instrs) {
                    if (why != null || !in.operands().contains(s.cell)) continue;
                    switch (in) {
                        case Instr.CellGet g -> { }
                        case Instr.CellSet c when c.cell == s.cell && c.value != s.cell -> why = "written at " + c.pos().line() + ":" + c.pos().col();
                        case Instr.MakeClosure m when byName.get(m.method) instanceof Function lit && lit.closureSignature != null
                                && made.get(m.method) == 1 && m.captures.indexOf(s.cell) == m.captures.lastIndexOf(s.cell) -> {
                            Param p = lit.params.get(m.captures.indexOf(s.cell));
                            name = p.varName;
                            Site next = new Site(lit, p);
                            sites.add(next);
                            work.add(next);
                        }
                        default -> why = "used by " + Printer.describe(in);
                    }
                }
            }
        }
        if (why != null) {
            f.escapes.add(name + ": heap cell (" + why + ")");
            return;
        }
        f.escapes.add(name + (sites.size() == 1 ? ": never captured" : ": captured but never written") + ", no cell");
        promote(sites, nc.init);
    }

    /** Replaces the cell by its value at every site: reads become the value, closures capture the value. */
    private static void promote(List<Site> sites, Value init) {
        for (Site s : sites) {
            Value value = init;
            if (s.cell instanceof Param p) {
                Param v = s.fn.number(new Param(p.index, p.varName, ((Pointer) p.type()).elem(), p.pos()));
                s.fn.params.set(p.index, v);
                List<Var> ps = new ArrayList<>(s.fn.signature.params().vars());
                ps.set(p.index, Var.synthetic(p.varName, v.type()));
                s.fn.signature = new Signature(new Tuple(ps), s.fn.signature.results(), s.fn.signature.variadic());
                value = v;
            }
            Map<Value, Value> repl = new HashMap<>();
            for (BasicBlock b : s.fn.blocks) for (Instr in : b.instrs) if (in instanceof Instr.CellGet g && g.cell == s.cell) repl.put(g, value);
            repl.put(s.cell, value); // the captures
            Operands.replaceAll(s.fn, repl);
            for (BasicBlock b : s.fn.blocks) b.instrs.removeIf(in -> repl.containsKey(in));
        }
    }
}
