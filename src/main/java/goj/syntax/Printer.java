package goj.syntax;

import java.util.List;

/**
 * Prints syntax trees as Go source. {@link #print(Node)} gives full source (comments are not kept);
 * {@link #string(Node)} gives gc's short form used in messages: function bodies and composite literal
 * contents elided as {@code {…}}.
 */
public final class Printer {
    private final StringBuilder b = new StringBuilder();
    private final boolean shortForm;
    private int indent;

    private Printer(boolean shortForm) { this.shortForm = shortForm; }

    /** Full Go source for n. */
    public static String print(Node n) {
        Printer p = new Printer(false);
        p.node(n);
        return p.b.toString();
    }

    /** gc's short form of n (as in error messages). */
    public static String string(Node n) {
        if (n == null) return "<nil>";
        Printer p = new Printer(true);
        p.node(n);
        return p.b.toString();
    }

    static String shortString(Node n) { return string(n); }

    private void nl() {
        b.append('\n');
        for (int i = 0; i < indent; i++) b.append('\t');
    }

    private void node(Node n) {
        switch (n) {
            case File f -> file(f);
            case Decl d -> decl(d, true);
            case Expr e -> expr(e);
            case Stmt s -> stmt(s);
            case Field f -> field(f);
            case CaseClause c -> caseClause(c);
            case CommClause c -> commClause(c);
            default -> b.append(n.getClass().getSimpleName());
        }
    }

    // ---- files and declarations

    private void pragma(Pragma p) {
        if (p == null || shortForm) return;
        for (Directive d : p.directives) {
            b.append("//").append(d.text());
            nl();
        }
    }

    private void file(File f) {
        pragma(f.pragma);
        if (f.pragma != null) b.append('\n');
        b.append("package ").append(f.pkgName == null ? "_" : f.pkgName.value).append('\n');
        List<Decl> decls = f.decls;
        for (int i = 0; i < decls.size(); ) {
            b.append('\n');
            i = declGroup(decls, i);
            b.append('\n');
        }
    }

    /** Prints decls[i] and the following declarations of the same group; returns the next index. */
    private int declGroup(List<Decl> decls, int i) {
        Decl d = decls.get(i);
        if (d.group == null) {
            decl(d, true);
            return i + 1;
        }
        b.append(keyword(d)).append(" (");
        indent++;
        int j = i;
        while (j < decls.size() && decls.get(j).group == d.group) {
            nl();
            decl(decls.get(j), false);
            j++;
        }
        indent--;
        nl();
        b.append(')');
        return j;
    }

    private static String keyword(Decl d) {
        return switch (d) {
            case ImportDecl x -> "import";
            case ConstDecl x -> "const";
            case TypeDecl x -> "type";
            case VarDecl x -> "var";
            default -> "func";
        };
    }

    private void decl(Decl d, boolean withKeyword) {
        pragma(d.pragma);
        if (withKeyword && !(d instanceof FuncDecl)) b.append(keyword(d)).append(' ');
        switch (d) {
            case ImportDecl x -> {
                if (x.localPkgName != null) b.append(x.localPkgName.value).append(' ');
                if (x.path != null) b.append(x.path.value);
            }
            case ConstDecl x -> {
                names(x.names);
                if (x.type != null) { b.append(' '); expr(x.type); }
                if (x.values != null) { b.append(" = "); expr(x.values); }
            }
            case TypeDecl x -> {
                b.append(x.name.value);
                if (!x.tparams.isEmpty()) {
                    b.append('[');
                    fields(x.tparams, ", ");
                    b.append(",]");
                }
                b.append(x.alias ? " = " : " ");
                expr(x.type);
            }
            case VarDecl x -> {
                names(x.names);
                if (x.type != null) { b.append(' '); expr(x.type); }
                if (x.values != null) { b.append(" = "); expr(x.values); }
            }
            case FuncDecl x -> {
                b.append("func ");
                if (x.recv != null) {
                    b.append('(');
                    field(x.recv);
                    b.append(") ");
                }
                b.append(x.name.value);
                if (!x.tparams.isEmpty()) {
                    b.append('[');
                    fields(x.tparams, ", ");
                    b.append(']');
                }
                signature(x.type);
                if (x.body != null) {
                    b.append(' ');
                    block(x.body);
                }
            }
            default -> { }
        }
    }

