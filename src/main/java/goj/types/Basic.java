package goj.types;

/** A predeclared (basic) type, including the untyped kinds of constants and the type of nil. */
public final class Basic implements Type {
    /** The kinds of basic types. */
    public enum Kind {
        INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
        FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER,
        UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING, UNTYPED_NIL
    }

    private final Kind kind;
    private final String name;

    Basic(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public Kind kind() { return kind; }
    public String name() { return name; }

    public boolean isBoolean() { return kind == Kind.BOOL || kind == Kind.UNTYPED_BOOL; }
    public boolean isString() { return kind == Kind.STRING || kind == Kind.UNTYPED_STRING; }
    public boolean isInteger() {
        return kind.compareTo(Kind.INT) >= 0 && kind.compareTo(Kind.UINTPTR) <= 0
                || kind == Kind.UNTYPED_INT || kind == Kind.UNTYPED_RUNE;
    }
    public boolean isUnsigned() { return kind.compareTo(Kind.UINT) >= 0 && kind.compareTo(Kind.UINTPTR) <= 0; }
    public boolean isFloat() { return kind == Kind.FLOAT32 || kind == Kind.FLOAT64 || kind == Kind.UNTYPED_FLOAT; }
    public boolean isComplex() { return kind == Kind.COMPLEX64 || kind == Kind.COMPLEX128 || kind == Kind.UNTYPED_COMPLEX; }
    public boolean isNumeric() { return isInteger() || isFloat() || isComplex(); }
    public boolean isOrdered() { return isInteger() || isFloat() || isString(); }
    public boolean isUntyped() { return kind.compareTo(Kind.UNTYPED_BOOL) >= 0; }

    /** Size in bytes on amd64 (0 for untyped kinds). */
    public int size() {
        return switch (kind) {
            case BOOL, INT8, UINT8 -> 1;
            case INT16, UINT16 -> 2;
            case INT32, UINT32, FLOAT32 -> 4;
            case INT, INT64, UINT, UINT64, UINTPTR, FLOAT64, COMPLEX64, UNSAFE_POINTER -> 8;
            case COMPLEX128, STRING -> 16;
            default -> 0;
        };
    }

    @Override public String toString() { return name; }
}
