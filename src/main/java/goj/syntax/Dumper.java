package goj.syntax;

/**
 * Prints a tree one node per line, indented by depth: the node kind, then its own attributes
 * (names, literal values, operators, flags), optionally its position.
 */
public final class Dumper {
    private final StringBuilder b = new StringBuilder();
    private final boolean positions;

    private Dumper(boolean positions) { this.positions = positions; }

    /** The dump of n; with {@code positions}, each line ends with {@code @file:line:col}. */
    public static String dump(Node n, boolean positions) {
        Dumper d = new Dumper(positions);
        d.node(n, 0);
        return d.b.toString();
    }

    private void node(Node n, int depth) {
        for (int i = 0; i < depth; i++) b.append("  ");
        b.append(n.getClass().getSimpleName());
        String a = attrs(n);
        if (!a.isEmpty()) b.append(' ').append(a);
        if (positions) b.append(" @").append(n.pos());
        b.append('\n');
        Walk.children(n, c -> node(c, depth + 1));
    }

    private static String attrs(Node n) {
        return switch (n) {
            case File f -> (f.goVersion.isEmpty() ? "" : "go=" + f.goVersion + " ")
                    + (f.pragma != null ? "pragma=" + f.pragma + " " : "");
            case Name x -> x.value;
            case BasicLit x -> x.kind + " " + x.value + (x.bad ? " bad" : "");
            case Operation x -> x.op.text() + (x.y == null ? " unary" : "");
            case AssignStmt x -> x.rhs == null ? x.op.text() + x.op.text()
                    : x.op == null ? "=" : x.op == Operator.DEF ? ":=" : x.op.text() + "=";
            case BranchStmt x -> x.tok.text() + (x.target != null ? " target=" + x.target.getClass().getSimpleName() : "");
            case CallStmt x -> x.tok.text();
            case RangeClause x -> x.def ? "def" : "";
            case CallExpr x -> x.hasDots ? "..." : "";
            case SliceExpr x -> x.full ? "full" : "";
            case ChanType x -> x.dir == ChanDir.BOTH ? "" : x.dir.toString();
            case TypeDecl x -> (x.alias ? "alias " : "") + pragma(x) + group(x);
            case ConstDecl x -> "iota=" + x.iota + " " + pragma(x) + group(x);
            case Decl x -> pragma(x) + group(x);
            case CompositeLit x -> "nkeys=" + x.nkeys;
            default -> "";
        };
    }

    private static String pragma(Decl d) { return d.pragma == null ? "" : "pragma=" + d.pragma + " "; }

    private static String group(Decl d) { return d.group == null ? "" : "grouped"; }
}
