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
            case ForStmt f -> f.cond == null && f.init == null && !hasBreak(f.body);
            default -> false;
        };
    }

    private static boolean hasBreak(Stmt s) {
        return switch (s) {
            case BranchStmt b -> b.tok == Token.BREAK && b.label == null;
            case BlockStmt b -> b.stmts.stream().anyMatch(Terminating::hasBreak);
            case IfStmt i -> hasBreak(i.then) || (i.els != null && hasBreak(i.els));
            default -> false;
        };
    }
}
