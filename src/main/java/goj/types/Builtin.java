package goj.types;

import goj.syntax.Pos;

/** Object: a predeclared function ({@code len}, {@code print} …); its calls are checked specially. */
public final class Builtin extends Obj {
    /** The builtins. */
    public enum Id { APPEND, CAP, CLEAR, CLOSE, COMPLEX, COPY, DELETE, IMAG, LEN, MAKE, MAX, MIN, NEW, PANIC, PRINT, PRINTLN, REAL, RECOVER }

    public final Id id;

    Builtin(Id id) {
        super(Pos.NONE, null, id.name().toLowerCase(), Universe.INVALID);
        this.id = id;
    }
}
