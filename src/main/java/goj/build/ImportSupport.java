package goj.build;

import goj.syntax.Decl;
import goj.syntax.Diagnostic;
import goj.syntax.File;
import goj.syntax.ImportDecl;
import goj.syntax.Name;
import goj.types.Builtin;
import goj.types.Imports;
import goj.types.Info;
import goj.types.Obj;
import goj.types.Unsafe;
import java.util.Comparator;
import java.util.Map;

/**
 * What the back end cannot compile yet among a checked package's imports: any package but
 * {@code unsafe} (the standard library is not compiled yet), and of {@code unsafe} everything
 * but the constants {@code Sizeof}, {@code Alignof} and {@code Offsetof}. Reported as
 * {@code goj: not yet supported: …} at the first such import or use, so a program never
 * compiles to something wrong.
 */
final class ImportSupport {
    private ImportSupport() {}

    /** The first unsupported import or use of unsafe in {@code files}, or null. */
    static Diagnostic unsupported(java.util.List<File> files, Info info) {
        for (File f : files) {
            for (Decl d : f.decls) {
                if (d instanceof ImportDecl imp && !"unsafe".equals(Imports.path(imp.path))) {
                    return new Diagnostic(imp.path.pos(), "goj: not yet supported: import " + imp.path.value
                            + " (the standard library is not available yet)");
                }
            }
        }
        return info.uses.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().pkg() == Unsafe.PKG && !constant(e.getValue()))
                .map(Map.Entry::getKey)
                .min(Comparator.comparing(Name::pos))
                .map(n -> new Diagnostic(n.pos(), "goj: not yet supported: unsafe." + n.value))
                .orElse(null);
    }

    private static boolean constant(Obj o) {
        return o instanceof Builtin b && (b.id == Builtin.Id.SIZEOF || b.id == Builtin.Id.ALIGNOF || b.id == Builtin.Id.OFFSETOF);
    }
}
