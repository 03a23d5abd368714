package goj.types;

/**
 * A Go type. Types are compared with {@link Types#identical}; basic types and other types that
 * have a single instance (the universe's) may also be compared by reference.
 */
public sealed interface Type permits Basic, Tuple, Signature {
    /** The underlying type (the type itself for all but named types and type parameters). */
    default Type underlying() { return this; }
}
