package goj.syntax;

import java.nio.charset.StandardCharsets;

/**
 * The Go scanner: turns the bytes of a file into tokens, inserting semicolons as the spec says.
 * Works on the byte array directly; identifiers are interned per scanner. Errors are reported with
 * gc's wording through {@link Handler#error}; directives ({@code //go:}, {@code //line},
 * {@code /*line}) and, if asked, all comments through {@link Handler#comment}.
 */
final class Scanner {
    /** Receives errors and comments. Lines and columns are 1-based, columns count bytes. */
    interface Handler {
        void error(int line, int col, int offset, String msg);

        /** A comment (text includes the delimiters) starting at line/col/offset. */
        void comment(int line, int col, int offset, String text);
    }

    static final int COMMENTS = 1, DIRECTIVES = 2;

    private final byte[] src;
    private final int end;
    private final Handler h;
    private final int mode;

    // current character
    private int ch;        // -1 at EOF
    private int chOff;     // offset of ch
    private int chw;       // width of ch in bytes
    private int line;      // 0-based line of ch
    private int lineStart; // offset of the first byte of ch's line

    // current token
    Token tok;
    String lit;        // for NAME, LITERAL, SEMI ("semicolon", "newline", "EOF")
    LitKind kind;
    boolean bad;
    Operator op;
    int prec;
    int tline, tcol, toff; // 1-based line/col, 0-based offset of the token
    private int tstart;    // offset of token start (for segment)
    private boolean nlsemi;

    private final Interner names = new Interner();

    /** Whether only blanks precede byte offset {@code off} on its line (a directive there stands on a line by itself). */
    boolean blankBefore(int off) {
        for (int i = off - 1; i >= 0 && src[i] != '\n'; i--) {
            if (src[i] != ' ' && src[i] != '\t' && src[i] != '\r') return false;
        }
        return true;
    }

    Scanner(byte[] src, int end, Handler h, int mode) {
        this.src = src;
        this.end = end;
        this.h = h;
        this.mode = mode;
        this.chOff = 0;
        this.chw = 0;
        this.ch = ' ';
        nextch(); // a leading BOM is skipped by nextch
    }

    private void errorAt(int off, String msg) {
        h.error(line + 1, off - lineStart + 1, off, msg);
    }

    /** Error at the current character. */
    private void errorf(String msg) { errorAt(chOff, msg); }

    /** Error at a byte offset relative to the current token start (same line). */
    private void errorTok(int rel, String msg) {
        h.error(tline, tcol + rel, toff + rel, msg);
    }

    private void nextch() {
        chOff += chw;
        if (ch == '\n') {
            line++;
            lineStart = chOff;
        }
        for (;;) {
            if (chOff >= end) {
                ch = -1;
                chw = 0;
                return;
            }
            int b = src[chOff];
            if (b > 0) {
                ch = b;
                chw = 1;
                return;
            }
            if (b == 0) {
                // reported and skipped, like gc
                errorf("invalid NUL character");
                chOff++;
                continue;
            }
            if (decode()) return;
        }
    }

    /**
     * Slow path: decodes a multi-byte UTF-8 sequence at chOff. Returns false (after reporting it and
     * moving past it) for an invalid encoding or a BOM, which gc skips.
     */
    private boolean decode() {
        int b0 = src[chOff] & 0xFF;
        int n, min, r;
        if (b0 >= 0xC2 && b0 <= 0xDF) { n = 2; r = b0 & 0x1F; min = 0x80; }
        else if (b0 >= 0xE0 && b0 <= 0xEF) { n = 3; r = b0 & 0x0F; min = 0x800; }
        else if (b0 >= 0xF0 && b0 <= 0xF4) { n = 4; r = b0 & 0x07; min = 0x10000; }
        else return invalidUtf8();
        if (chOff + n > end) return invalidUtf8();
        for (int i = 1; i < n; i++) {
            int b = src[chOff + i] & 0xFF;
            if ((b & 0xC0) != 0x80) return invalidUtf8();
            r = (r << 6) | (b & 0x3F);
        }
        if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return invalidUtf8();
        if (r == 0xFEFF) {
            if (chOff > 0) errorf("invalid BOM in the middle of the file");
            chOff += n;
            return false;
        }
        ch = r;
        chw = n;
        return true;
    }

