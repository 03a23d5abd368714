package goj.syntax;

/** An error message at a position; {@code toString()} is {@code file:line:col: msg} as gc prints it. */
public record Diagnostic(Pos pos, String msg) {
    @Override public String toString() { return pos + ": " + msg; }
}
