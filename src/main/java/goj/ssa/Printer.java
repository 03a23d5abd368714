package goj.ssa;

import java.util.stream.Collectors;

/**
 * Prints a function's SSA in the style of x/tools/go/ssa: one block per paragraph with its
 * predecessors and successors, one instruction per line, values named {@code tN}.
 */
public final class Printer {
    private Printer() {}

    public static String print(Function f) {
        StringBuilder sb = new StringBuilder();
        sb.append("func ").append(f.name()).append(f.signature().toString().substring("func".length())).append(":\n");
        if (!f.params().isEmpty()) {
            sb.append("  params:");
            for (Param p : f.params()) sb.append(' ').append(p.name()).append(" (").append(p.varName).append(' ').append(p.type()).append(')');
            sb.append('\n');
        }
        for (String e : f.escapes()) sb.append("  escape: ").append(e).append('\n');
        for (BasicBlock b : f.blocks()) {
            sb.append(b.index()).append(":  ; ").append(b.comment());
            if (!b.preds().isEmpty()) sb.append("  preds ").append(b.preds().stream().map(p -> Integer.toString(p.index())).collect(Collectors.joining(" ")));
            if (!b.succs().isEmpty()) sb.append("  succs ").append(b.succs().stream().map(p -> Integer.toString(p.index())).collect(Collectors.joining(" ")));
            sb.append('\n');
            for (Instr in : b.instrs()) {
                sb.append("    ");
                if (!(in.type() instanceof goj.types.Tuple t && t.size() == 0)) sb.append(in.name()).append(" = ");
                sb.append(describe(in));
                if (!(in.type() instanceof goj.types.Tuple t && t.size() == 0)) sb.append("  ").append(in.type());
                if (in.int32) sb.append(" (int32)");
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** One instruction without its result name and type, e.g. {@code index t0, t9}. */
    static String describe(Instr in) {
        String ops = in.operands().stream().map(v -> v == null ? "_" : v.name()).collect(Collectors.joining(", "));
        return switch (in) {
            case Instr.BinOp b -> b.x.name() + " " + b.op + " " + b.y.name();
            case Instr.UnOp u -> u.op + u.x.name();
            case Instr.Phi p -> "phi [" + ops + "] #" + p.comment;
            case Instr.Call c -> "call " + c.callee.name() + "(" + ops + ")";
            case Instr.BuiltinCall c -> c.builtin.name().toLowerCase() + "(" + ops + (c.spread ? "..." : "") + ")";
            case Instr.Load l -> "load " + l.global.name();
            case Instr.Store s -> "store " + s.global.name() + " = " + s.value.name();
            case Instr.Field f -> "field " + f.x.name() + "." + f.struct.fields().get(f.index).name();
            case Instr.FieldStore f -> "store " + f.x.name() + "." + f.struct.fields().get(f.index).name() + " = " + f.value.name();
            case Instr.MakeClosure m -> "closure " + m.method + "[" + ops + "]";
            case Instr.Extract e -> "extract " + e.tuple.name() + " #" + e.index;
            case Instr.Index ix -> "index " + ops + (ix.needsBoundsCheck ? "" : " (in bounds)");
            case Instr.IndexStore st -> "indexstore " + ops + (st.needsBoundsCheck ? "" : " (in bounds)");
            default -> in.getClass().getSimpleName().toLowerCase() + (ops.isEmpty() ? "" : " " + ops);
        };
    }
}
