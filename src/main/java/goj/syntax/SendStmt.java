package goj.syntax;

/** {@code Chan <- Value}; pos is that of the arrow. */
public final class SendStmt extends SimpleStmt {
    public Expr chan;
    public Expr value;

    public SendStmt(Pos pos) { super(pos); }
}
