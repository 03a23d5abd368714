package goj.types;

import goj.syntax.BlockStmt;
import goj.syntax.BranchStmt;
import goj.syntax.ExprStmt;
import goj.syntax.ForStmt;
import goj.syntax.IfStmt;
import goj.syntax.ReturnStmt;
import goj.syntax.Stmt;
import goj.syntax.CallExpr;
import goj.syntax.Name;
import goj.syntax.Token;

/**
 * The spec's terminating statements (a function with results must end in one), of checked code:
 * a call of {@code panic} terminates only if it is the builtin's (per {@code info}).
 */
final class Terminating {
    private final Info info;

    Terminating(Info info) { this.info = info; }

    boolean isTerminating(Stmt s) { return isTerminating(s, null); }

    /** {@code label}: the label of the statement {@code s} is labeled with, or null. */
    private boolean isTerminating(Stmt s, String label) {
        return switch (s) {
            case ReturnStmt r -> true;
            case BranchStmt b -> b.tok == Token.GOTO;
            case ExprStmt e -> goj.syntax.Syntax.unparen(e.x) instanceof CallExpr c && goj.syntax.Syntax.unparen(c.fun) instanceof Name n
                    && info.uses.get(n) instanceof Builtin b && b.id == Builtin.Id.PANIC;
            case BlockStmt b -> !b.stmts.isEmpty() && isTerminating(b.stmts.getLast(), null);
            case IfStmt i -> i.els != null && isTerminating(i.then, null) && isTerminating(i.els, null);
            case ForStmt f -> f.cond == null && !(f.init instanceof goj.syntax.RangeClause) && !hasBreak(f.body, label, true);
            case goj.syntax.LabeledStmt l -> isTerminating(l.stmt, l.label.value);
            case goj.syntax.SwitchStmt sw -> {
                boolean dflt = false;
                for (goj.syntax.CaseClause cc : sw.body) {
                    if (cc.cases == null) dflt = true;
                    if (cc.body.isEmpty()) yield false;
                    Stmt last = cc.body.getLast();
                    boolean fallthrough = last instanceof BranchStmt b && b.tok == Token.FALLTHROUGH;
                    if (!fallthrough && !isTerminating(last, null)) yield false;
                    if (hasBreak(cc.body, label, true)) yield false;
                }
                yield dflt;
            }
            case goj.syntax.SelectStmt sel -> {
                for (goj.syntax.CommClause cc : sel.body) {
                    if (cc.body.isEmpty() || !isTerminating(cc.body.getLast(), null)) yield false;
                    if (hasBreak(cc.body, label, true)) yield false;
                }
                yield true;
            }
            default -> false;
        };
    }

    private static boolean hasBreak(java.util.List<Stmt> list, String label, boolean implicit) {
        for (Stmt s : list) if (hasBreak(s, label, implicit)) return true;
        return false;
    }

    /**
     * Whether {@code s} holds a break out of the statement labeled {@code label} (null: none): a
     * break with that label anywhere, or, if {@code implicit}, an unlabeled break not inside a
     * nested for, switch or select.
     */
    private static boolean hasBreak(Stmt s, String label, boolean implicit) {
        return switch (s) {
            case goj.syntax.LabeledStmt l -> hasBreak(l.stmt, label, implicit);
            case BranchStmt b -> b.tok == Token.BREAK && (b.label == null ? implicit : b.label.value.equals(label));
            case BlockStmt b -> hasBreak(b.stmts, label, implicit);
            case IfStmt i -> hasBreak(i.then, label, implicit) || (i.els != null && hasBreak(i.els, label, implicit));
            case goj.syntax.SwitchStmt sw -> label != null && sw.body.stream().anyMatch(cc -> hasBreak(cc.body, label, false));
            case goj.syntax.SelectStmt sel -> label != null && sel.body.stream().anyMatch(cc -> hasBreak(cc.body, label, false));
            case ForStmt f -> label != null && hasBreak(f.body, label, false);
            default -> false;
        };
    }
}
