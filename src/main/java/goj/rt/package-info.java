/**
 * Stage 5, rt: the runtime shipped inside every goj program.
 *
 * <p>Gives generated code Go's values (strings, slices, maps, channels, interfaces), its
 * builtins ({@code print}, {@code panic}, {@code append} …), goroutines on virtual threads, the
 * scheduler's safe points, and gc's fatal-error and panic reporting. It depends on nothing but the
 * JDK: no class of the compiler is loaded by a running program.
 */
package goj.rt;
