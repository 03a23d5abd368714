/**
 * Stage 3, ssa: type-checked packages to an SSA intermediate representation, and the optimization
 * passes over it.
 *
 * <p>Takes: a checked package and its types information. Gives: a {@link goj.ssa.Program} — for
 * every function a graph of basic blocks of instructions in static single assignment form, with
 * Go's implicit operations (bounds checks, copies of array and struct values, defers) made
 * explicit, and the package initializer {@code init$} as an ordinary function — after the passes
 * of {@link goj.ssa.Passes} have run over it. {@code goj tool ssa} prints it.
 *
 * <h2>Values and instructions</h2>
 *
 * <p>A {@link goj.ssa.Value} is a constant ({@link goj.ssa.Const}: a typed constant, or the nil or
 * zero reference of its type when its value is null), a parameter ({@link goj.ssa.Param}) or an
 * instruction ({@link goj.ssa.Instr}). Every value is defined once and has a Go type; its id is
 * unique within its function and printed as {@code tN}. Instructions that compute nothing (stores,
 * sends, terminators) have the empty tuple type. An instruction's {@code operands()} are the values
 * it reads; the passes rewrite them in one place ({@code Operands}).
 *
 * <p>The instruction set is small and close to Go: arithmetic ({@code BinOp}, {@code UnOp},
 * {@code Convert}), calls of package functions ({@code Call}), of func values ({@code CallValue}),
 * of interface methods ({@code Invoke}) and of builtins the back end implements ({@code
 * BuiltinCall}); multi-value results are tuples taken apart by {@code Extract}. Memory is explicit:
 * {@code Index}/{@code IndexStore} on slices, arrays and strings, {@code Field}/{@code FieldStore}
 * on struct objects, {@code Load}/{@code Store} of package-level variables, {@code MapGet}/
 * {@code MapPut}. Arrays and structs have value semantics by copying: {@code CloneArray} and
 * {@code CopyStruct} copy a value read from memory before it is stored elsewhere, and {@code
 * AssignStruct} copies into an existing struct object so that pointers to it stay valid.
 *
 * <h2>Blocks and phis</h2>
 *
 * <p>A {@link goj.ssa.Function} is a list of {@link goj.ssa.BasicBlock}s, the first being the
 * entry; every block is reachable from it. A block holds its phis first, then straight-line
 * instructions, then exactly one terminator: {@code Jump} (one successor), {@code If} (true
 * successor first), {@code Return} or {@code Panic} (none). Predecessor and successor lists are
 * kept consistent; the i-th edge of a {@code Phi} is the value when control comes from the i-th
 * predecessor. The builder constructs SSA directly from the syntax tree with the algorithm of
 * Braun et al. (2013), so a local variable never appears as such: each read is the value of its
 * dominating definition or a phi. {@code &&} and {@code ||} are control flow.
 *
 * <h2>Panics and defers</h2>
 *
 * <p>Run-time panics are implicit in the instructions that can panic (an {@code Index} out of
 * range, a {@code Field} of a nil pointer, an integer {@code BinOp} division by zero, a failing
 * {@code TypeAssert}); an explicit {@code panic(v)} is the terminator {@code Panic}. The bounds
 * check of {@code Index} and {@code IndexStore} is flagged ({@code needsBoundsCheck}) so that a
 * pass can drop it where it is proved redundant. A function with defer statements is marked
 * ({@code hasDefer}): each {@code Defer} pushes a thunk (a generated function {@code outer$deferN}
 * bound to the call's operands, evaluated at the defer statement), {@code RunDefers} runs them
 * before each {@code Return}, and the back end wraps the body in one handler that runs them when
 * a panic unwinds; if a deferred call recovers, the function returns the values in its named
 * results' cells ({@code resultCells}). {@code go f(x)} is the same with {@code Go} and a thunk
 * {@code outer$gowrapN}.
 *
 * <h2>Cells and closures</h2>
 *
 * <p>A local variable shared with a function literal lives in a heap cell: {@code NewCell}
 * allocates it with the initial value, {@code CellGet} and {@code CellSet} read and write it. A
 * function literal becomes a function of its own, {@code outer$funcN}, whose leading parameters
 * are the cells of the variables it captures; {@code MakeClosure} binds them to make the func
 * value. A captured loop variable of a three-clause {@code for} gets a fresh cell per iteration.
 * The body of a range over a function becomes such a function too, {@code outer-rangeN}: the
 * yield function passed to the iterator; a branch or return leaving the body sets an exit code
 * that the enclosing function acts on when the iterator returns, and its defers go onto the
 * enclosing function's {@code DeferStack}.
 * The escape pass ({@code Escape}) gives a cell that is never written after its initialization no
 * cell at all: closures then capture the value itself.
 *
 * <h2>Passes</h2>
 *
 * <p>{@link goj.ssa.Passes#ALL} lists the passes in order: trivial-phi removal ({@code PhiElim}),
 * escape analysis of cells ({@code Escape}), constant folding with Go's per-type wraparound
 * ({@code ConstFold}), dead-code elimination of branches on constants, unreachable blocks and
 * unused pure values ({@code DeadCode}), bounds-check elimination ({@code BoundsCheckElim}), and
 * the marking of induction variables that fit a JVM int ({@code NarrowInduction}); the last two
 * reason over the comparisons that dominate each block ({@code Facts}).
 * Each keeps the properties above. Nil checks are not represented: the JVM checks every
 * dereference implicitly at no cost, and the runtime turns its exception into Go's panic.
 */
package goj.ssa;
