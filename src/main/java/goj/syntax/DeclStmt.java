package goj.syntax;

/** A const, type or var declaration in a function. */
public final class DeclStmt extends Stmt {
    public java.util.List<Decl> decls = new java.util.ArrayList<>();

    public DeclStmt(Pos pos) { super(pos); }
}
