package goj.syntax;

/** A source file: package clause, declarations, directives and (if kept) comments. */
public final class File extends Node {
    public Pragma pragma; // directives before the package clause
    public Name pkgName;
    public java.util.List<Decl> decls = new java.util.ArrayList<>();
    public Pos eof; // position of EOF
    public String goVersion; // Go version from the //go:build line, or ""
    public String buildLine; // the //go:build line, or null
    public java.util.List<Directive> directives = new java.util.ArrayList<>(); // all //go: directives of the file, in order
    public java.util.List<Directive> unattached = new java.util.ArrayList<>(); // directives on lines of their own that no declaration took
    public java.util.List<Comment> comments = new java.util.ArrayList<>(); // comments, if kept (Syntax.KEEP_COMMENTS)
    public PosBase base; // the file's position base

    public File(Pos pos) { super(pos); }
}
