package goj.types;

/**
 * What the checker asks for the packages a package imports. The driver checks dependencies
 * first (goj.build.Loader orders them), so an importer only looks up a checked package.
 * {@code unsafe} never reaches an importer: the checker provides it ({@link Unsafe}).
 */
@FunctionalInterface
public interface Importer {
    /** The checked package that import path {@code path}, as written in the importing package, denotes; null if none. */
    Package importPackage(String path);

    /** An importer that knows no package (programs without imports). */
    Importer NONE = path -> null;
}
