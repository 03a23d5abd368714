package goj.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import static goj.syntax.Token.*;

/**
 * The Go parser: a recursive-descent parser following gc's grammar handling, error recovery and
 * error wording. Use {@link Syntax#parse} (or {@link #parse}) rather than this class directly.
 */
public final class Parser implements Scanner.Handler {
    private final PosBase file;
    private final Consumer<Diagnostic> errh;
    private final int mode;
    private final Scanner sc;

    private PosBase base;     // current position base
    private int errcnt;
    private boolean first;    // an error has been reported
    private Pragma pragma;    // pending directives
    private File fileNode;    // for recording directives
    private final List<Directive> directives = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private String buildLine;

    private boolean top = true;
    private int fnest;
    private int xnest;

    private Parser(PosBase file, byte[] src, Consumer<Diagnostic> errh, int mode) {
        this.file = file;
        this.base = file;
        this.errh = errh;
        this.mode = mode;
        int smode = Scanner.DIRECTIVES | ((mode & Syntax.KEEP_COMMENTS) != 0 ? Scanner.COMMENTS : 0);
        this.sc = new Scanner(src, src.length, this, smode);
    }

    /**
     * Parses one file. Errors go to {@code errh} in the order found (see {@link Syntax#parse} for
     * gc's filtering and ordering). Returns null only if the package clause is missing or bad.
     */
    public static File parse(PosBase base, byte[] src, Consumer<Diagnostic> errh, int mode) {
        Parser p = new Parser(base, src, errh, mode);
        try {
            p.sc.next();
            return p.fileOrNil();
        } catch (StackOverflowError e) {
            // gc has no nesting limit; goj runs with -Xss512m, so only absurd nesting gets here
            p.errorAt(p.pos(), "syntax error: nesting too deep (Java stack exhausted; run with a larger -Xss)");
            return null;
        }
    }

    // ---- scanner callbacks

    @Override public void error(int line, int col, int offset, String msg) {
        errorAt(new Pos(base, line, col, offset), msg);
    }

    @Override public void comment(int line, int col, int offset, String text) {
        if (text.length() >= 2 && text.charAt(1) == '/' || text.startsWith("/*line ")) {
            String ctext = commentText(text);
            if ((col == 1 || text.charAt(1) == '*') && ctext.startsWith("line ")) {
                int blen = utf8Len(text);
                Pos pos;
                if (text.charAt(1) == '/') pos = new Pos(file, line + 1, 1, offset + blen + 1);
                else pos = new Pos(file, line, col + blen, offset + blen);
                updateBase(pos, line, col + 2 + 5, offset + 2 + 5, ctext.substring(5));
                if ((mode & Syntax.KEEP_COMMENTS) != 0) comments.add(new Comment(new Pos(base, line, col, offset), text));
                return;
            }
            if (ctext.startsWith("go:")) {
                Pos dpos = new Pos(base, line, col + 2, offset + 2);
                if (top && text.startsWith("//go:build")) {
                    buildLine = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                }
                Directive d = new Directive(dpos, ctext, sc.blankBefore(offset));
                directives.add(d);
                if (d.ownLine()) { // gc attaches only directives on a line of their own
                    if (pragma == null) pragma = new Pragma();
                    pragma.directives.add(d);
                }
            }
        }
        if ((mode & Syntax.KEEP_COMMENTS) != 0) comments.add(new Comment(new Pos(base, line, col, offset), text));
    }

