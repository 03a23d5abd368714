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

/** The spec's terminating statements (a function with results must end in one). */
final class Terminating {
    private Terminating() {}

    static boolean isTerminating(Stmt s) {
        return switch (s) {
            case ReturnStmt r -> true;
            case BranchStmt b -> b.tok == Token.GOTO;
            case ExprStmt e -> e.x instanceof CallExpr c && c.fun instanceof Name n && n.value.equals("panic");
            case BlockStmt b -> !b.stmts.isEmpty() && isTerminating(b.stmts.getLast());
            case IfStmt i -> i.els != null && isTerminating(i.then) && isTerminating(i.els);
            case ForStmt f -> f.cond == null && !(f.init instanceof goj.syntax.RangeClause) && !hasBreak(f.body);
            case goj.syntax.LabeledStmt l -> isTerminating(l.stmt);
            case goj.syntax.SwitchStmt sw -> {
                boolean dflt = false;
                for (goj.syntax.CaseClause cc : sw.body) {
                    if (cc.cases == null) dflt = true;
                    if (cc.body.isEmpty()) yield false;
                    Stmt last = cc.body.getLast();
                    boolean fallthrough = last instanceof BranchStmt b && b.tok == Token.FALLTHROUGH;
                    if (!fallthrough && !isTerminating(last)) yield false;
                    if (cc.body.stream().anyMatch(Terminating::hasBreak)) yield false;
                }
                yield dflt;
            }
            case goj.syntax.SelectStmt sel -> {
                for (goj.syntax.CommClause cc : sel.body) {
                    if (cc.body.isEmpty() || !isTerminating(cc.body.getLast())) yield false;
                    if (cc.body.stream().anyMatch(Terminating::hasBreak)) yield false;
                }
                yield true;
            }
            default -> false;
        };
    }

    private static boolean hasBreak(Stmt s) {
        return switch (s) {
            case BranchStmt b -> b.tok == Token.BREAK;
            case BlockStmt b -> b.stmts.stream().anyMatch(Terminating::hasBreak);
            case IfStmt i -> hasBreak(i.then) || (i.els != null && hasBreak(i.els));
            default -> false;
        };
    }
}
