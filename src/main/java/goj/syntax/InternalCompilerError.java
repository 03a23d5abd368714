package goj.syntax;

/**
 * A bug in goj found while compiling the construct at {@link #pos}: reported as
 * {@code file:line:col: internal compiler error: …} with a non-zero exit, never as a Java trace.
 */
public final class InternalCompilerError extends RuntimeException {
    public final Pos pos;

    public InternalCompilerError(Pos pos, Throwable cause) {
        super(String.valueOf(cause), cause);
        this.pos = pos;
    }
}
