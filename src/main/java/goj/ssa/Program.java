package goj.ssa;

import goj.types.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * The SSA form of one package: its functions (the package initializer {@code init$} first, which
 * evaluates package-level variables in order and then calls the {@code init} functions) and its
 * package-level variables.
 */
public final class Program {
    final String path;
    final List<Function> functions = new ArrayList<>();
    final List<Var> globals = new ArrayList<>();

    Program(String path) { this.path = path; }

    public String path() { return path; }
    public List<Function> functions() { return functions; }
    public List<Var> globals() { return globals; }
}
