package goj.syntax;

/** A field, parameter, result, type parameter or interface element: {@code Name Type}; name null for embedded/anonymous. */
public final class Field extends Node {
    public Name name; // or null
    public Expr type; // or null (only in bad code)

    public Field(Pos pos) { super(pos); }
}