    private static int utf8Len(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c)) { n += 4; i++; }
            else n += 3;
        }
        return n;
    }

    private static String commentText(String s) {
        if (s.startsWith("/*")) return s.substring(2, s.length() - 2);
        int i = s.length();
        if (i > 2 && s.charAt(i - 1) == '\r') i--;
        return s.substring(2, i);
    }

    private void updateBase(Pos pos, int tline, int tcol, int toff, String text) {
        long[] r = trailingDigits(text);
        int i = (int) r[0];
        if (i == 0) return; // not a line directive
        if (r[2] == 0) {
            errorAt(new Pos(base, tline, tcol + i, toff + i), "invalid line number: " + text.substring(i));
            return;
        }
        long line, col = 0;
        long[] r2 = trailingDigits(text.substring(0, i - 1));
        if (r2[2] != 0) {
            int i2 = (int) r2[0];
            int t = i;
            i = i2;
            i2 = t;
            line = r2[1];
            col = r[1];
            if (col == 0 || col > POS_MAX) {
                errorAt(new Pos(base, tline, tcol + i2, toff + i2), "invalid column number: " + text.substring(i2));
                return;
            }
            text = text.substring(0, i2 - 1);
        } else {
            line = r[1];
        }
        if (line == 0 || line > POS_MAX) {
            errorAt(new Pos(base, tline, tcol + i, toff + i), "invalid line number: " + text.substring(i));
            return;
        }
        String filename = text.substring(0, i - 1);
        if (filename.isEmpty() && r2[2] != 0) {
            filename = base.filename();
        } else if (!filename.isEmpty()) {
            filename = cleanPath(filename);
            if (!filename.startsWith("/")) {
                String dir = dirOf(file.filename());
                if (!dir.equals(".")) filename = cleanPath(dir + "/" + filename);
            }
        }
        base = PosBase.ofLine(pos, filename, (int) line, (int) col);
    }

    private static final long POS_MAX = 1L << 30;

    /** {index after last ':' (0 if none), value, ok(1/0)}. */
    private static long[] trailingDigits(String text) {
        int i = text.lastIndexOf(':');
        if (i < 0) return new long[] {0, 0, 0};
        String d = text.substring(i + 1);
        long n = 0;
        boolean ok = !d.isEmpty();
        for (int k = 0; k < d.length() && ok; k++) {
            char c = d.charAt(k);
            if (c < '0' || c > '9') ok = false;
            else {
                n = n * 10 + (c - '0');
                if (n > 0xFFFFFFFFL * 16) ok = false; // overflow (ParseUint fails)
            }
        }
        return new long[] {i + 1, ok ? n : 0, ok ? 1 : 0};
    }

    static String dirOf(String path) {
        int i = path.lastIndexOf('/');
        if (i < 0) return ".";
        return cleanPath(path.substring(0, i + 1));
    }

    /** Go's path/filepath.Clean for slash-separated paths. */
    static String cleanPath(String path) {
        if (path.isEmpty()) return ".";
        boolean rooted = path.charAt(0) == '/';
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) out.remove(out.size() - 1);
                else if (!rooted) out.add("..");
                continue;
            }
            out.add(part);
        }
        String s = String.join("/", out);
        if (rooted) return "/" + s;
        return s.isEmpty() ? "." : s;
    }

    // ---- helpers

    private void next() { sc.next(); }

    private Pos pos() { return new Pos(base, sc.tline, sc.tcol, sc.toff); }

    private boolean got(Token t) {
        if (sc.tok == t) {
            sc.next();
            return true;
        }
        return false;
    }

    private void want(Token t) {
        if (!got(t)) {
            syntaxError("expected " + t.describe());
            advance();
        }
    }

    private boolean gotAssign() {
        switch (sc.tok) {
            case DEFINE:
                syntaxError("expected =");
                sc.next();
                return true;
            case ASSIGN:
                sc.next();
                return true;
            default:
                return false;
        }
    }

    private Pragma takePragma() {
        Pragma p = pragma;
        pragma = null;
        return p;
    }

    /** Drops the pending directives where no declaration may take them (gc's unused pragmas). */
    private void clearPragma() {
        if (pragma != null && fileNode != null) fileNode.unattached.addAll(pragma.directives);
        pragma = null;
    }

    private void errorAt(Pos pos, String msg) {
        first = true;
        errcnt++;
        errh.accept(new Diagnostic(pos, msg));
    }

    private void error(String msg) { errorAt(pos(), msg); }

    private void syntaxError(String msg) { syntaxErrorAt(pos(), msg); }

    private void syntaxErrorAt(Pos pos, String msg) {
        if (sc.tok == EOF && first) return; // avoid meaningless follow-up errors
        if (msg.isEmpty()) {
            // nothing to add
        } else if (msg.startsWith("in ") || msg.startsWith("at ") || msg.startsWith("after ")) {
            msg = " " + msg;
        } else if (msg.startsWith("expected ")) {
            msg = ", " + msg;
        } else {
            errorAt(pos, "syntax error: " + msg);
            return;
        }
        String tok = switch (sc.tok) {
            case NAME -> "name " + sc.lit;
            case SEMI -> sc.lit;
            case LITERAL -> "literal " + sc.lit;
            case OPERATOR -> sc.op.text();
            case ASSIGN_OP -> sc.op.text() + "=";
            case INC_OP -> sc.op.text() + sc.op.text();
            default -> sc.tok.describe();
        };
        errorAt(pos, "syntax error: unexpected " + tok + msg);
    }

    private static long bit(Token t) { return 1L << t.ordinal(); }

    private static final long STOPSET = bit(BREAK) | bit(CONST) | bit(CONTINUE) | bit(DEFER) | bit(FALLTHROUGH)
            | bit(FOR) | bit(GO) | bit(GOTO) | bit(IF) | bit(RETURN) | bit(SELECT) | bit(SWITCH) | bit(TYPE) | bit(VAR);

    /** Skips tokens until one in followlist (or, in a function, a statement keyword); no list: one token. */
    private void advance(Token... followlist) {
        long followset = bit(EOF);
        if (followlist.length > 0) {
            if (fnest > 0) followset |= STOPSET;
            for (Token t : followlist) followset |= bit(t);
        }
        while ((followset & bit(sc.tok)) == 0) {
            sc.next();
            if (followlist.length == 0) break;
        }
    }

    // ---- source files

    private File fileOrNil() {
        File f = new File(pos());
        f.base = file;
        fileNode = f;
        top = false;
        if (!got(PACKAGE)) {
            syntaxError("package statement must be first");
            return null;
        }
        f.buildLine = buildLine;
        f.goVersion = BuildConstraint.goVersion(buildLine);
        f.pragma = takePragma();
        f.pkgName = name();
        want(SEMI);
        if (first) return null;

        Token prev = IMPORT;
        while (sc.tok != EOF) {
            if (sc.tok == IMPORT && prev != IMPORT) syntaxError("imports must appear before other declarations");
            prev = sc.tok;
            switch (sc.tok) {
                case IMPORT -> { next(); appendGroup(f.decls, this::importDecl); }
                case CONST -> { next(); appendGroup(f.decls, this::constDecl); }
                case TYPE -> { next(); appendGroup(f.decls, this::typeDecl); }
                case VAR -> { next(); appendGroup(f.decls, this::varDecl); }
                case FUNC -> {
                    next();
                    FuncDecl d = funcDeclOrNil();
                    if (d != null) f.decls.add(d);
                }
                default -> {
                    if (sc.tok == LBRACE && !f.decls.isEmpty() && f.decls.getLast() instanceof FuncDecl fd && fd.body == null) {
                        syntaxError("unexpected semicolon or newline before {");
                    } else {
                        syntaxError("non-declaration statement outside function body");
                    }
                    advance(IMPORT, CONST, TYPE, VAR, FUNC);
                    continue;
                }
            }
            clearPragma();
            if (sc.tok != EOF && !got(SEMI)) {
                syntaxError("after top level declaration");
                advance(IMPORT, CONST, TYPE, VAR, FUNC);
            }
        }
        clearPragma();
        f.eof = pos();
        f.directives.addAll(directives);
        f.comments.addAll(comments);
        return f;
    }

    private Pos list(String context, Token sep, Token close, BooleanSupplier f) {
        boolean done = false;
        while (sc.tok != EOF && sc.tok != close && !done) {
            done = f.getAsBoolean();
            if (!got(sep) && sc.tok != close) {
                syntaxError("in " + context + "; possibly missing " + sep.describe() + " or " + close.describe());
                advance(RPAREN, RBRACK, RBRACE);
                if (sc.tok != close) return pos();
            }
        }
        Pos pos = pos();
        want(close);
        return pos;
    }

    private interface DeclParser { Decl parse(Group g, int index); }

    private void appendGroup(List<Decl> list, DeclParser f) {
        if (sc.tok == LPAREN) {
            Group g = new Group();
            clearPragma();
            next();
            int[] idx = {0};
            list("grouped declaration", SEMI, RPAREN, () -> {
                Decl x = f.parse(g, idx[0]++);
                if (x != null) list.add(x);
                return false;
            });
        } else {
            Decl x = f.parse(null, 0);
            if (x != null) list.add(x);
        }
    }

    private Decl importDecl(Group group, int index) {
        ImportDecl d = new ImportDecl(pos());
        d.group = group;
        d.pragma = takePragma();
        switch (sc.tok) {
            case NAME -> d.localPkgName = name();
            case DOT -> {
                Name n = new Name(pos());
                n.value = ".";
                d.localPkgName = n;
                next();
            }
            default -> { }
        }
        d.path = oliteral();
        if (d.path == null) {
            syntaxError("missing import path");
            advance(SEMI, RPAREN);
            return d;
        }
        if (!d.path.bad && d.path.kind != LitKind.STRING) {
            syntaxErrorAt(d.path.pos(), "import path must be a string");
            d.path.bad = true;
        }
        return d;
    }

    private Decl constDecl(Group group, int index) {
        ConstDecl d = new ConstDecl(pos());
        d.group = group;
        d.iota = index;
        d.pragma = takePragma();
        d.names = nameList(name());
        if (sc.tok != EOF && sc.tok != SEMI && sc.tok != RPAREN) {
            d.type = typeOrNil();
            if (gotAssign()) d.values = exprList();
        }
        return d;
    }

    private Decl typeDecl(Group group, int index) {
        TypeDecl d = new TypeDecl(pos());
        d.group = group;
        d.pragma = takePragma();
        d.name = name();
        if (sc.tok == LBRACK) {
            Pos pos = pos();
            next();
            switch (sc.tok) {
                case NAME -> {
                    Expr x = name();
                    if (sc.tok != LBRACK) {
                        xnest++;
                        x = binaryExpr(pexpr(x, false), 0);
                        xnest--;
                    }
                    Object[] nt = extractName(x, sc.tok == COMMA);
                    Name pname = (Name) nt[0];
                    Expr ptype = (Expr) nt[1];
                    if (pname != null && (ptype != null || sc.tok != RBRACK)) {
                        d.tparams = paramList(pname, ptype, RBRACK, true, false);
                        d.alias = gotAssign();
                        d.type = typeOrNil();
                    } else {
                        d.type = arrayType(pos, x);
                    }
                }
                case RBRACK -> {
                    next();
                    d.type = sliceType(pos);
                }
                default -> d.type = arrayType(pos, null);
            }
        } else {
            d.alias = gotAssign();
            d.type = typeOrNil();
        }
        if (d.type == null) {
            d.type = badExpr();
            syntaxError("in type declaration");
            advance(SEMI, RPAREN);
        }
        return d;
    }

    /** {name, type}: splits x (parsed as an expression) into a type parameter name and constraint. */
    private static Object[] extractName(Expr x, boolean force) {
        if (x instanceof Name n) return new Object[] {n, null};
        if (x instanceof Operation op && op.y != null) {
            if (op.op == Operator.MUL) {
                if (op.x instanceof Name name && (force || isTypeElem(op.y))) {
                    Operation u = new Operation(op.pos());
                    u.op = Operator.MUL;
                    u.x = op.y;
                    return new Object[] {name, u};
                }
            } else if (op.op == Operator.OR) {
                Object[] r = extractName(op.x, force || isTypeElem(op.y));
                if (r[0] != null && r[1] != null) {
                    Operation u = new Operation(op.pos());
                    u.op = Operator.OR;
                    u.x = (Expr) r[1];
                    u.y = op.y;
                    return new Object[] {r[0], u};
                }
            }
        } else if (x instanceof CallExpr c) {
            if (c.fun instanceof Name name) {
                if (c.args.size() == 1 && !c.hasDots && (force || isTypeElem(c.args.getFirst()))) {
                    return new Object[] {name, Syntax.unparen(c.args.getFirst())};
                }
            }
        }
        return new Object[] {null, x};
    }

    private static boolean isTypeElem(Expr x) {
        return switch (x) {
            case ArrayType a -> true;
            case StructType a -> true;
            case FuncType a -> true;
            case InterfaceType a -> true;
            case SliceType a -> true;
            case MapType a -> true;
            case ChanType a -> true;
            case Operation o -> isTypeElem(o.x) || (o.y != null && isTypeElem(o.y)) || o.op == Operator.TILDE;
            case ParenExpr p -> isTypeElem(p.x);
            default -> false;
        };
    }

    private Decl varDecl(Group group, int index) {
        VarDecl d = new VarDecl(pos());
        d.group = group;
        d.pragma = takePragma();
        d.names = nameList(name());
        if (gotAssign()) {
            d.values = exprList();
        } else {
            d.type = type_();
            if (gotAssign()) d.values = exprList();
        }
        return d;
    }

    private FuncDecl funcDeclOrNil() {
        FuncDecl f = new FuncDecl(pos());
        f.pragma = takePragma();
        boolean hasRecv = false;
        if (got(LPAREN)) {
            hasRecv = true;
            List<Field> rcvr = paramList(null, null, RPAREN, false, false);
            switch (rcvr.size()) {
                case 0 -> error("method has no receiver");
                case 1 -> f.recv = rcvr.getFirst();
                default -> {
                    error("method has multiple receivers");
                    f.recv = rcvr.getFirst();
                }
            }
        }
        if (sc.tok == NAME) {
            f.name = name();
            f.type = funcType("");
            f.tparams = lastTParams;
        } else {
            Name n = new Name(pos());
            n.value = "_";
            f.name = n;
            f.type = new FuncType(pos());
            syntaxError(hasRecv ? "expected name" : "expected name or (");
            advance(LBRACE, SEMI);
        }
        if (sc.tok == LBRACE) f.body = funcBody();
        return f;
    }

    private BlockStmt funcBody() {
        fnest++;
        int errcnt0 = errcnt;
        BlockStmt body = blockStmt("");
        fnest--;
        if ((mode & Syntax.CHECK_BRANCHES) != 0 && errcnt0 == errcnt) {
            Branches.check(body, d -> errorAt(d.pos(), d.msg()));
        }
        return body;
    }

    // ---- expressions

    Expr expr() { return binaryExpr(null, 0); }

    private Expr binaryExpr(Expr x, int prec) {
        if (x == null) x = unaryExpr();
        while ((sc.tok == OPERATOR || sc.tok == STAR) && sc.prec > prec) {
            Operation t = new Operation(pos());
            t.op = sc.op;
            int tprec = sc.prec;
            next();
            t.x = x;
            t.y = binaryExpr(null, tprec);
            x = t;
        }
        return x;
    }

    private Expr unaryExpr() {
        switch (sc.tok) {
            case OPERATOR, STAR -> {
                switch (sc.op) {
                    case MUL, ADD, SUB, NOT, XOR, TILDE -> {
                        Operation x = new Operation(pos());
                        x.op = sc.op;
                        next();
                        x.x = unaryExpr();
                        return x;
                    }
                    case AND -> {
                        Operation x = new Operation(pos());
                        x.op = Operator.AND;
                        next();
                        x.x = Syntax.unparen(unaryExpr());
                        return x;
                    }
                    default -> { }
                }
            }
            case ARROW -> {
                Pos pos = pos();
                next();
                Expr x = unaryExpr();
                if (x instanceof ChanType) {
                    // <-chan T: the arrow belongs to the (outermost) channel type
                    ChanDir dir = ChanDir.SEND;
                    Expr t = x;
                    while (dir == ChanDir.SEND) {
                        if (!(t instanceof ChanType c)) break;
                        dir = c.dir;
                        if (dir == ChanDir.RECV) {
                            syntaxError("unexpected <-, expected chan");
                        }
                        c.dir = ChanDir.RECV;
                        t = c.elem;
                    }
                    if (dir == ChanDir.SEND) {
                        syntaxError("unexpected " + Printer.string(t) + ", expected chan");
                    }
                    return x;
                }
                Operation o = new Operation(pos);
                o.op = Operator.RECV;
                o.x = x;
                return o;
            }
            default -> { }
        }
        return pexpr(null, true);
    }

    private CallStmt callStmt() {
        CallStmt s = new CallStmt(pos());
        s.tok = sc.tok;
        next();
        Expr x = pexpr(null, sc.tok == LPAREN);
        Expr t = Syntax.unparen(x);
        if (t != x) {
            errorAt(x.pos(), "expression in " + s.tok.text() + " must not be parenthesized");
            x = t;
        }
        s.call = x;
        return s;
    }

    private Expr operand(boolean keepParens) {
        switch (sc.tok) {
            case NAME:
                return name();
            case LITERAL:
                return oliteral();
            case LPAREN: {
                Pos pos = pos();
                next();
                xnest++;
                Expr x = expr();
                xnest--;
                want(RPAREN);
                if (sc.tok == LBRACE) keepParens = true;
                if (keepParens) {
                    ParenExpr px = new ParenExpr(pos);
                    px.x = x;
                    x = px;
                }
                return x;
            }
            case FUNC: {
                Pos pos = pos();
                next();
                FuncType ftyp = funcType("function type");
                if (sc.tok == LBRACE) {
                    xnest++;
                    FuncLit f = new FuncLit(pos);
                    f.type = ftyp;
                    f.body = funcBody();
                    xnest--;
                    return f;
                }
                return ftyp;
            }
            case LBRACK, CHAN, MAP, STRUCT, INTERFACE:
                return type_();
            default: {
                Expr x = badExpr();
                syntaxError("expected expression");
                advance(RPAREN, RBRACK, RBRACE);
                return x;
            }
        }
    }

    private Expr pexpr(Expr x, boolean keepParens) {
        if (x == null) x = operand(keepParens);
        loop:
        for (;;) {
            Pos pos = pos();
            switch (sc.tok) {
                case DOT -> {
                    next();
                    switch (sc.tok) {
                        case NAME -> {
                            SelectorExpr t = new SelectorExpr(pos);
                            t.x = x;
                            t.sel = name();
                            x = t;
                        }
                        case LPAREN -> {
                            next();
                            if (got(TYPE)) {
                                TypeSwitchGuard t = new TypeSwitchGuard(pos);
                                t.x = x;
                                x = t;
                            } else {
                                AssertExpr t = new AssertExpr(pos);
                                t.x = x;
                                t.type = type_();
                                x = t;
                            }
                            want(RPAREN);
                        }
                        default -> {
                            syntaxError("expected name or (");
                            advance(SEMI, RPAREN);
                        }
                    }
                }
                case LBRACK -> {
                    next();
                    Expr i = null;
                    if (sc.tok != COLON) {
                        boolean comma = false;
                        if (sc.tok == RBRACK) {
                            syntaxError("expected operand");
                            i = badExpr();
                        } else {
                            i = typeList(false);
                            comma = lastComma;
                        }
                        if (comma || sc.tok == RBRACK) {
                            want(RBRACK);
                            IndexExpr t = new IndexExpr(pos);
                            t.x = x;
                            t.index = i;
                            x = t;
                            break;
                        }
                    }
                    if (!got(COLON)) {
                        syntaxError("expected comma, : or ]");
                        advance(COMMA, COLON, RBRACK);
                    }
                    xnest++;
                    SliceExpr t = new SliceExpr(pos);
                    t.x = x;
                    t.index[0] = i;
                    if (sc.tok != COLON && sc.tok != RBRACK) t.index[1] = expr();
                    if (sc.tok == COLON) {
                        t.full = true;
                        if (t.index[1] == null) {
                            error("middle index required in 3-index slice");
                            t.index[1] = badExpr();
                        }
                        next();
                        if (sc.tok != RBRACK) {
                            t.index[2] = expr();
                        } else {
                            error("final index required in 3-index slice");
                            t.index[2] = badExpr();
                        }
                    }
                    xnest--;
                    want(RBRACK);
                    x = t;
                }
                case LPAREN -> {
                    CallExpr t = new CallExpr(pos);
                    next();
                    t.fun = x;
                    t.hasDots = argList(t.args);
                    x = t;
                }
                case LBRACE -> {
                    Expr t = Syntax.unparen(x);
                    boolean complitOk = switch (t) {
                        case Name n -> xnest >= 0;
                        case SelectorExpr n -> xnest >= 0;
                        case IndexExpr n -> xnest >= 0 && !isValue(t);
                        case ArrayType n -> true;
                        case SliceType n -> true;
                        case StructType n -> true;
                        case MapType n -> true;
                        default -> false;
                    };
                    if (!complitOk) break loop;
                    if (t != x) syntaxError("cannot parenthesize type in composite literal");
                    CompositeLit n = complitexpr();
                    n.type = x;
                    x = n;
                }
                default -> {
                    break loop;
                }
            }
        }
        return x;
    }

    private static boolean isValue(Expr x) {
        return switch (x) {
            case BasicLit b -> true;
            case CompositeLit b -> true;
            case FuncLit b -> true;
            case SliceExpr b -> true;
            case AssertExpr b -> true;
            case TypeSwitchGuard b -> true;
            case CallExpr b -> true;
            case Operation o -> o.op != Operator.MUL || o.y != null;
            case ParenExpr p -> isValue(p.x);
            case IndexExpr i -> isValue(i.x) || isValue(i.index);
            default -> false;
        };
    }

    private Expr bareComplitexpr() {
        if (sc.tok == LBRACE) return complitexpr();
        return expr();
    }

    private CompositeLit complitexpr() {
        CompositeLit x = new CompositeLit(pos());
        xnest++;
        want(LBRACE);
        x.rbrace = list("composite literal", COMMA, RBRACE, () -> {
            Expr e = bareComplitexpr();
            if (sc.tok == COLON) {
                KeyValueExpr l = new KeyValueExpr(pos());
                next();
                l.key = e;
                l.value = bareComplitexpr();
                e = l;
                x.nkeys++;
            }
            x.elems.add(e);
            return false;
        });
        xnest--;
        return x;
    }

    // ---- types

    private Expr type_() {
        Expr typ = typeOrNil();
        if (typ == null) {
            typ = badExpr();
            syntaxError("expected type");
            advance(COMMA, COLON, SEMI, RPAREN, RBRACK, RBRACE);
        }
        return typ;
    }

    private static Operation newIndirect(Pos pos, Expr typ) {
        Operation o = new Operation(pos);
        o.op = Operator.MUL;
        o.x = typ;
        return o;
    }

    private Expr typeOrNil() {
        Pos pos = pos();
        switch (sc.tok) {
            case STAR: {
                next();
                return newIndirect(pos, type_());
            }
            case ARROW: {
                next();
                want(CHAN);
                ChanType t = new ChanType(pos);
                t.dir = ChanDir.RECV;
                t.elem = chanElem();
                return t;
            }
            case FUNC: {
                next();
                return funcType("function type");
            }
            case LBRACK: {
                next();
                if (got(RBRACK)) return sliceType(pos);
                return arrayType(pos, null);
            }
            case CHAN: {
                next();
                ChanType t = new ChanType(pos);
                if (got(ARROW)) t.dir = ChanDir.SEND;
                t.elem = chanElem();
                return t;
            }
            case MAP: {
                next();
                want(LBRACK);
                MapType t = new MapType(pos);
                t.key = type_();
                want(RBRACK);
                t.value = type_();
                return t;
            }
            case STRUCT:
                return structType();
            case INTERFACE:
                return interfaceType();
            case NAME:
                return qualifiedName(null);
            case LPAREN: {
                next();
                Expr t = type_();
                want(RPAREN);
                return t;
            }
            default:
                return null;
        }
    }

    private Expr typeInstance(Expr typ) {
        Pos pos = pos();
        want(LBRACK);
        IndexExpr x = new IndexExpr(pos);
        x.x = typ;
        if (sc.tok == RBRACK) {
            syntaxError("expected type argument list");
            x.index = badExpr();
        } else {
            x.index = typeList(true);
        }
        want(RBRACK);
        return x;
    }

    private List<Field> lastTParams = List.of();

    /** Parses [TParams](Params) Results; the type parameters are left in lastTParams. */
    private FuncType funcType(String context) {
        FuncType typ = new FuncType(pos());
        List<Field> tparams = List.of();
        if (got(LBRACK)) {
            if (!context.isEmpty()) syntaxErrorAt(typ.pos(), context + " must have no type parameters");
            if (sc.tok == RBRACK) {
                syntaxError("empty type parameter list");
                next();
            } else {
                tparams = paramList(null, null, RBRACK, true, false);
            }
        }
        want(LPAREN);
        typ.params = paramList(null, null, RPAREN, false, true);
        typ.results = funcResult();
        lastTParams = tparams;
        return typ;
    }

    private Expr arrayType(Pos pos, Expr len) {
        if (len == null && !got(DOTDOTDOT)) {
            xnest++;
            len = expr();
            xnest--;
        }
        if (sc.tok == COMMA) {
            syntaxError("unexpected comma; expected ]");
            next();
        }
        want(RBRACK);
        ArrayType t = new ArrayType(pos);
        t.len = len;
        t.elem = type_();
        return t;
    }

    private Expr sliceType(Pos pos) {
        SliceType t = new SliceType(pos);
        t.elem = type_();
        return t;
    }

    private Expr chanElem() {
        Expr typ = typeOrNil();
        if (typ == null) {
            typ = badExpr();
            syntaxError("missing channel element type");
        }
        return typ;
    }

    private StructType structType() {
        StructType typ = new StructType(pos());
        want(STRUCT);
        want(LBRACE);
        list("struct type", SEMI, RBRACE, () -> {
            fieldDecl(typ);
            return false;
        });
        return typ;
    }

    private InterfaceType interfaceType() {
        InterfaceType typ = new InterfaceType(pos());
        want(INTERFACE);
        want(LBRACE);
        list("interface type", SEMI, RBRACE, () -> {
            Field f = null;
            if (sc.tok == NAME) f = methodDecl();
            if (f == null || f.name == null) f = embeddedElem(f);
            typ.methods.add(f);
            return false;
        });
        return typ;
    }

    private List<Field> funcResult() {
        if (got(LPAREN)) return paramList(null, null, RPAREN, false, false);
        Pos pos = pos();
        Expr typ = typeOrNil();
        if (typ != null) {
            Field f = new Field(pos);
            f.type = typ;
            List<Field> l = new ArrayList<>(1);
            l.add(f);
            return l;
        }
        return new ArrayList<>(0);
    }

    private void addField(StructType styp, Pos pos, Name name, Expr typ, BasicLit tag) {
        if (tag != null) {
            for (int i = styp.fields.size() - styp.tags.size(); i > 0; i--) styp.tags.add(null);
            styp.tags.add(tag);
        }
        Field f = new Field(pos);
        f.name = name;
        f.type = typ;
        styp.fields.add(f);
    }

    private void fieldDecl(StructType styp) {
        Pos pos = pos();
        switch (sc.tok) {
            case NAME -> {
                Name name = name();
                if (sc.tok == DOT || sc.tok == LITERAL || sc.tok == SEMI || sc.tok == RBRACE) {
                    // embedded type
                    Expr typ = qualifiedName(name);
                    BasicLit tag = oliteral();
                    addField(styp, pos, null, typ, tag);
                    return;
                }
                List<Name> names = nameList(name);
                Expr typ;
                if (names.size() == 1 && sc.tok == LBRACK) {
                    typ = arrayOrTArgs();
                    if (typ instanceof IndexExpr ix) {
                        ix.x = name;
                        BasicLit tag = oliteral();
                        addField(styp, pos, null, ix, tag);
                        return;
                    }
                } else {
                    typ = type_();
                }
                BasicLit tag = oliteral();
                for (Name n : names) addField(styp, n.pos(), n, typ, tag);
            }
            case STAR -> {
                next();
                Expr typ;
                if (sc.tok == LPAREN) {
                    syntaxError("cannot parenthesize embedded type");
                    next();
                    typ = qualifiedName(null);
                    got(RPAREN);
                } else {
                    typ = qualifiedName(null);
                }
                BasicLit tag = oliteral();
                addField(styp, pos, null, newIndirect(pos, typ), tag);
            }
            case LPAREN -> {
                syntaxError("cannot parenthesize embedded type");
                next();
                Expr typ;
                if (sc.tok == STAR) {
                    Pos p2 = pos();
                    next();
                    typ = newIndirect(p2, qualifiedName(null));
                } else {
                    typ = qualifiedName(null);
                }
                got(RPAREN);
                BasicLit tag = oliteral();
                addField(styp, pos, null, typ, tag);
            }
            default -> {
                syntaxError("expected field name or embedded type");
                advance(SEMI, RBRACE);
            }
        }
    }

    private Expr arrayOrTArgs() {
        Pos pos = pos();
        want(LBRACK);
        if (got(RBRACK)) return sliceType(pos);
        Expr n = typeList(false);
        boolean comma = lastComma;
        want(RBRACK);
        if (!comma) {
            Expr elem = typeOrNil();
            if (elem != null) {
                ArrayType t = new ArrayType(pos);
                t.len = n;
                t.elem = elem;
                return t;
            }
        }
        IndexExpr t = new IndexExpr(pos);
        t.index = n;
        return t;
    }

    private BasicLit oliteral() {
        if (sc.tok == LITERAL) {
            BasicLit b = new BasicLit(pos());
            b.value = sc.lit;
            b.kind = sc.kind;
            b.bad = sc.bad;
            next();
            return b;
        }
        return null;
    }

    private Field methodDecl() {
        Field f = new Field(pos());
        Name name = name();
        final String context = "interface method";
        switch (sc.tok) {
            case LPAREN -> {
                f.name = name;
                f.type = funcType(context);
            }
            case LBRACK -> {
                Pos pos = pos();
                next();
                if (sc.tok == RBRACK) {
                    Pos p2 = pos();
                    next();
                    if (sc.tok == LPAREN) {
                        errorAt(p2, "empty type parameter list");
                        f.name = name;
                        f.type = funcType(context);
                    } else {
                        errorAt(p2, "empty type argument list");
                        f.type = name;
                    }
                    break;
                }
                List<Field> list = paramList(null, null, RBRACK, false, false);
                if (list.isEmpty()) {
                    if (sc.tok == LPAREN) {
                        f.name = name;
                        f.type = funcType(context);
                    } else {
                        f.type = name;
                    }
                    break;
                }
                if (list.getFirst().name != null) {
                    f.name = name;
                    f.type = funcType(context);
                    errorAt(pos, "interface method must have no type parameters");
                    break;
                }
                IndexExpr t = new IndexExpr(pos);
                t.x = name;
                if (list.size() == 1) {
                    t.index = list.getFirst().type;
                } else {
                    ListExpr l = new ListExpr(list.getFirst().pos());
                    for (Field e : list) l.elems.add(e.type);
                    t.index = l;
                }
                f.type = t;
            }
            default -> f.type = qualifiedName(name);
        }
        return f;
    }

    private Field embeddedElem(Field f) {
        if (f == null) {
            f = new Field(pos());
            f.type = embeddedTerm();
        }
        while (sc.tok == OPERATOR && sc.op == Operator.OR) {
            Operation t = new Operation(pos());
            t.op = Operator.OR;
            next();
            t.x = f.type;
            t.y = embeddedTerm();
            f.type = t;
        }
        return f;
    }

    private Expr embeddedTerm() {
        if (sc.tok == OPERATOR && sc.op == Operator.TILDE) {
            Operation t = new Operation(pos());
            t.op = Operator.TILDE;
            next();
            t.x = type_();
            return t;
        }
        Expr t = typeOrNil();
        if (t == null) {
            t = badExpr();
            syntaxError("expected ~ term or type");
            advance(OPERATOR, SEMI, RPAREN, RBRACK, RBRACE);
        }
        return t;
    }

    private Field paramDeclOrNil(Name name, Token follow) {
        boolean typeSetsOk = follow == RBRACK;
        Pos pos = pos();
        if (name != null) {
            pos = name.pos();
        } else if (typeSetsOk && sc.tok == OPERATOR && sc.op == Operator.TILDE) {
            return embeddedElem(null);
        }
        Field f = new Field(pos);
        if (sc.tok == NAME || name != null) {
            if (name == null) name = name();
            if (sc.tok == LBRACK) {
                f.type = arrayOrTArgs();
                if (f.type instanceof IndexExpr ix) {
                    ix.x = name;
                } else {
                    f.name = name;
                }
                if (typeSetsOk && sc.tok == OPERATOR && sc.op == Operator.OR) f = embeddedElem(f);
                return f;
            }
            if (sc.tok == DOT) {
                f.type = qualifiedName(name);
                if (typeSetsOk && sc.tok == OPERATOR && sc.op == Operator.OR) f = embeddedElem(f);
                return f;
            }
            if (typeSetsOk && sc.tok == OPERATOR && sc.op == Operator.OR) {
                f.type = name;
                return embeddedElem(f);
            }
            f.name = name;
        }
        if (sc.tok == DOTDOTDOT) {
            DotsType t = new DotsType(pos());
            next();
            t.elem = typeOrNil();
            if (t.elem == null) {
                f.type = badExpr();
                syntaxError("... is missing type");
            } else {
                f.type = t;
            }
            return f;
        }
        if (typeSetsOk && sc.tok == OPERATOR && sc.op == Operator.TILDE) {
            f.type = embeddedElem(null).type;
            return f;
        }
        f.type = typeOrNil();
        if (typeSetsOk && sc.tok == OPERATOR && sc.op == Operator.OR && f.type != null) f = embeddedElem(f);
        if (f.name != null || f.type != null) return f;
        syntaxError("expected " + follow.describe());
        advance(COMMA, follow);
        return null;
    }

    private List<Field> paramList(Name name, Expr typ, Token close, boolean requireNames, boolean dddok) {
        if (name != null && typ != null && sc.tok == close) {
            next();
            Field par = new Field(name.pos());
            par.name = name;
            par.type = typ;
            List<Field> l = new ArrayList<>(1);
            l.add(par);
            return l;
        }
        List<Field> list = new ArrayList<>();
        int[] named = {0}, typed = {0};
        Name[] nameBox = {name};
        Expr[] typBox = {typ};
        Pos end = list("parameter list", COMMA, close, () -> {
            Field par;
            if (typBox[0] != null) {
                par = new Field(nameBox[0].pos());
                par.name = nameBox[0];
                par.type = typBox[0];
            } else {
                par = paramDeclOrNil(nameBox[0], close);
            }
            nameBox[0] = null;
            typBox[0] = null;
            if (par != null) {
                if (par.name != null && par.type != null) named[0]++;
                if (par.type != null) typed[0]++;
                list.add(par);
            }
            return false;
        });
        if (list.isEmpty()) return list;

        if (named[0] == 0 && !requireNames) {
            // all unnamed: the "names" are types
            for (Field par : list) {
                if (par.name != null) {
                    par.type = par.name;
                    par.name = null;
                }
            }
        } else if (named[0] != list.size()) {
            // some named or we're in a type parameter list: all must be named
            Pos errPos = null;
            Expr t = null;
            for (int i = list.size() - 1; i >= 0; i--) {
                Field par = list.get(i);
                if (par.type != null) {
                    t = par.type;
                    if (par.name == null) {
                        errPos = Syntax.startPos(t);
                        Name n = new Name(errPos);
                        n.value = "_";
                        par.name = n;
                    }
                } else if (t != null) {
                    par.type = t;
                } else {
                    errPos = par.name.pos();
                    BadExpr b = new BadExpr(errPos);
                    par.type = b;
                }
            }
            if (errPos != null) {
                String msg;
                if (named[0] == typed[0]) {
                    errPos = end;
                    msg = requireNames ? "missing type constraint" : "missing parameter type";
                } else {
                    if (requireNames) {
                        msg = "missing type parameter name";
                        if (list.size() == 1) msg += " or invalid array length";
                    } else {
                        msg = "missing parameter name";
                    }
                }
                syntaxErrorAt(errPos, msg);
            }
        }
        boolean firstDots = true;
        for (int i = 0; i < list.size(); i++) {
            Field f = list.get(i);
            if (f.type instanceof DotsType t && (!dddok || i + 1 < list.size())) {
                if (firstDots) {
                    firstDots = false;
                    errorAt(t.pos(), dddok ? "can only use ... with final parameter" : "invalid use of ...");
                }
                f.type = t.elem;
            }
        }
        return list;
    }

    private BadExpr badExpr() { return new BadExpr(pos()); }

    // ---- statements

    private SimpleStmt simpleStmt(Expr lhs, Token keyword) {
        if (keyword == FOR && sc.tok == RANGE) return newRangeClause(null, false);
        if (lhs == null) lhs = exprList();
        if (!(lhs instanceof ListExpr) && sc.tok != ASSIGN && sc.tok != DEFINE) {
            Pos pos = pos();
            switch (sc.tok) {
                case ASSIGN_OP -> {
                    Operator op = sc.op;
                    next();
                    return newAssignStmt(pos, op, lhs, expr());
                }
                case INC_OP -> {
                    Operator op = sc.op;
                    next();
                    return newAssignStmt(pos, op, lhs, null);
                }
                case ARROW -> {
                    SendStmt s = new SendStmt(pos);
                    next();
                    s.chan = lhs;
                    s.value = expr();
                    return s;
                }
                default -> {
                    ExprStmt s = new ExprStmt(lhs.pos());
                    s.x = lhs;
                    return s;
                }
            }
        }
        switch (sc.tok) {
            case ASSIGN, DEFINE -> {
                Pos pos = pos();
                Operator op = sc.tok == DEFINE ? Operator.DEF : null;
                next();
                if (keyword == FOR && sc.tok == RANGE) return newRangeClause(lhs, op == Operator.DEF);
                Expr rhs = exprList();
                if (rhs instanceof TypeSwitchGuard x && keyword == SWITCH && op == Operator.DEF) {
                    if (lhs instanceof Name n) {
                        x.lhs = n;
                        ExprStmt s = new ExprStmt(x.pos());
                        s.x = x;
                        return s;
                    }
                }
                return newAssignStmt(pos, op, lhs, rhs);
            }
            default -> {
                syntaxError("expected := or = or comma");
                advance(SEMI, RBRACE);
                if (lhs instanceof ListExpr l) lhs = l.elems.getFirst();
                ExprStmt s = new ExprStmt(lhs.pos());
                s.x = lhs;
                return s;
            }
        }
    }

    private RangeClause newRangeClause(Expr lhs, boolean def) {
        RangeClause r = new RangeClause(pos());
        next();
        r.lhs = lhs;
        r.def = def;
        r.x = expr();
        return r;
    }

    private AssignStmt newAssignStmt(Pos pos, Operator op, Expr lhs, Expr rhs) {
        AssignStmt a = new AssignStmt(pos);
        a.op = op;
        a.lhs = lhs;
        a.rhs = rhs;
        return a;
    }

    private Stmt labeledStmtOrNil(Name label) {
        LabeledStmt s = new LabeledStmt(pos());
        s.label = label;
        want(COLON);
        if (sc.tok == RBRACE) {
            s.stmt = new EmptyStmt(pos());
            return s;
        }
        s.stmt = stmtOrNil();
        if (s.stmt != null) return s;
        syntaxErrorAt(s.pos(), "missing statement after label");
        return null;
    }

    private BlockStmt blockStmt(String context) {
        BlockStmt s = new BlockStmt(pos());
        if (!got(LBRACE)) {
            syntaxError("expected { after " + context);
            advance(NAME, RBRACE);
            s.rbrace = pos();
            if (got(RBRACE)) return s;
        }
        stmtList(s.stmts);
        s.rbrace = pos();
        want(RBRACE);
        return s;
    }

    private DeclStmt declStmt(DeclParser f) {
        DeclStmt s = new DeclStmt(pos());
        next();
        appendGroup(s.decls, f);
        return s;
    }

    private Stmt forStmt() {
        ForStmt s = new ForStmt(pos());
        header(FOR);
        s.init = hInit;
        s.cond = hCond;
        s.post = hPost;
        s.body = blockStmt("for clause");
        return s;
    }

    private SimpleStmt hInit, hPost;
    private Expr hCond;

    /** Parses an if/for/switch header into hInit, hCond, hPost. */
    private void header(Token keyword) {
        SimpleStmt init = null, post = null;
        Expr cond = null;
        want(keyword);
        if (sc.tok == LBRACE) {
            if (keyword == IF) {
                syntaxError("missing condition in if statement");
                cond = badExpr();
            }
            hInit = null;
            hCond = cond;
            hPost = null;
            return;
        }
        int outer = xnest;
        xnest = -1;
        if (sc.tok != SEMI) {
            if (got(VAR)) syntaxError("var declaration not allowed in " + keyword.text() + " initializer");
            init = simpleStmt(null, keyword);
            if (init instanceof RangeClause) {
                xnest = outer;
                hInit = init;
                hCond = null;
                hPost = null;
                return;
            }
        }
        SimpleStmt condStmt = null;
        Pos semiPos = null;
        String semiLit = null;
        body:
        {
            if (sc.tok != LBRACE) {
                if (sc.tok == SEMI) {
                    semiPos = pos();
                    semiLit = sc.lit;
                    next();
                } else {
                    want(LBRACE);
                    if (sc.tok != LBRACE) advance(LBRACE, RBRACE);
                }
                if (keyword == FOR) {
                    if (sc.tok != SEMI) {
                        if (sc.tok == LBRACE) {
                            syntaxError("expected for loop condition");
                            break body;
                        }
                        condStmt = simpleStmt(null, null);
                    }
                    want(SEMI);
                    if (sc.tok != LBRACE) {
                        post = simpleStmt(null, null);
                        if (post instanceof AssignStmt a && a.op == Operator.DEF) {
                            syntaxErrorAt(a.pos(), "cannot declare in post statement of for loop");
                        }
                    }
                } else if (sc.tok != LBRACE) {
                    condStmt = simpleStmt(null, keyword);
                }
            } else {
                condStmt = init;
                init = null;
            }
        }
        switch (condStmt) {
            case null -> {
                if (keyword == IF && semiPos != null) {
                    if (!semiLit.equals("semicolon")) {
                        syntaxErrorAt(semiPos, "unexpected " + semiLit + ", expected { after if clause");
                    } else {
                        syntaxErrorAt(semiPos, "missing condition in if statement");
                    }
                    cond = new BadExpr(semiPos);
                }
            }
            case ExprStmt es -> cond = es.x;
            default -> {
                String str;
                if (condStmt instanceof AssignStmt as && as.op == null) {
                    str = "assignment " + emphasize(as.lhs) + " = " + emphasize(as.rhs);
                } else {
                    str = Printer.string(condStmt);
                }
                syntaxErrorAt(condStmt.pos(), "cannot use " + str + " as value");
            }
        }
        xnest = outer;
        hInit = init;
        hCond = cond;
        hPost = post;
    }

    private static String emphasize(Expr x) {
        String s = Printer.string(x);
        if (x instanceof Operation op && op.y != null) return "(" + s + ")";
        return s;
    }

    private IfStmt ifStmt() {
        IfStmt s = new IfStmt(pos());
        header(IF);
        s.init = hInit;
        s.cond = hCond;
        s.then = blockStmt("if clause");
        if (got(ELSE)) {
            switch (sc.tok) {
                case IF -> s.els = ifStmt();
                case LBRACE -> s.els = blockStmt("");
                default -> {
                    syntaxError("else must be followed by if or statement block");
                    advance(NAME, RBRACE);
                }
            }
        }
        return s;
    }

    private SwitchStmt switchStmt() {
        SwitchStmt s = new SwitchStmt(pos());
        header(SWITCH);
        s.init = hInit;
        s.tag = hCond;
        if (!got(LBRACE)) {
            syntaxError("missing { after switch clause");
            advance(CASE, DEFAULT, RBRACE);
        }
        while (sc.tok != EOF && sc.tok != RBRACE) s.body.add(caseClause());
        s.rbrace = pos();
        want(RBRACE);
        return s;
    }

    private SelectStmt selectStmt() {
        SelectStmt s = new SelectStmt(pos());
        want(SELECT);
        if (!got(LBRACE)) {
            syntaxError("missing { after select clause");
            advance(CASE, DEFAULT, RBRACE);
        }
        while (sc.tok != EOF && sc.tok != RBRACE) s.body.add(commClause());
        s.rbrace = pos();
        want(RBRACE);
        return s;
    }

    private CaseClause caseClause() {
        CaseClause c = new CaseClause(pos());
        switch (sc.tok) {
            case CASE -> {
                next();
                c.cases = exprList();
            }
            case DEFAULT -> next();
            default -> {
                syntaxError("expected case or default or }");
                advance(COLON, CASE, DEFAULT, RBRACE);
            }
        }
        c.colon = pos();
        want(COLON);
        stmtList(c.body);
        return c;
    }

    private CommClause commClause() {
        CommClause c = new CommClause(pos());
        switch (sc.tok) {
            case CASE -> {
                next();
                c.comm = simpleStmt(null, null);
            }
            case DEFAULT -> next();
            default -> {
                syntaxError("expected case or default or }");
                advance(COLON, CASE, DEFAULT, RBRACE);
            }
        }
        c.colon = pos();
        want(COLON);
        stmtList(c.body);
        return c;
    }

    private Stmt stmtOrNil() {
        if (sc.tok == NAME) {
            clearPragma();
            Expr lhs = exprList();
            if (lhs instanceof Name label && sc.tok == COLON) return labeledStmtOrNil(label);
            return simpleStmt(lhs, null);
        }
        switch (sc.tok) {
            case VAR:
                return declStmt(this::varDecl);
            case CONST:
                return declStmt(this::constDecl);
            case TYPE:
                return declStmt(this::typeDecl);
            default:
                break;
        }
        clearPragma();
        switch (sc.tok) {
            case LBRACE:
                return blockStmt("");
            case OPERATOR, STAR:
                switch (sc.op) {
                    case ADD, SUB, MUL, AND, XOR, NOT:
                        return simpleStmt(null, null);
                    default:
                        return null;
                }
            case LITERAL, FUNC, LPAREN, LBRACK, STRUCT, MAP, CHAN, INTERFACE, ARROW:
                return simpleStmt(null, null);
            case FOR:
                return forStmt();
            case SWITCH:
                return switchStmt();
            case SELECT:
                return selectStmt();
            case IF:
                return ifStmt();
            case FALLTHROUGH: {
                BranchStmt s = new BranchStmt(pos());
                next();
                s.tok = FALLTHROUGH;
                return s;
            }
            case BREAK, CONTINUE: {
                BranchStmt s = new BranchStmt(pos());
                s.tok = sc.tok;
                next();
                if (sc.tok == NAME) s.label = name();
                return s;
            }
            case GO, DEFER:
                return callStmt();
            case GOTO: {
                BranchStmt s = new BranchStmt(pos());
                s.tok = GOTO;
                next();
                s.label = name();
                return s;
            }
            case RETURN: {
                ReturnStmt s = new ReturnStmt(pos());
                next();
                if (sc.tok != SEMI && sc.tok != RBRACE) s.results = exprList();
                return s;
            }
            case SEMI:
                return new EmptyStmt(pos());
            default:
                return null;
        }
    }

    private void stmtList(List<Stmt> l) {
        while (sc.tok != EOF && sc.tok != RBRACE && sc.tok != CASE && sc.tok != DEFAULT) {
            Stmt s = stmtOrNil();
            clearPragma();
            if (s == null) break;
            l.add(s);
            if (!got(SEMI) && sc.tok != RBRACE) {
                syntaxError("at end of statement");
                advance(SEMI, RBRACE, CASE, DEFAULT);
                got(SEMI);
            }
        }
    }

    /** Parses call arguments into list; returns whether the last one is followed by "...". */
    private boolean argList(List<Expr> list) {
        boolean[] hasDots = {false};
        xnest++;
        list("argument list", COMMA, RPAREN, () -> {
            list.add(expr());
            hasDots[0] = got(DOTDOTDOT);
            return hasDots[0];
        });
        xnest--;
        return hasDots[0];
    }

    // ---- common productions

    private Name name() {
        if (sc.tok == NAME) {
            Name n = new Name(pos());
            n.value = sc.lit;
            next();
            return n;
        }
        Name n = new Name(pos());
        n.value = "_";
        syntaxError("expected name");
        advance();
        return n;
    }

    private List<Name> nameList(Name first) {
        List<Name> l = new ArrayList<>(2);
        l.add(first);
        while (got(COMMA)) l.add(name());
        return l;
    }

    private Expr qualifiedName(Name name) {
        Expr x;
        if (name != null) {
            x = name;
        } else if (sc.tok == NAME) {
            x = name();
        } else {
            Name n = new Name(pos());
            n.value = "_";
            x = n;
            syntaxError("expected name");
            advance(DOT, SEMI, RBRACE);
        }
        if (sc.tok == DOT) {
            SelectorExpr s = new SelectorExpr(pos());
            next();
            s.x = x;
            s.sel = name();
            x = s;
        }
        if (sc.tok == LBRACK) x = typeInstance(x);
        return x;
    }

    private Expr exprList() {
        Expr x = expr();
        if (got(COMMA)) {
            ListExpr t = new ListExpr(x.pos());
            t.elems.add(x);
            t.elems.add(expr());
            while (got(COMMA)) t.elems.add(expr());
            x = t;
        }
        return x;
    }

    private boolean lastComma;

    /** A type list (strict) or expression list; sets lastComma if a comma was seen. */
    private Expr typeList(boolean strict) {
        boolean comma = false;
        xnest++;
        Expr x = strict ? type_() : expr();
        if (got(COMMA)) {
            comma = true;
            Expr t = typeOrNil();
            if (t != null) {
                ListExpr l = new ListExpr(x.pos());
                l.elems.add(x);
                l.elems.add(t);
                while (got(COMMA)) {
                    t = typeOrNil();
                    if (t == null) break;
                    l.elems.add(t);
                }
                x = l;
            }
        }
        xnest--;
        lastComma = comma;
        return x;
    }
}
