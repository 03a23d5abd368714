package goj.ssa;

import goj.syntax.Pos;
import goj.types.Constant;
import goj.types.Type;

/** A constant of a (typed) basic type. */
public final class Const extends Value {
    public final Constant value;

    Const(Constant value, Type type, Pos pos) {
        super(type, pos);
        this.value = value;
    }

    @Override public String name() { return value + ":" + type; }
}
