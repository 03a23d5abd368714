package goj.ssa;

import goj.syntax.Pos;
import goj.types.Type;

/** A function parameter, the {@link #index}-th. */
public final class Param extends Value {
    public final int index;
    public final String varName;

    Param(int index, String varName, Type type, Pos pos) {
        super(type, pos);
        this.index = index;
        this.varName = varName;
    }
}
