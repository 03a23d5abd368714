package goj.syntax;

/** {@code Lhs op= Rhs}: op null for {@code =}, DEF for {@code :=}; {@code x++}/{@code x--} have op ADD/SUB and rhs null. pos is that of the operator. */
public final class AssignStmt extends SimpleStmt {
    public Operator op; // null for plain =
    public Expr lhs;
    public Expr rhs; // null for x++ and x--

    public AssignStmt(Pos pos) { super(pos); }
}
