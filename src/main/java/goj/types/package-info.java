/**
 * Stage 2, types: syntax trees to type-checked packages.
 *
 * <p>Takes: the parsed files of one package and a way to import other packages. Gives: the
 * package's scope of objects, a type and mode for every expression, the definition and uses of
 * every identifier, and the package's initialization order; or gc-worded diagnostics.
 */
package goj.types;
