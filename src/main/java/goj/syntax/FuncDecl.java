package goj.syntax;

/** {@code func (Recv) Name[TParams] Type { Body }}; methods may have type parameters (Go 1.27). */
public final class FuncDecl extends Decl {
    public Field recv; // or null
    public Name name;
    public java.util.List<Field> tparams = java.util.List.of(); // empty if none
    public FuncType type;
    public BlockStmt body; // or null

    public FuncDecl(Pos pos) { super(pos); }
}
