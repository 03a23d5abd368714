package goj.syntax;

/** A declaration (top level or in a {@link DeclStmt}). */
public abstract class Decl extends Node {
    /** The parenthesized group this declaration belongs to, or null; shared by identity. */
    public Group group;
    /** Compiler directives ({@code //go:...}) written just before the declaration, or null. */
    public Pragma pragma;

    protected Decl(Pos pos) { super(pos); }
}
