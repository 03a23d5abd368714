package goj.types;

/** {@code map[key]elem}. */
public record MapType(Type key, Type elem) implements Type {
    @Override public String toString() { return "map[" + key + "]" + elem; }
}
