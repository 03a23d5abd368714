package goj.types;

import java.util.List;

/** {@code struct { fields }}: fields in order; an embedded field's name is its type's name. */
public final class Struct implements Type {
    /** A field: its variable (name and type) and whether it is embedded. */
    public record Field(Var var, boolean embedded, String tag) {
        public String name() { return var.name(); }
        public Type type() { return var.type(); }
    }

    private final List<Field> fields;

    public Struct(List<Field> fields) { this.fields = fields; }

    public List<Field> fields() { return fields; }

    /** The index of the field named {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) if (fields.get(i).name().equals(name)) return i;
        return -1;
    }

    /**
     * The indices of the fields that lead from this struct to field {@code f}: its own index, or
     * the embedded (non-pointer) struct fields traversed and then its index in the innermost; null
     * if {@code f} is not reachable so.
     */
    public List<Integer> pathTo(Var f) {
        for (int i = 0; i < fields.size(); i++) {
            Field fi = fields.get(i);
            if (fi.var() == f) return List.of(i);
            if (fi.embedded() && fi.type().underlying() instanceof Struct inner) {
                List<Integer> rest = inner.pathTo(f);
                if (rest != null) {
                    List<Integer> path = new java.util.ArrayList<>(List.of(i));
                    path.addAll(rest);
                    return path;
                }
            }
        }
        return null;
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder("struct{");
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append("; ");
            Field f = fields.get(i);
            if (!f.embedded()) sb.append(f.name()).append(' ');
            sb.append(f.type());
            if (f.tag() != null) sb.append(' ').append(Constant.Quote.go(f.tag().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return sb.append('}').toString();
    }
}
