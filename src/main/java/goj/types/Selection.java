package goj.types;

import java.util.List;

/**
 * What a selector {@code x.f} denotes: a field (reached through {@code path}, the indices of the
 * embedded fields walked, then the field itself) or a method (reached through the embedded
 * fields in {@code path}). {@code indirect} is true if a pointer is dereferenced on the way.
 */
public record Selection(Kind kind, List<Integer> path, Obj obj, Type type, boolean indirect) {
    public enum Kind { FIELD, METHOD }
}
