package goj.ssa;

import goj.syntax.Pos;
import goj.types.Type;

/**
 * A value of the SSA graph: a constant, a parameter or the result of an instruction. Every value
 * is defined exactly once; {@link #id} numbers the values of one function in creation order.
 */
public abstract sealed class Value permits Const, Param, Instr {
    int id = -1;
    final Type type;
    final Pos pos;

    Value(Type type, Pos pos) {
        this.type = type;
        this.pos = pos;
    }

    public int id() { return id; }
    /** The value's Go type; {@link goj.types.Tuple#EMPTY} for instructions that produce none. */
    public Type type() { return type; }
    public Pos pos() { return pos; }

    /** {@code t3}-style name used when printing the IR. */
    public String name() { return "t" + id; }
}
