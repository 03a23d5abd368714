package goj.types;

/** What the checker knows of one expression: its mode, its type and, for constants, its value. */
public record TypeAndValue(Mode mode, Type type, Constant value) {
    /** The modes of operands, as go/types names them. */
    public enum Mode { INVALID, NOVALUE, BUILTIN, TYPEXPR, CONSTANT, VARIABLE, VALUE, COMMAOK, MAPINDEX }
}
