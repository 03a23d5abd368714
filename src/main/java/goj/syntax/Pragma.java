package goj.syntax;

import java.util.ArrayList;
import java.util.List;

/** The compiler directives attached to a declaration (or to the package clause). */
public final class Pragma {
    public final List<Directive> directives = new ArrayList<>();

    /** Whether a directive named {@code name} (e.g. {@code "go:noinline"}) is present. */
    public boolean has(String name) {
        for (Directive d : directives) if (d.name().equals(name)) return true;
        return false;
    }

    /** All directives named {@code name}, in order. */
    public List<Directive> all(String name) {
        List<Directive> r = new ArrayList<>();
        for (Directive d : directives) if (d.name().equals(name)) r.add(d);
        return r;
    }

    /** The directive texts, e.g. {@code [go:noinline, go:nosplit]}. */
    @Override public String toString() {
        return directives.stream().map(Directive::text).toList().toString();
    }
}
