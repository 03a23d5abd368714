package goj.types;

import goj.syntax.Pos;

/** Object: a predeclared function ({@code len}, {@code print} …); its calls are checked specially. */
public final class Builtin extends Obj {
    /** The builtins. */
    public enum Id {
        APPEND, CAP, CLEAR, CLOSE, COMPLEX, COPY, DELETE, IMAG, LEN, MAKE, MAX, MIN, NEW, PANIC, PRINT, PRINTLN, REAL, RECOVER,
        // package unsafe's functions (declared in Unsafe.PKG, not in the universe)
        ADD, ALIGNOF, OFFSETOF, SIZEOF, SLICE, SLICEDATA, STRING, STRINGDATA;

        /** Whether a call of this builtin may stand alone as a statement (the others compute a value that must be used). */
        public boolean isStatement() {
            return switch (this) {
                case CLEAR, CLOSE, COPY, DELETE, PANIC, PRINT, PRINTLN, RECOVER -> true;
                default -> false;
            };
        }

        /** Whether this is one of package unsafe's functions. */
        public boolean isUnsafe() { return compareTo(ADD) >= 0; }
    }

    public final Id id;

    /** A universe builtin. */
    Builtin(Id id) { this(id, null, id.name().toLowerCase()); }

    /** A builtin of package {@code pkg} (unsafe) named {@code name}. */
    Builtin(Id id, Package pkg, String name) {
        super(Pos.NONE, pkg, name, Universe.INVALID);
        this.id = id;
    }
}
