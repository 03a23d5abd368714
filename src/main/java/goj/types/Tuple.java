package goj.types;

import java.util.List;

/** An ordered list of variables: a signature's parameters or results, or a multi-value result. */
public record Tuple(List<Var> vars) implements Type {
    public static final Tuple EMPTY = new Tuple(List.of());

    public int size() { return vars.size(); }
    public Var at(int i) { return vars.get(i); }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < vars.size(); i++) {
            if (i > 0) sb.append(", ");
            Var v = vars.get(i);
            if (!v.name().isEmpty()) sb.append(v.name()).append(' ');
            sb.append(v.type());
        }
        return sb.append(')').toString();
    }
}
