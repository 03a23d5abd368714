package goj.ssa;

import goj.syntax.Pos;

/** Thrown when the SSA builder meets a construct goj cannot compile yet; reported as a diagnostic. */
public final class Unsupported extends RuntimeException {
    public final Pos pos;

    public Unsupported(Pos pos, String what) {
        super("goj: not yet supported: " + what, null, false, false);
        this.pos = pos;
    }
}
