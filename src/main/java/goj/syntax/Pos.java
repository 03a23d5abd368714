package goj.syntax;

/**
 * A source position. {@link #filename()}, {@link #line()} and {@link #col()} are the position as gc
 * reports it (after {@code //line} directives); {@link #absFilename()}, {@link #absLine()},
 * {@link #absCol()} and {@link #offset()} are the position in the real file. Lines and columns are
 * 1-based, columns count bytes; the offset is a 0-based byte offset. A line or column of 0 means
 * unknown.
 */
public final class Pos implements Comparable<Pos> {
    /** The unknown position. */
    public static final Pos NONE = new Pos(null, 0, 0, -1);

    private final PosBase base;
    private final int line, col, offset;

    public Pos(PosBase base, int line, int col, int offset) {
        this.base = base;
        this.line = line;
        this.col = col;
        this.offset = offset;
    }

    public PosBase base() { return base; }
    public boolean isKnown() { return line > 0; }

    /** File name as reported (after line directives). */
    public String filename() { return base == null ? "" : base.filename(); }

    /** Line as reported (after line directives); 0 if unknown. */
    public int line() {
        if (base == null || base.line() == 0) return 0;
        return base.line() + (line - base.pos().absLine());
    }

    /** Column as reported (after line directives); 0 if unknown. */
    public int col() {
        if (base == null || base.col() == 0) return 0;
        if (line == base.pos().absLine()) return base.col() + (col - base.pos().absCol());
        return col;
    }

    /** 0-based byte offset in the real file. */
    public int offset() { return offset; }
    public String absFilename() { return base == null ? "" : base.fileBase().filename(); }
    public int absLine() { return line; }
    public int absCol() { return col; }

    /** A position {@code n} bytes further on the same line. */
    public Pos shift(int n) { return new Pos(base, line, col + n, offset + n); }

    /** Orders by real file name, then real offset (line, column). */
    @Override public int compareTo(Pos o) {
        int c = absFilename().compareTo(o.absFilename());
        if (c != 0) return c;
        if (line != o.line) return Integer.compare(line, o.line);
        return Integer.compare(col, o.col);
    }

    /** {@code file:line:col} as reported (gc's form: {@code file:line} if the column is unknown). */
    @Override public String toString() {
        return format(filename(), line(), col());
    }

    /** The real position, {@code file:line:col}. */
    public String absString() { return format(absFilename(), line, col); }

    static String format(String file, int line, int col) {
        if (line == 0) return file.isEmpty() ? "<unknown position>" : file;
        if (col == 0) return file + ":" + line;
        return file + ":" + line + ":" + col;
    }
}
