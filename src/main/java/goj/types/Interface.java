package goj.types;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code interface { methods }}: the method set (embedded interfaces flattened in), sorted by name.
 * Interfaces with type terms (unions, ~T) are constraints only; goj does not model them yet.
 */
public final class Interface implements Type {
    private final List<Func> methods;

    public Interface(List<Func> methods) {
        List<Func> m = new ArrayList<>(methods);
        m.sort(java.util.Comparator.comparing(Func::name));
        this.methods = List.copyOf(m);
    }

    public List<Func> methods() { return methods; }

    public boolean isEmpty() { return methods.isEmpty(); }

    /** The method named {@code name}, or null. */
    public Func method(String name) {
        for (Func f : methods) if (f.name().equals(name)) return f;
        return null;
    }

    @Override public String toString() {
        if (methods.isEmpty()) return "interface {}";
        StringBuilder sb = new StringBuilder("interface {");
        for (int i = 0; i < methods.size(); i++) {
            sb.append(i == 0 ? " " : "; ");
            Func f = methods.get(i);
            sb.append(f.name()).append(f.type().toString().substring("func".length()));
        }
        return sb.append(" }").toString();
    }
}
