package goj.types;

/** A function's type: parameters and results ({@code variadic}: the last parameter is {@code ...T}). */
public record Signature(Tuple params, Tuple results, boolean variadic) implements Type {
    @Override public String toString() {
        String r = results.size() == 0 ? "" : results.size() == 1 && results.at(0).name().isEmpty()
                ? " " + results.at(0).type() : " " + results;
        return "func" + params + r;
    }
}
