package goj.syntax;

/** {@code import LocalPkgName? Path}. */
public final class ImportDecl extends Decl {
    public Name localPkgName; // null, a name, or "."
    public BasicLit path; // null if missing

    public ImportDecl(Pos pos) { super(pos); }
}
