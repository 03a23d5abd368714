package goj.types;

/** A function's type: parameters and results ({@code variadic}: the last parameter is {@code ...T}). */
public record Signature(Tuple params, Tuple results, boolean variadic) implements Type {
    @Override public String toString() {
        String r = results.size() == 0 ? "" : results.size() == 1 && results.at(0).name().isEmpty()
                ? " " + results.at(0).type() : " " + results;
        String ps = params.toString();
        if (variadic && params.size() > 0 && params.at(params.size() - 1).type() instanceof Slice last) { // (a int, b ...string)
            String full = last.toString();
            ps = ps.substring(0, ps.length() - 1 - full.length()) + "..." + last.elem() + ")";
        }
        return "func" + ps + r;
    }
}
