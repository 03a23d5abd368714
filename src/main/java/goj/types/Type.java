package goj.types;

/**
 * A Go type. Types are compared with {@link Types#identical}; basic types and named types have a
 * single instance each and may also be compared by reference.
 */
public sealed interface Type permits Basic, Tuple, TypeParam, Signature, Slice, Array, Pointer, Named, Struct, Interface, Chan, MapType {
    /** The underlying type (the type itself for all but named types and type parameters). */
    default Type underlying() { return this; }
}
