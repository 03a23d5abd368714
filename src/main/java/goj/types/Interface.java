package goj.types;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code interface { methods }}: the method set (embedded interfaces flattened in), sorted by name.
 * A constraint interface also has a type set given by terms ({@code int | ~string}; empty means
 * all types) and may require comparable types; such interfaces constrain type parameters only.
 */
public final class Interface implements Type {
    private final List<Func> methods;
    private final List<Term> terms;
    private final boolean comparable;

    /** A term of a union: {@code T} or {@code ~T} (tilde: every type whose underlying type is T). */
    public record Term(boolean tilde, Type type) {
        @Override public String toString() { return (tilde ? "~" : "") + type; }
    }

    public Interface(List<Func> methods) { this(methods, List.of(), false); }

    public Interface(List<Func> methods, List<Term> terms, boolean comparable) {
        List<Func> m = new ArrayList<>(methods);
        m.sort(java.util.Comparator.comparing(Func::name));
        this.methods = List.copyOf(m);
        this.terms = List.copyOf(terms);
        this.comparable = comparable;
    }

    public List<Func> methods() { return methods; }

    /** The type set's terms; empty when the type set is not restricted by terms. */
    public List<Term> terms() { return terms; }

    /** Whether the type set holds comparable types only (the interface embeds {@code comparable}). */
    public boolean isComparable() { return comparable; }

    /** Whether this is an ordinary interface (usable as a value type), not only a constraint. */
    public boolean isBasic() { return terms.isEmpty() && !comparable; }

    public boolean isEmpty() { return methods.isEmpty() && isBasic(); }

    /** The method named {@code name}, or null. */
    public Func method(String name) {
        for (Func f : methods) if (f.name().equals(name)) return f;
        return null;
    }

    @Override public String toString() {
        if (isEmpty()) return "interface {}";
        StringBuilder sb = new StringBuilder("interface {");
        List<String> elems = new ArrayList<>();
        if (comparable) elems.add("comparable");
        if (!terms.isEmpty()) elems.add(String.join(" | ", terms.stream().map(Term::toString).toList()));
        for (int i = 0; i < elems.size(); i++) sb.append(i == 0 ? " " : "; ").append(elems.get(i));
        for (int i = 0; i < methods.size(); i++) {
            sb.append(i == 0 && elems.isEmpty() ? " " : "; ");
            Func f = methods.get(i);
            sb.append(f.name()).append(f.type().toString().substring("func".length()));
        }
        return sb.append(" }").toString();
    }
}
