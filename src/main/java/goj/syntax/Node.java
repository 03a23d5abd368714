package goj.syntax;

/**
 * A syntax tree node. Nodes are mutable and compared by identity (later stages key identity maps
 * on them). Every node has a position; see each class for which token it designates.
 */
public abstract class Node {
    private Pos pos;

    protected Node(Pos pos) { this.pos = pos; }

    public final Pos pos() { return pos; }
    public final void setPos(Pos pos) { this.pos = pos; }

    /** Short Go-like text of this node (function bodies and composite literal contents elided). */
    @Override public String toString() { return Printer.shortString(this); }
}