    private void names(List<Name> l) {
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) b.append(", ");
            b.append(l.get(i).value);
        }
    }

    // ---- fields

    private void field(Field f) {
        if (f.name != null) {
            b.append(f.name.value);
            if (f.type != null) b.append(' ');
        }
        if (f.type != null) expr(f.type);
    }

    /** Prints fields, grouping consecutive named fields that share one type node: "a, b int". */
    private void fields(List<Field> l, String sep) {
        for (int i = 0; i < l.size(); i++) {
            Field f = l.get(i);
            if (i > 0) b.append(sep);
            if (f.name != null && i + 1 < l.size() && l.get(i + 1).name != null && l.get(i + 1).type == f.type) {
                b.append(f.name.value).append(", ");
                // continue the group without separator
                int j = i + 1;
                while (j + 1 < l.size() && l.get(j + 1).name != null && l.get(j + 1).type == f.type) {
                    b.append(l.get(j).name.value).append(", ");
                    j++;
                }
                field(l.get(j));
                i = j;
                continue;
            }
            field(f);
        }
    }

    private void signature(FuncType t) {
        b.append('(');
        fields(t.params, ", ");
        b.append(')');
        List<Field> r = t.results;
        if (r.isEmpty()) return;
        b.append(' ');
        if (r.size() == 1 && r.getFirst().name == null) {
            expr(r.getFirst().type);
        } else {
            b.append('(');
            fields(r, ", ");
            b.append(')');
        }
    }

    // ---- expressions

    private void exprList(List<Expr> l) {
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) b.append(", ");
            expr(l.get(i));
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case null -> b.append("<nil>");
            case BadExpr x -> b.append("BadExpr");
            case Name x -> b.append(x.value);
            case BasicLit x -> b.append(x.value);
            case FuncLit x -> {
                b.append("func");
                signature(x.type);
                b.append(' ');
                if (shortForm) b.append("{…}");
                else block(x.body);
            }
            case CompositeLit x -> {
                if (x.type != null) expr(x.type);
                if (shortForm) {
                    b.append(x.elems.isEmpty() ? "{}" : "{…}");
                } else if (x.elems.isEmpty()) {
                    b.append("{}");
                } else {
                    b.append('{');
                    indent++;
                    for (Expr el : x.elems) {
                        nl();
                        expr(el);
                        b.append(',');
                    }
                    indent--;
                    nl();
                    b.append('}');
                }
            }
            case KeyValueExpr x -> { expr(x.key); b.append(": "); expr(x.value); }
            case ParenExpr x -> { b.append('('); expr(x.x); b.append(')'); }
            case SelectorExpr x -> { expr(x.x); b.append('.').append(x.sel.value); }
            case IndexExpr x -> { expr(x.x); b.append('['); expr(x.index); b.append(']'); }
            case SliceExpr x -> {
                expr(x.x);
                b.append('[');
                if (x.index[0] != null) expr(x.index[0]);
                b.append(':');
                if (x.index[1] != null) expr(x.index[1]);
                if (x.full) {
                    b.append(':');
                    if (x.index[2] != null) expr(x.index[2]);
                }
                b.append(']');
            }
            case AssertExpr x -> { expr(x.x); b.append(".("); expr(x.type); b.append(')'); }
            case TypeSwitchGuard x -> {
                if (x.lhs != null) b.append(x.lhs.value).append(" := ");
                expr(x.x);
                b.append(".(type)");
            }
            case CallExpr x -> {
                expr(x.fun);
                b.append('(');
                exprList(x.args);
                if (x.hasDots) b.append("...");
                b.append(')');
            }
            case Operation x -> {
                if (x.y == null) {
                    b.append(x.op.text());
                    // avoid gluing operators: - -x, & &x, <- <-x
                    if (x.x instanceof Operation o && o.y == null && (o.op == x.op
                            || x.op == Operator.SUB && o.op == Operator.SUB || x.op == Operator.ADD && o.op == Operator.ADD
                            || x.op == Operator.AND && o.op == Operator.AND || x.op == Operator.AND && o.op == Operator.ANDNOT
                            || x.op == Operator.LSS && o.op == Operator.RECV)) {
                        b.append(' ');
                    }
                    expr(x.x);
                } else {
                    expr(x.x);
                    b.append(' ').append(x.op.text()).append(' ');
                    expr(x.y);
                }
            }
            case ListExpr x -> exprList(x.elems);
            case ArrayType x -> {
                b.append('[');
                if (x.len != null) expr(x.len);
                else b.append("...");
                b.append(']');
                expr(x.elem);
            }
            case SliceType x -> { b.append("[]"); expr(x.elem); }
            case DotsType x -> { b.append("..."); expr(x.elem); }
            case StructType x -> {
                b.append("struct{");
                if (!x.fields.isEmpty()) {
                    indent++;
                    for (int i = 0; i < x.fields.size(); i++) {
                        nl();
                        Field f = x.fields.get(i);
                        // group names sharing the type (and tag)
                        int j = i;
                        if (f.name != null) {
                            while (j + 1 < x.fields.size() && x.fields.get(j + 1).name != null
                                    && x.fields.get(j + 1).type == f.type && tag(x, j + 1) == tag(x, i)) {
                                b.append(x.fields.get(j).name.value).append(", ");
                                j++;
                            }
                        }
                        field(x.fields.get(j));
                        BasicLit t = tag(x, j);
                        if (t != null) b.append(' ').append(t.value);
                        i = j;
                    }
                    indent--;
                    nl();
                }
                b.append('}');
            }
            case InterfaceType x -> {
                b.append("interface{");
                if (!x.methods.isEmpty()) {
                    indent++;
                    for (Field m : x.methods) {
                        nl();
                        if (m.name != null && m.type instanceof FuncType ft) {
                            b.append(m.name.value);
                            signature(ft);
                        } else {
                            field(m);
                        }
                    }
                    indent--;
                    nl();
                }
                b.append('}');
            }
            case FuncType x -> { b.append("func"); signature(x); }
            case MapType x -> { b.append("map["); expr(x.key); b.append(']'); expr(x.value); }
            case ChanType x -> {
                switch (x.dir) {
                    case RECV -> b.append("<-chan ");
                    case SEND -> b.append("chan<- ");
                    default -> b.append("chan ");
                }
                boolean paren = x.elem instanceof ChanType c && (c.dir == ChanDir.RECV || x.dir == ChanDir.SEND && false);
                if (x.dir == ChanDir.BOTH && x.elem instanceof ChanType c2 && c2.dir == ChanDir.RECV) paren = true;
                if (paren) b.append('(');
                expr(x.elem);
                if (paren) b.append(')');
            }
            default -> b.append(e.getClass().getSimpleName());
        }
    }

    private static BasicLit tag(StructType s, int i) { return i < s.tags.size() ? s.tags.get(i) : null; }

    // ---- statements

    private void block(BlockStmt s) {
        b.append('{');
        stmtList(s.stmts);
        b.append('}');
    }

    private void stmtList(List<Stmt> l) {
        if (l.isEmpty()) return;
        indent++;
        for (Stmt s : l) {
            nl();
            stmt(s);
        }
        indent--;
        nl();
    }

    private void simpleStmt(SimpleStmt s) { stmt(s); }

    private void stmt(Stmt s) {
        switch (s) {
            case EmptyStmt x -> { if (!shortForm) b.append(';'); }
            case LabeledStmt x -> {
                b.append(x.label.value).append(':');
                indent++;
                nl();
                stmt(x.stmt);
                indent--;
            }
            case BlockStmt x -> block(x);
            case ExprStmt x -> expr(x.x);
            case SendStmt x -> { expr(x.chan); b.append(" <- "); expr(x.value); }
            case DeclStmt x -> {
                for (int i = 0; i < x.decls.size(); ) {
                    if (i > 0) nl();
                    i = declGroup(x.decls, i);
                }
            }
            case AssignStmt x -> {
                expr(x.lhs);
                if (x.rhs == null) {
                    b.append(x.op.text()).append(x.op.text());
                } else {
                    b.append(' ');
                    if (x.op == Operator.DEF) b.append(":=");
                    else if (x.op != null) b.append(x.op.text()).append('=');
                    else b.append('=');
                    b.append(' ');
                    expr(x.rhs);
                }
            }
            case BranchStmt x -> {
                b.append(x.tok.text());
                if (x.label != null) b.append(' ').append(x.label.value);
            }
            case CallStmt x -> { b.append(x.tok.text()).append(' '); expr(x.call); }
            case ReturnStmt x -> {
                b.append("return");
                if (x.results != null) { b.append(' '); expr(x.results); }
            }
            case IfStmt x -> {
                b.append("if ");
                if (x.init != null) { simpleStmt(x.init); b.append("; "); }
                expr(x.cond);
                b.append(' ');
                if (shortForm) { b.append("{…}"); return; }
                block(x.then);
                if (x.els != null) { b.append(" else "); stmt(x.els); }
            }
            case ForStmt x -> {
                b.append("for ");
                if (x.init instanceof RangeClause r) {
                    simpleStmt(r);
                    b.append(' ');
                } else if (x.init != null || x.post != null) {
                    if (x.init != null) simpleStmt(x.init);
                    b.append("; ");
                    if (x.cond != null) expr(x.cond);
                    b.append("; ");
                    if (x.post != null) simpleStmt(x.post);
                    b.append(' ');
                } else if (x.cond != null) {
                    expr(x.cond);
                    b.append(' ');
                }
                if (shortForm) { b.append("{…}"); return; }
                block(x.body);
            }
            case RangeClause x -> {
                if (x.lhs != null) {
                    expr(x.lhs);
                    b.append(x.def ? " := " : " = ");
                }
                b.append("range ");
                expr(x.x);
            }
            case SwitchStmt x -> {
                b.append("switch ");
                if (x.init != null) { simpleStmt(x.init); b.append("; "); }
                if (x.tag != null) { expr(x.tag); b.append(' '); }
                if (shortForm) { b.append("{…}"); return; }
                b.append('{');
                for (CaseClause c : x.body) { nl(); caseClause(c); }
                nl();
                b.append('}');
            }
            case SelectStmt x -> {
                b.append("select ");
                if (shortForm) { b.append("{…}"); return; }
                b.append('{');
                for (CommClause c : x.body) { nl(); commClause(c); }
                nl();
                b.append('}');
            }
            default -> b.append(s.getClass().getSimpleName());
        }
    }

    private void caseClause(CaseClause c) {
        if (c.cases != null) { b.append("case "); expr(c.cases); }
        else b.append("default");
        b.append(':');
        stmtList(c.body);
    }

    private void commClause(CommClause c) {
        if (c.comm != null) { b.append("case "); stmt(c.comm); }
        else b.append("default");
        b.append(':');
        stmtList(c.body);
    }
}
