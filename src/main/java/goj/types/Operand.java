package goj.types;

import goj.syntax.Expr;
import goj.types.TypeAndValue.Mode;

/** An expression being checked: its mode, type and (for constants) value. Mutable while checking. */
final class Operand {
    Mode mode = Mode.INVALID;
    Type type = Universe.INVALID;
    Constant value;
    Expr expr;
    /** For BUILTIN operands: which builtin. */
    Builtin builtin;
    /** For VALUE operands naming a function: the function. */
    Func func;
    /** For a generic function named without all its type arguments: the explicit ones so far. */
    java.util.List<Type> targs;
    /** For a TYPEXPR operand naming a generic alias (allowed only where it is instantiated): the alias. */
    TypeName genericAlias;

    boolean invalid() { return mode == Mode.INVALID; }

    void invalidate() {
        mode = Mode.INVALID;
        type = Universe.INVALID;
        value = null;
    }

    boolean isUntyped() { return type instanceof Basic b && b.isUntyped(); }
}
