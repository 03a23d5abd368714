package goj.syntax;

/** {@code struct { Fields }}; tags[i] is the tag of fields[i] (or null); tags may be shorter than fields. */
public final class StructType extends Expr {
    public java.util.List<Field> fields = new java.util.ArrayList<>();
    public java.util.List<BasicLit> tags = new java.util.ArrayList<>();

    public StructType(Pos pos) { super(pos); }
}
