package goj.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Checks labels and branch statements of a function body (gc's parser does this); sets targets. */
final class Branches {
    private final Consumer<Diagnostic> errh;
    private Map<String, Label> labels; // in declaration order
    private final List<Label> order = new ArrayList<>();

    private static final class Label {
        final Block parent;
        final LabeledStmt lstmt;
        boolean used;

        Label(Block parent, LabeledStmt lstmt) {
            this.parent = parent;
            this.lstmt = lstmt;
        }
    }

    private record Block(Block parent, Pos start, LabeledStmt lstmt) {}

    private record Targets(Stmt breaks, ForStmt continues, int caseIndex) {}

    private static final LabeledStmt INVALID = new LabeledStmt(Pos.NONE);

    private Branches(Consumer<Diagnostic> errh) { this.errh = errh; }

    static void check(BlockStmt body, Consumer<Diagnostic> errh) {
        if (body == null) return;
        Branches ls = new Branches(errh);
        List<BranchStmt> fwd = ls.blockBranches(null, new Targets(null, null, -1), null, body.pos(), body.stmts);
        for (BranchStmt g : fwd) {
            String name = g.label.value;
            Label l = ls.labels == null ? null : ls.labels.get(name);
            if (l != null) {
                l.used = true;
                ls.err(g.label.pos(), "goto " + name + " jumps into block starting at " + l.parent.start);
            } else {
                ls.err(g.label.pos(), "label " + name + " not defined");
            }
        }
        for (Label l : ls.order) {
            if (!l.used) ls.err(l.lstmt.label.pos(), "label " + l.lstmt.label.value + " defined and not used");
        }
    }

    private void err(Pos pos, String msg) { errh.accept(new Diagnostic(pos, msg)); }

    private Label declare(Block b, LabeledStmt s) {
        String name = s.label.value;
        if (labels == null) {
            labels = new HashMap<>();
        } else {
            Label alt = labels.get(name);
            if (alt != null) {
                err(s.label.pos(), "label " + name + " already defined at " + alt.lstmt.label.pos());
                return alt;
            }
        }
        Label l = new Label(b, s);
        labels.put(name, l);
        order.add(l);
        return l;
    }

    private LabeledStmt gotoTarget(Block b, String name) {
        Label l = labels == null ? null : labels.get(name);
        if (l != null) {
            l.used = true;
            for (; b != null; b = b.parent) if (l.parent == b) return l.lstmt;
        }
        return null;
    }

    private LabeledStmt enclosingTarget(Block b, String name) {
        Label l = labels == null ? null : labels.get(name);
        if (l != null) {
            l.used = true;
            for (; b != null; b = b.parent) if (l.lstmt == b.lstmt) return l.lstmt;
            return INVALID;
        }
        return null;
    }

    private List<BranchStmt> blockBranches(Block parent, Targets ctxt, LabeledStmt lstmt, Pos start, List<Stmt> body) {
        Block b = new Block(parent, start, lstmt);
        Pos[] varPos = {null};
        Expr[] varName = {null};
        List<BranchStmt> fwdGotos = new ArrayList<>();
        List<BranchStmt> badGotos = new ArrayList<>();

        int n = body.size();
        while (n > 0 && body.get(n - 1) instanceof EmptyStmt) n--;
        for (int stmtIndex = 0; stmtIndex < n; stmtIndex++) {
            Stmt stmt = body.get(stmtIndex);
            LabeledStmt curLabel = null;
            for (;;) {
                if (stmt instanceof LabeledStmt s) {
                    String name = s.label.value;
                    if (!name.equals("_")) {
                        Label l = declare(b, s);
                        int i = 0;
                        for (BranchStmt f : fwdGotos) {
                            if (f.label.value.equals(name)) {
                                f.target = s;
                                l.used = true;
                                if (varPos[0] != null && containsId(badGotos, f)) {
                                    err(f.label.pos(), "goto " + name + " jumps over declaration of "
                                            + Printer.string(varName[0]) + " at " + varPos[0]);
                                }
                            } else {
                                fwdGotos.set(i++, f);
                            }
                        }
                        while (fwdGotos.size() > i) fwdGotos.removeLast();
                        curLabel = s;
                    }
                    stmt = s.stmt;
                    continue;
                }
                break;
            }
            switch (stmt) {
                case DeclStmt s -> {
                    for (Decl d : s.decls) {
                        if (d instanceof VarDecl v) {
                            varPos[0] = v.pos();
                            varName[0] = v.names.getFirst();
                            badGotos.clear();
                            badGotos.addAll(fwdGotos);
                            break;
                        }
                    }
                }
                case BranchStmt s -> branch(s, b, ctxt, stmtIndex, n, fwdGotos);
                case AssignStmt s -> {
                    if (s.op == Operator.DEF) {
                        varPos[0] = s.pos();
                        varName[0] = s.lhs;
                        badGotos.clear();
                        badGotos.addAll(fwdGotos);
                    }
                }
                case BlockStmt s -> fwdGotos.addAll(blockBranches(b, new Targets(ctxt.breaks, ctxt.continues, -1), curLabel, s.pos(), s.stmts));
                case IfStmt s -> {
                    Targets inner = new Targets(ctxt.breaks, ctxt.continues, -1);
                    fwdGotos.addAll(blockBranches(b, inner, curLabel, s.then.pos(), s.then.stmts));
                    if (s.els != null) fwdGotos.addAll(blockBranches(b, inner, curLabel, s.els.pos(), List.of(s.els)));
                }
                case ForStmt s -> fwdGotos.addAll(blockBranches(b, new Targets(s, s, -1), curLabel, s.body.pos(), s.body.stmts));
                case SwitchStmt s -> {
                    for (int i = 0; i < s.body.size(); i++) {
                        CaseClause cc = s.body.get(i);
                        fwdGotos.addAll(blockBranches(b, new Targets(s, ctxt.continues, i), curLabel, cc.pos(), cc.body));
                    }
                }
                case SelectStmt s -> {
                    for (CommClause cc : s.body) {
                        fwdGotos.addAll(blockBranches(b, new Targets(s, ctxt.continues, -1), curLabel, cc.pos(), cc.body));
                    }
                }
                case null, default -> { }
            }
        }
        return fwdGotos;
    }

    private static boolean containsId(List<BranchStmt> l, BranchStmt s) {
        for (BranchStmt x : l) if (x == s) return true;
        return false;
    }

    private void branch(BranchStmt s, Block b, Targets ctxt, int stmtIndex, int n, List<BranchStmt> fwdGotos) {
        if (s.label == null) {
            switch (s.tok) {
                case BREAK -> {
                    if (ctxt.breaks != null) s.target = ctxt.breaks;
                    else err(s.pos(), "break is not in a loop, switch, or select");
                }
                case CONTINUE -> {
                    if (ctxt.continues != null) s.target = ctxt.continues;
                    else err(s.pos(), "continue is not in a loop");
                }
                case FALLTHROUGH -> {
                    String msg = "fallthrough statement out of place";
                    if (ctxt.breaks instanceof SwitchStmt t) {
                        if (t.tag instanceof TypeSwitchGuard) {
                            msg = "cannot fallthrough in type switch";
                        } else if (ctxt.caseIndex < 0 || stmtIndex + 1 < n) {
                            // fallthrough nested in a block or not the last statement
                        } else if (ctxt.caseIndex + 1 == t.body.size()) {
                            msg = "cannot fallthrough final case in switch";
                        } else {
                            return; // ok
                        }
                    }
                    err(s.pos(), msg);
                }
                default -> { }
            }
            return;
        }
        String name = s.label.value;
        switch (s.tok) {
            case BREAK -> {
                LabeledStmt t = enclosingTarget(b, name);
                if (t != null) {
                    if (t.stmt instanceof SwitchStmt || t.stmt instanceof SelectStmt || t.stmt instanceof ForStmt) {
                        s.target = t.stmt;
                    } else {
                        err(s.label.pos(), "invalid break label " + name);
                    }
                } else {
                    err(s.label.pos(), "break label not defined: " + name);
                }
            }
            case CONTINUE -> {
                LabeledStmt t = enclosingTarget(b, name);
                if (t != null) {
                    if (t.stmt instanceof ForStmt f) s.target = f;
                    else err(s.label.pos(), "invalid continue label " + name);
                } else {
                    err(s.label.pos(), "continue label not defined: " + name);
                }
            }
            case GOTO -> {
                LabeledStmt t = gotoTarget(b, name);
                if (t != null) s.target = t;
                else fwdGotos.add(s);
            }
            default -> { }
        }
    }
}
