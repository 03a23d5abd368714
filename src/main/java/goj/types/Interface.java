package goj.types;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code interface { methods }}: the method set (embedded interfaces flattened in), sorted by name.
 * A constraint interface also has a type set given by terms ({@code int | ~string}; empty means
 * all types) and may require comparable types; such interfaces constrain type parameters only.
 *
 * <p>An interface that embeds a type still being declared when it is written is completed on
 * first need (as types2 computes type sets lazily): until then it holds its other elements only.
 */
public final class Interface implements Type {
    private List<Func> methods;
    private List<Term> terms;
    private boolean comparable;
    /** What completes the interface (adds the embedded elements), or null once it ran. */
    private Runnable completer;
    private boolean completing;

    /** A term of a union: {@code T} or {@code ~T} (tilde: every type whose underlying type is T). */
    public record Term(boolean tilde, Type type) {
        @Override public String toString() { return (tilde ? "~" : "") + type; }
    }

    public Interface(List<Func> methods) { this(methods, List.of(), false); }

    public Interface(List<Func> methods, List<Term> terms, boolean comparable) { set(methods, terms, comparable); }

    private void set(List<Func> methods, List<Term> terms, boolean comparable) {
        List<Func> m = new ArrayList<>(methods);
        m.sort(java.util.Comparator.comparing(Func::name));
        this.methods = List.copyOf(m);
        this.terms = List.copyOf(terms);
        this.comparable = comparable;
    }

    /** Makes {@code completer} complete this interface on first need; it calls {@link #completeWith}. */
    void completeLater(Runnable completer) { this.completer = completer; }

    /** Sets the complete elements (from the completer). */
    void completeWith(List<Func> methods, List<Term> terms, boolean comparable) { set(methods, terms, comparable); }

    /** Runs the completer if it has not run (while it runs, the interface has its elements so far). */
    void complete() {
        Runnable c = completer;
        if (c == null) return;
        completer = null;
        completing = true;
        try {
            c.run();
        } finally {
            completing = false;
        }
    }

    /** Whether the interface is not complete yet (its completer has not run or is running). */
    boolean isIncomplete() { return completer != null || completing; }

    /** Whether the completer is running (a use now is a cycle through embedding). */
    boolean isCompleting() { return completing; }

    public List<Func> methods() { complete(); return methods; }

    /** The type set's terms; empty when the type set is not restricted by terms. */
    public List<Term> terms() { complete(); return terms; }

    /** Whether the type set holds comparable types only (the interface embeds {@code comparable}). */
    public boolean isComparable() { complete(); return comparable; }

    /** Whether this is an ordinary interface (usable as a value type), not only a constraint. */
    public boolean isBasic() { return terms().isEmpty() && !isComparable(); }

    public boolean isEmpty() { return methods().isEmpty() && isBasic(); }

    /** The method named {@code name}, or null. */
    public Func method(String name) {
        for (Func f : methods()) if (f.name().equals(name)) return f;
        return null;
    }

    @Override public String toString() {
        if (isEmpty()) return "interface {}";
        List<Func> methods = methods();
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
