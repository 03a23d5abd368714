package goj.syntax;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Generic traversal of syntax trees. */
public final class Walk {
    private Walk() {}

    /** A visitor: {@code enter} returns false to skip the node's children; {@code exit} follows them. */
    public interface Visitor {
        boolean enter(Node n);

        default void exit(Node n) {}
    }

    /** Pre-order traversal of n and its descendants; f returns false to skip a node's children. */
    public static void inspect(Node n, Predicate<Node> f) {
        walk(n, f::test);
    }

    /** Traverses n with v (enter, children, exit). Null nodes are skipped. */
    public static void walk(Node n, Visitor v) {
        if (n == null) return;
        if (v.enter(n)) children(n, c -> walk(c, v));
        v.exit(n);
    }

    private static void all(List<? extends Node> l, Consumer<Node> f) {
        if (l != null) for (Node n : l) if (n != null) f.accept(n);
    }

    private static void one(Node n, Consumer<Node> f) {
        if (n != null) f.accept(n);
    }

    /** Calls f on each non-null direct child of n, in source order. */
    public static void children(Node n, Consumer<Node> f) {
        switch (n) {
            case File x -> { one(x.pkgName, f); all(x.decls, f); }
            case ImportDecl x -> { one(x.localPkgName, f); one(x.path, f); }
            case ConstDecl x -> { all(x.names, f); one(x.type, f); one(x.values, f); }
            case TypeDecl x -> { one(x.name, f); all(x.tparams, f); one(x.type, f); }
            case VarDecl x -> { all(x.names, f); one(x.type, f); one(x.values, f); }
            case FuncDecl x -> { one(x.recv, f); one(x.name, f); all(x.tparams, f); one(x.type, f); one(x.body, f); }
            case BadExpr x -> { }
            case Name x -> { }
            case BasicLit x -> { }
            case CompositeLit x -> { one(x.type, f); all(x.elems, f); }
            case KeyValueExpr x -> { one(x.key, f); one(x.value, f); }
            case FuncLit x -> { one(x.type, f); one(x.body, f); }
            case ParenExpr x -> one(x.x, f);
            case SelectorExpr x -> { one(x.x, f); one(x.sel, f); }
            case IndexExpr x -> { one(x.x, f); one(x.index, f); }
            case SliceExpr x -> { one(x.x, f); for (Expr e : x.index) one(e, f); }
            case AssertExpr x -> { one(x.x, f); one(x.type, f); }
            case TypeSwitchGuard x -> { one(x.lhs, f); one(x.x, f); }
            case Operation x -> { one(x.x, f); one(x.y, f); }
            case CallExpr x -> { one(x.fun, f); all(x.args, f); }
            case ListExpr x -> all(x.elems, f);
            case ArrayType x -> { one(x.len, f); one(x.elem, f); }
            case SliceType x -> one(x.elem, f);
            case DotsType x -> one(x.elem, f);
            case StructType x -> {
                for (int i = 0; i < x.fields.size(); i++) {
                    one(x.fields.get(i), f);
                    if (i < x.tags.size()) one(x.tags.get(i), f);
                }
            }
            case Field x -> { one(x.name, f); one(x.type, f); }
            case InterfaceType x -> all(x.methods, f);
            case FuncType x -> { all(x.params, f); all(x.results, f); }
            case MapType x -> { one(x.key, f); one(x.value, f); }
            case ChanType x -> one(x.elem, f);
            case EmptyStmt x -> { }
            case LabeledStmt x -> { one(x.label, f); one(x.stmt, f); }
            case BlockStmt x -> all(x.stmts, f);
            case ExprStmt x -> one(x.x, f);
            case SendStmt x -> { one(x.chan, f); one(x.value, f); }
            case DeclStmt x -> all(x.decls, f);
            case AssignStmt x -> { one(x.lhs, f); one(x.rhs, f); }
            case BranchStmt x -> one(x.label, f);
            case CallStmt x -> one(x.call, f);
            case ReturnStmt x -> one(x.results, f);
            case IfStmt x -> { one(x.init, f); one(x.cond, f); one(x.then, f); one(x.els, f); }
            case ForStmt x -> { one(x.init, f); one(x.cond, f); one(x.post, f); one(x.body, f); }
            case RangeClause x -> { one(x.lhs, f); one(x.x, f); }
            case SwitchStmt x -> { one(x.init, f); one(x.tag, f); all(x.body, f); }
            case SelectStmt x -> all(x.body, f);
            case CaseClause x -> { one(x.cases, f); all(x.body, f); }
            case CommClause x -> { one(x.comm, f); all(x.body, f); }
            default -> throw new IllegalArgumentException("unknown node " + n.getClass());
        }
    }
}
