/**
 * Stage 3, ssa: type-checked packages to an SSA intermediate representation.
 *
 * <p>Takes: a checked package and its types information. Gives: for every function, a graph of
 * basic blocks of instructions in static single assignment form (values defined once, phis at
 * joins), with Go's implicit operations (bounds checks, nil checks, conversions, defers) made
 * explicit, and the package initializer as an ordinary function.
 */
package goj.ssa;
