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