    private boolean invalidUtf8() {
        errorf("invalid UTF-8 encoding");
        chOff++;
        return false;
    }

    private String segment() {
        return new String(src, tstart, chOff - tstart, StandardCharsets.UTF_8);
    }

    /** Reads the next token. */
    void next() {
        boolean nlsemi = this.nlsemi;
        this.nlsemi = false;
        for (;;) {
            int c = ch;
            while (c == ' ' || c == '\t' || (c == '\n' && !nlsemi) || c == '\r') {
                nextch();
                c = ch;
            }
            tline = line + 1;
            tcol = chOff - lineStart + 1;
            toff = chOff;
            tstart = chOff;

            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
                ident();
                return;
            }
            if (c >= 0x80 && atIdentChar(true)) {
                nextch();
                identSlow();
                return;
            }
            switch (c) {
                case -1 -> {
                    if (nlsemi) { lit = "EOF"; tok = Token.SEMI; }
                    else tok = Token.EOF;
                }
                case '\n' -> { nextch(); lit = "newline"; tok = Token.SEMI; }
                case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number(false);
                case '"' -> stdString();
                case '`' -> rawString();
                case '\'' -> rune();
                case '(' -> { nextch(); tok = Token.LPAREN; }
                case '[' -> { nextch(); tok = Token.LBRACK; }
                case '{' -> { nextch(); tok = Token.LBRACE; }
                case ',' -> { nextch(); tok = Token.COMMA; }
                case ';' -> { nextch(); lit = "semicolon"; tok = Token.SEMI; }
                case ')' -> { nextch(); this.nlsemi = true; tok = Token.RPAREN; }
                case ']' -> { nextch(); this.nlsemi = true; tok = Token.RBRACK; }
                case '}' -> { nextch(); this.nlsemi = true; tok = Token.RBRACE; }
                case ':' -> {
                    nextch();
                    if (ch == '=') { nextch(); tok = Token.DEFINE; }
                    else tok = Token.COLON;
                }
                case '.' -> {
                    nextch();
                    if (ch >= '0' && ch <= '9') { number(true); break; }
                    if (ch == '.' && chOff + 1 < end && src[chOff + 1] == '.') {
                        nextch();
                        nextch();
                        tok = Token.DOTDOTDOT;
                        break;
                    }
                    tok = Token.DOT;
                }
                case '+' -> {
                    nextch();
                    op = Operator.ADD; prec = Operator.PREC_ADD;
                    if (ch == '+') { nextch(); this.nlsemi = true; tok = Token.INC_OP; }
                    else assignOp();
                }
                case '-' -> {
                    nextch();
                    op = Operator.SUB; prec = Operator.PREC_ADD;
                    if (ch == '-') { nextch(); this.nlsemi = true; tok = Token.INC_OP; }
                    else assignOp();
                }
                case '*' -> {
                    nextch();
                    op = Operator.MUL; prec = Operator.PREC_MUL;
                    if (ch == '=') { nextch(); tok = Token.ASSIGN_OP; }
                    else tok = Token.STAR;
                }
                case '/' -> {
                    nextch();
                    if (ch == '/') {
                        nextch();
                        lineComment();
                        continue;
                    }
                    if (ch == '*') {
                        nextch();
                        int startLine = line;
                        fullComment();
                        if (line > startLine && nlsemi) {
                            // a multi-line comment acts like a newline (token at the comment start)
                            lit = "newline";
                            tok = Token.SEMI;
                            tline = startLine + 1;
                            return;
                        }
                        continue;
                    }
                    op = Operator.DIV; prec = Operator.PREC_MUL;
                    assignOp();
                }
                case '%' -> { nextch(); op = Operator.REM; prec = Operator.PREC_MUL; assignOp(); }
                case '&' -> {
                    nextch();
                    if (ch == '&') { nextch(); op = Operator.ANDAND; prec = Operator.PREC_ANDAND; tok = Token.OPERATOR; break; }
                    op = Operator.AND; prec = Operator.PREC_MUL;
                    if (ch == '^') { nextch(); op = Operator.ANDNOT; }
                    assignOp();
                }
                case '|' -> {
                    nextch();
                    if (ch == '|') { nextch(); op = Operator.OROR; prec = Operator.PREC_OROR; tok = Token.OPERATOR; break; }
                    op = Operator.OR; prec = Operator.PREC_ADD;
                    assignOp();
                }
                case '^' -> { nextch(); op = Operator.XOR; prec = Operator.PREC_ADD; assignOp(); }
                case '<' -> {
                    nextch();
                    if (ch == '=') { nextch(); op = Operator.LEQ; prec = Operator.PREC_CMP; tok = Token.OPERATOR; break; }
                    if (ch == '<') { nextch(); op = Operator.SHL; prec = Operator.PREC_MUL; assignOp(); break; }
                    if (ch == '-') { nextch(); tok = Token.ARROW; break; }
                    op = Operator.LSS; prec = Operator.PREC_CMP; tok = Token.OPERATOR;
                }
                case '>' -> {
                    nextch();
                    if (ch == '=') { nextch(); op = Operator.GEQ; prec = Operator.PREC_CMP; tok = Token.OPERATOR; break; }
                    if (ch == '>') { nextch(); op = Operator.SHR; prec = Operator.PREC_MUL; assignOp(); break; }
                    op = Operator.GTR; prec = Operator.PREC_CMP; tok = Token.OPERATOR;
                }
                case '=' -> {
                    nextch();
                    if (ch == '=') { nextch(); op = Operator.EQL; prec = Operator.PREC_CMP; tok = Token.OPERATOR; }
                    else tok = Token.ASSIGN;
                }
                case '!' -> {
                    nextch();
                    if (ch == '=') { nextch(); op = Operator.NEQ; prec = Operator.PREC_CMP; tok = Token.OPERATOR; }
                    else { op = Operator.NOT; prec = 0; tok = Token.OPERATOR; }
                }
                case '~' -> { nextch(); op = Operator.TILDE; prec = 0; tok = Token.OPERATOR; }
                default -> {
                    errorf("invalid character " + quoteRuneU(c));
                    nextch();
                    continue;
                }
            }
            return;
        }
    }

    private void assignOp() {
        if (ch == '=') {
            nextch();
            tok = Token.ASSIGN_OP;
            return;
        }
        tok = Token.OPERATOR;
    }

    /** Scans an identifier or keyword; ch is its first character, an ASCII letter or _. */
    private void ident() {
        int i = chOff;
        int hash = 0;
        while (i < end) {
            int b = src[i];
            if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b >= '0' && b <= '9') {
                hash = hash * 31 + b;
                i++;
            } else break;
        }
        chOff = i - 1;
        chw = 1;
        ch = src[i - 1];
        nextch();
        if (ch >= 0x80) {
            identSlow();
            return;
        }
        finishIdent(names.lookup(src, tstart, chOff - tstart, hash));
    }

    /** Scans the rest of an identifier containing non-ASCII characters. */
    private void identSlow() {
        while (atIdentChar(false)) nextch();
        finishIdent(names.lookup(segment()));
    }

    private void finishIdent(Interner.Entry e) {
        if (e.keyword != null) {
            Token t = e.keyword;
            nlsemi = t == Token.BREAK || t == Token.CONTINUE || t == Token.FALLTHROUGH || t == Token.RETURN;
            tok = t;
            return;
        }
        nlsemi = true;
        lit = e.name;
        tok = Token.NAME;
    }

    private static boolean isLetterAscii(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private boolean atIdentChar(boolean first) {
        int c = ch;
        if (c < 0) return false;
        if (c < 0x80) return isLetterAscii(c) || (!first && c >= '0' && c <= '9');
        if (Character.isLetter(c)) return true;
        if (Character.isDigit(c)) {
            if (first) errorf("identifier cannot begin with digit " + quoteRuneU(c));
            return true;
        }
        errorf("invalid character " + quoteRuneU(c) + " in identifier");
        return true;
    }

    // ---- numbers

    private static int lower(int c) { return c | 0x20; }
    private static boolean isDecimal(int c) { return c >= '0' && c <= '9'; }
    private static boolean isHex(int c) { return c >= '0' && c <= '9' || lower(c) >= 'a' && lower(c) <= 'f'; }

    private int invalid; // index of invalid digit in literal, or < 0

    private int digits(int base, boolean track) {
        int digsep = 0;
        if (base <= 10) {
            int max = '0' + base;
            while (isDecimal(ch) || ch == '_') {
                int ds = 1;
                if (ch == '_') ds = 2;
                else if (ch >= max && track && invalid < 0) invalid = chOff - tstart;
                digsep |= ds;
                nextch();
            }
        } else {
            while (isHex(ch) || ch == '_') {
                digsep |= ch == '_' ? 2 : 1;
                nextch();
            }
        }
        return digsep;
    }

    private void number(boolean seenPoint) {
        boolean ok = true;
        LitKind k = LitKind.INT;
        int base = 10;
        int prefix = 0;
        int digsep = 0;
        invalid = -1;
        if (seenPoint) tstart = toff; // the '.' is part of the literal
        if (!seenPoint) {
            if (ch == '0') {
                nextch();
                switch (lower(ch)) {
                    case 'x' -> { nextch(); base = 16; prefix = 'x'; }
                    case 'o' -> { nextch(); base = 8; prefix = 'o'; }
                    case 'b' -> { nextch(); base = 2; prefix = 'b'; }
                    default -> { base = 8; prefix = '0'; digsep = 1; }
                }
            }
            digsep |= digits(base, true);
            if (ch == '.') {
                if (prefix == 'o' || prefix == 'b') {
                    errorf("invalid radix point in " + baseName(base) + " literal");
                    ok = false;
                }
                nextch();
                seenPoint = true;
            }
        }
        if (seenPoint) {
            k = LitKind.FLOAT;
            digsep |= digits(base, true);
        }
        if ((digsep & 1) == 0 && ok) {
            errorf(baseName(base) + " literal has no digits");
            ok = false;
        }
        int e = lower(ch);
        if (e == 'e' || e == 'p') {
            if (ok) {
                if (e == 'e' && prefix != 0 && prefix != '0') {
                    errorf(quoteRune(ch) + " exponent requires decimal mantissa");
                    ok = false;
                } else if (e == 'p' && prefix != 'x') {
                    errorf(quoteRune(ch) + " exponent requires hexadecimal mantissa");
                    ok = false;
                }
            }
            nextch();
            k = LitKind.FLOAT;
            if (ch == '+' || ch == '-') nextch();
            digsep = digits(10, false) | (digsep & 2);
            if ((digsep & 1) == 0 && ok) {
                errorf("exponent has no digits");
                ok = false;
            }
        } else if (prefix == 'x' && k == LitKind.FLOAT && ok) {
            errorf("hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }
        if (ch == 'i') {
            k = LitKind.IMAG;
            nextch();
        }
        setLit(k, ok);
        if (k == LitKind.INT && invalid >= 0 && ok) {
            errorTok(invalid, "invalid digit " + quoteRune(lit.charAt(invalid)) + " in " + baseName(base) + " literal");
            ok = false;
        }
        if ((digsep & 2) != 0 && ok) {
            int i = invalidSep(lit);
            if (i >= 0) {
                errorTok(i, "'_' must separate successive digits");
                ok = false;
            }
        }
        bad = !ok;
    }

    private void setLit(LitKind k, boolean ok) {
        nlsemi = true;
        tok = Token.LITERAL;
        lit = segment();
        bad = !ok;
        kind = k;
    }

    private static String baseName(int base) {
        return switch (base) {
            case 2 -> "binary";
            case 8 -> "octal";
            case 10 -> "decimal";
            default -> "hexadecimal";
        };
    }

    static int invalidSep(String x) {
        int x1 = ' ';
        int d = '.';
        int i = 0;
        if (x.length() >= 2 && x.charAt(0) == '0') {
            x1 = lower(x.charAt(1));
            if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
                d = '0';
                i = 2;
            }
        }
        for (; i < x.length(); i++) {
            int p = d;
            d = x.charAt(i);
            if (d == '_') {
                if (p != '0') return i;
            } else if (isDecimal(d) || x1 == 'x' && isHex(d)) {
                d = '0';
            } else {
                if (p == '_') return i - 1;
                d = '.';
            }
        }
        if (d == '_') return x.length() - 1;
        return -1;
    }

    // ---- runes and strings

    private void rune() {
        boolean ok = true;
        nextch();
        for (int n = 0; ; n++) {
            if (ch == '\'') {
                if (ok) {
                    if (n == 0) {
                        errorf("empty rune literal or unescaped '");
                        ok = false;
                    } else if (n != 1) {
                        errorTok(0, "more than one character in rune literal");
                        ok = false;
                    }
                }
                nextch();
                break;
            }
            if (ch == '\\') {
                nextch();
                if (!escape('\'')) ok = false;
                continue;
            }
            if (ch == '\n') {
                if (ok) {
                    errorf("newline in rune literal");
                    ok = false;
                }
                break;
            }
            if (ch < 0) {
                if (ok) {
                    errorTok(0, "rune literal not terminated");
                    ok = false;
                }
                break;
            }
            nextch();
        }
        setLit(LitKind.RUNE, ok);
    }

    private void stdString() {
        boolean ok = true;
        nextch();
        for (;;) {
            int c = ch;
            if (c == '"') { nextch(); break; }
            if (c == '\\') {
                nextch();
                if (!escape('"')) ok = false;
                continue;
            }
            if (c == '\n') {
                errorf("newline in string");
                ok = false;
                break;
            }
            if (c < 0) {
                errorTok(0, "string not terminated");
                ok = false;
                break;
            }
            nextch();
        }
        setLit(LitKind.STRING, ok);
    }

    private void rawString() {
        boolean ok = true;
        nextch();
        for (;;) {
            if (ch == '`') { nextch(); break; }
            if (ch < 0) {
                errorTok(0, "string not terminated");
                ok = false;
                break;
            }
            nextch();
        }
        setLit(LitKind.STRING, ok);
    }

    private boolean escape(int quote) {
        int n;
        int base;
        long max;
        int c = ch;
        if (c == quote || c == 'a' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't' || c == 'v' || c == '\\') {
            nextch();
            return true;
        }
        switch (c) {
            case '0', '1', '2', '3', '4', '5', '6', '7' -> { n = 3; base = 8; max = 255; }
            case 'x' -> { nextch(); n = 2; base = 16; max = 255; }
            case 'u' -> { nextch(); n = 4; base = 16; max = 0x10FFFF; }
            case 'U' -> { nextch(); n = 8; base = 16; max = 0x10FFFF; }
            default -> {
                if (c < 0) return true;
                errorf("unknown escape");
                return false;
            }
        }
        long x = 0;
        for (int i = n; i > 0; i--) {
            if (ch < 0) return true;
            int d = base;
            if (isDecimal(ch)) d = ch - '0';
            else if (lower(ch) >= 'a' && lower(ch) <= 'f') d = lower(ch) - 'a' + 10;
            if (d >= base) {
                errorf("invalid character " + quoteRune(ch) + " in " + baseName(base) + " escape");
                return false;
            }
            x = x * base + d;
            nextch();
        }
        if (x > max && base == 8) {
            errorf("octal escape value " + x + " > 255");
            return false;
        }
        if (x > max || x >= 0xD800 && x < 0xE000) {
            errorf("escape is invalid Unicode code point " + quoteRuneU(x));
            return false;
        }
        return true;
    }

    // ---- comments

    private void skipLine() {
        // plain ASCII bytes are skipped in bulk; others go through nextch for their checks
        while (ch >= 0 && ch != '\n') {
            int i = chOff + chw;
            while (i < end) {
                byte b = src[i];
                if (b <= 0 || b == '\n') break;
                i++;
            }
            if (i > chOff + chw) {
                chOff = i - 1;
                chw = 1;
                ch = src[i - 1];
            }
            nextch();
        }
    }

    private void lineComment() {
        // tstart/toff point at the first '/'; ch is the char after "//"
        int cline = line + 1, ccol = toff - lineStart + 1, coff = toff;
        if ((mode & COMMENTS) != 0) {
            skipLine();
            h.comment(cline, ccol, coff, commentText(coff));
            return;
        }
        if ((mode & DIRECTIVES) == 0 || (ch != 'g' && ch != 'l')) {
            skipLine();
            return;
        }
        String prefix = ch == 'l' ? "line " : "go:";
        for (int i = 0; i < prefix.length(); i++) {
            if (ch != prefix.charAt(i)) {
                skipLine();
                return;
            }
            nextch();
        }
        skipLine();
        h.comment(cline, ccol, coff, commentText(coff));
    }

    private String commentText(int from) {
        return new String(src, from, chOff - from, StandardCharsets.UTF_8);
    }

    private boolean skipComment() {
        while (ch >= 0) {
            while (ch == '*') {
                nextch();
                if (ch == '/') {
                    nextch();
                    return true;
                }
            }
            nextch();
        }
        errorTok(0, "comment not terminated");
        return false;
    }

    private void fullComment() {
        int cline = line + 1, ccol = toff - lineStart + 1, coff = toff;
        if ((mode & COMMENTS) != 0) {
            if (skipComment()) h.comment(cline, ccol, coff, commentText(coff));
            return;
        }
        if ((mode & DIRECTIVES) == 0 || ch != 'l') {
            skipComment();
            return;
        }
        String prefix = "line ";
        for (int i = 0; i < prefix.length(); i++) {
            if (ch != prefix.charAt(i)) {
                skipComment();
                return;
            }
            nextch();
        }
        if (skipComment()) h.comment(cline, ccol, coff, commentText(coff));
    }

    // ---- quoting like Go's %q and %#U

    static String quoteRune(int c) {
        StringBuilder b = new StringBuilder("'");
        switch (c) {
            case '\'' -> b.append("\\'");
            case '\\' -> b.append("\\\\");
            case '\n' -> b.append("\\n");
            case '\t' -> b.append("\\t");
            case '\r' -> b.append("\\r");
            case 7 -> b.append("\\a");
            case 8 -> b.append("\\b");
            case 12 -> b.append("\\f");
            case 11 -> b.append("\\v");
            default -> {
                if (c < 0x20 || c == 0x7F) b.append(String.format("\\x%02x", c));
                else if (isPrint(c)) b.appendCodePoint(c);
                else if (c < 0x10000) b.append(String.format("\\u%04x", c));
                else b.append(String.format("\\U%08x", c));
            }
        }
        return b.append('\'').toString();
    }

    /** Go's %#U: "U+0041 'A'" (the quoted form only for printable characters). */
    static String quoteRuneU(long c) {
        String s = String.format("U+%04X", c);
        if (c >= 0 && c <= 0x10FFFF && isPrint((int) c)) s += " '" + new String(Character.toChars((int) c)) + "'";
        return s;
    }

    private static boolean isPrint(int c) {
        if (c < 0x20 || c == 0x7F) return false;
        if (c < 0x7F) return true;
        if (c >= 0xD800 && c <= 0xDFFF) return false;
        int t = Character.getType(c);
        return switch (t) {
            case Character.UNASSIGNED, Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE,
                 Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.SPACE_SEPARATOR -> c == ' ';
            default -> true;
        };
    }
}
