package goj.syntax;

/**
 * An error message at a position; {@code toString()} is {@code file:line:col: msg} as gc prints
 * it, or the message alone when there is no position (the go command's load errors).
 */
public record Diagnostic(Pos pos, String msg) {
    @Override public String toString() { return pos == Pos.NONE ? msg : pos + ": " + msg; }
}
