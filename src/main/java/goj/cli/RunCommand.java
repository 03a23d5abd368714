package goj.cli;

import goj.build.Compiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code goj run FILE.go... [args]}: compiles the named files of package main and runs the program
 * in this JVM. As with {@code go run}, the first argument that does not end in {@code .go} (or
 * everything after {@code --}) is passed to the program. Exits with the program's status; on
 * compile errors prints them and exits 1.
 */
@Command(name = "run", description = "compile and run Go program")
public final class RunCommand implements Runnable {
    @Parameters(arity = "1..*", paramLabel = "FILE.go [args]") List<String> words;

    @Override public void run() {
        List<Path> files = new ArrayList<>();
        List<String> args = new ArrayList<>();
        boolean inArgs = false;
        for (String w : words) {
            if (!inArgs && w.endsWith(".go")) files.add(Path.of(w));
            else { inArgs = true; args.add(w); }
        }
        if (files.isEmpty()) {
            System.err.println("go: no go files listed");
            throw new Main.ExitException(1);
        }
        Compiler.Result r = Compiler.compile(files);
        if (!r.ok()) {
            Diagnostics.print(r.diagnostics(), false);
            throw new Main.ExitException(1);
        }
        if (r.mainClass() == null) {
            System.err.println("package is not a main package");
            throw new Main.ExitException(1);
        }
        goj.rt.Runtime.reportExitStatus = true;
        Launch.inProcess(r.classes(), r.mainClass(), args.toArray(String[]::new));
    }

    /** Loads generated classes into this JVM and runs them. */
    static final class Launch extends ClassLoader {
        private final Map<String, byte[]> classes;

        private Launch(Map<String, byte[]> classes) {
            super("goj-program", Launch.class.getClassLoader());
            this.classes = classes;
        }

        @Override protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name.replace('.', '/'));
            if (b == null) throw new ClassNotFoundException(name);
            return defineClass(name, b, 0, b.length);
        }

        static void inProcess(Map<String, byte[]> classes, String mainClass, String[] args) {
            try {
                Class<?> c = new Launch(classes).loadClass(mainClass);
                c.getMethod("main", String[].class).invoke(null, (Object) args);
            } catch (ReflectiveOperationException | LinkageError e) {
                String msg = String.valueOf(e);
                if (msg.indexOf('\n') >= 0) msg = msg.substring(0, msg.indexOf('\n'));
                System.err.println("goj: internal compiler error: generated code failed to load: " + msg);
                throw new Main.ExitException(2);
            }
        }
    }
}
