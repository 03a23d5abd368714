package goj.syntax;

/** {@code type Name[TParams] = Type} (alias) or {@code type Name[TParams] Type}. */
public final class TypeDecl extends Decl {
    public Name name;
    public java.util.List<Field> tparams = java.util.List.of(); // empty if none
    public boolean alias;
    public Expr type;

    public TypeDecl(Pos pos) { super(pos); }
}
