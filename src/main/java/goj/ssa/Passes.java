package goj.ssa;

import java.util.List;
import java.util.function.Consumer;

/**
 * The optimization passes, in the order the compiler runs them after {@link Builder}. Each keeps
 * the SSA valid (values defined once and dominating their uses, phi edges matching predecessors,
 * one terminator per block) so that any prefix of the list yields a program the back end compiles.
 */
public final class Passes {
    private Passes() {}

    /** A named transformation of the whole program (most passes work function by function). */
    public record Pass(String name, Consumer<Program> run) {}

    /** Receives the program after each pass ({@code "build"} first: the builder's output). */
    public interface Observer {
        void after(String pass, Program prog);
    }

    public static final List<Pass> ALL = List.of(
            perFunction("phielim", PhiElim::run),
            new Pass("escape", Escape::run),
            perFunction("constfold", ConstFold::run),
            perFunction("deadcode", DeadCode::run),
            perFunction("bce", BoundsCheckElim::run),
            perFunction("narrow", NarrowInduction::run));

    /** Runs {@link #ALL} over {@code prog}; {@code observer} may be null. */
    public static void run(Program prog, Observer observer) {
        if (observer != null) observer.after("build", prog);
        for (Pass p : ALL) {
            p.run.accept(prog);
            if (observer != null) observer.after(p.name, prog);
        }
    }

    private static Pass perFunction(String name, Consumer<Function> pass) {
        return new Pass(name, prog -> {
            for (Function f : prog.functions) {
                try {
                    pass.accept(f);
                } catch (goj.syntax.InternalCompilerError e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new goj.syntax.InternalCompilerError(f.pos, new IllegalStateException(name + ": " + e, e));
                }
            }
        });
    }
}
