package goj.types;

import java.util.List;

/**
 * What a selector {@code x.f} denotes: a field (reached through {@code path}, the indices of the
 * embedded fields walked, then the field itself), a method (reached through the embedded fields
 * in {@code path}) or a method expression {@code T.m} (a function whose first parameter is the
 * receiver, of type {@code recv}; {@code type} is that function's signature). {@code indirect}
 * is true if a pointer is dereferenced on the way.
 */
public record Selection(Kind kind, List<Integer> path, Obj obj, Type type, boolean indirect, Type recv) {
    public enum Kind { FIELD, METHOD, METHOD_EXPR }

    public Selection(Kind kind, List<Integer> path, Obj obj, Type type, boolean indirect) {
        this(kind, path, obj, type, indirect, null);
    }
}
