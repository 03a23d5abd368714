package goj.syntax;

/**
 * The base of a set of positions: either a file (the real file) or a {@code //line} directive,
 * which remaps the positions after it to another file name, line and column.
 */
public final class PosBase {
    private final Pos pos;          // where this base takes effect (in the real file); self for a file base
    private final String filename;  // file name reported for positions relative to this base
    private final int line, col;    // line and column at pos (col 0: unknown column)
    private final PosBase fileBase;

    private PosBase(String filename) {
        this.filename = filename;
        this.line = 1;
        this.col = 1;
        this.fileBase = this;
        this.pos = new Pos(this, 1, 1, 0);
    }

    private PosBase(Pos pos, String filename, int line, int col) {
        this.pos = pos;
        this.filename = filename;
        this.line = line;
        this.col = col;
        this.fileBase = pos.base().fileBase();
    }

    /** A base for a real file. */
    public static PosBase ofFile(String filename) { return new PosBase(filename); }

    /** A base for a line directive taking effect at {@code pos}. */
    public static PosBase ofLine(Pos pos, String filename, int line, int col) {
        return new PosBase(pos, filename, line, col);
    }

    public Pos pos() { return pos; }
    public String filename() { return filename; }
    public int line() { return line; }
    public int col() { return col; }
    public PosBase fileBase() { return fileBase; }
    public boolean isFileBase() { return fileBase == this; }

    @Override public String toString() { return filename + ":" + line + ":" + col; }
}
