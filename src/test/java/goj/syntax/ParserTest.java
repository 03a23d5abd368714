package goj.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tree shapes and positions for each construct. */
class ParserTest {
    private static List<Stmt> body(String stmts) {
        File f = TestUtil.parseOk("package p\nfunc f() {\n" + stmts + "\n}\n");
        return ((FuncDecl) f.decls.getLast()).body.stmts;
    }

    private static Expr expr(String x) {
        return ((ExprStmt) body(x).getFirst()).x;
    }

    private static String shape(String x) { return TestUtil.dump(expr(x)).strip(); }

    @Test void packageAndImports() {
        File f = TestUtil.parseOk("package main\n\nimport (\n\t\"fmt\"\n\tm \"math\"\n\t. \"os\"\n)\n");
        assertEquals("main", f.pkgName.value);
        assertEquals(3, f.decls.size());
        ImportDecl a = (ImportDecl) f.decls.get(0), b = (ImportDecl) f.decls.get(1), c = (ImportDecl) f.decls.get(2);
        assertNull(a.localPkgName);
        assertEquals("\"fmt\"", a.path.value);
        assertEquals("m", b.localPkgName.value);
        assertEquals(".", c.localPkgName.value);
        assertSame(a.group, c.group);
        assertEquals("x.go:4:2", a.pos().toString());
        assertEquals(5, b.localPkgName.pos().line());
        assertEquals(2, b.localPkgName.pos().col());
    }

    @Test void constIota() {
        File f = TestUtil.parseOk("package p\nconst (\n\tA = iota\n\tB\n\tC, D = 1, 2\n)\n");
        ConstDecl b = (ConstDecl) f.decls.get(1);
        assertEquals(1, b.iota);
        assertNull(b.values);
        ConstDecl c = (ConstDecl) f.decls.get(2);
        assertEquals(2, c.iota);
        assertInstanceOf(ListExpr.class, c.values);
    }

    @Test void genericTypesAndFuncs() {
        File f = TestUtil.parseOk("""
                package p
                type List[T any] struct { next *List[T]; val T }
                type A[P *C,] int
                type Arr [N]int
                type Alias[T comparable] = map[T]bool
                type Num interface { ~int | ~float64; String() string }
                func Map[T, U any](s []T, f func(T) U) []U { return nil }
                """);
        TypeDecl list = (TypeDecl) f.decls.get(0);
        assertEquals(1, list.tparams.size());
        assertEquals("T", list.tparams.getFirst().name.value);
        TypeDecl a = (TypeDecl) f.decls.get(1);
        assertEquals("P", a.tparams.getFirst().name.value);
        assertInstanceOf(Operation.class, a.tparams.getFirst().type);
        TypeDecl arr = (TypeDecl) f.decls.get(2);
        assertTrue(arr.tparams.isEmpty());
        assertInstanceOf(ArrayType.class, arr.type);
        TypeDecl alias = (TypeDecl) f.decls.get(3);
        assertTrue(alias.alias);
        InterfaceType num = (InterfaceType) ((TypeDecl) f.decls.get(4)).type;
        assertNull(num.methods.get(0).name);
        Operation union = (Operation) num.methods.get(0).type;
        assertEquals(Operator.OR, union.op);
        assertEquals(Operator.TILDE, ((Operation) union.x).op);
        assertEquals("String", num.methods.get(1).name.value);
        FuncDecl m = (FuncDecl) f.decls.get(5);
        assertEquals(2, m.tparams.size());
        assertSame(m.tparams.get(0).type, m.tparams.get(1).type);
    }

    @Test void genericMethods() {
        File f = TestUtil.parseOk("package p\nfunc (r *T[E]) Map[P any, Q ~int](x P) Q { return 0 }\n");
        FuncDecl d = (FuncDecl) f.decls.getFirst();
        assertEquals("r", d.recv.name.value);
        assertInstanceOf(IndexExpr.class, ((Operation) d.recv.type).x);
        assertEquals("Map", d.name.value);
        assertEquals(2, d.tparams.size());
        assertEquals("Q", d.tparams.get(1).name.value);
    }

    @Test void instantiationVersusIndex() {
        assertEquals("""
                CallExpr
                  IndexExpr
                    Name a
                    Name b
                  Name c""", shape("a[b](c)"));
        assertEquals("""
                IndexExpr
                  Name f
                  ListExpr
                    Name int
                    Name string""", shape("f[int, string]"));
        assertEquals("""
                CompositeLit nkeys=0
                  IndexExpr
                    Name x
                    Name T""", shape("x[T]{}"));
    }

    @Test void expressionsAndPrecedence() {
        assertEquals("""
                Operation ||
                  Operation &&
                    Name a
                    Operation ==
                      Name b
                      Operation +
                        Name c
                        Operation *
                          Name d
                          Name e
                  Operation ! unary
                    Name f""", shape("a && b == c + d * e || !f"));
        assertEquals("""
                SliceExpr full
                  Name s
                  Name i
                  Name j
                  Name k""", shape("s[i:j:k]"));
        assertEquals("""
                CallExpr ...
                  Name f
                  Name xs""", shape("f(xs...)"));
        assertEquals("""
                AssertExpr
                  Name x
                  Operation * unary
                    Name T""", shape("x.(*T)"));
        assertEquals("""
                Operation <- unary
                  Name ch""", shape("<-ch"));
        ParenExpr p = (ParenExpr) ((CallExpr) expr("(<-chan int)(nil)")).fun;
        assertEquals(ChanDir.RECV, ((ChanType) p.x).dir);
    }

    @Test void compositeLiteralsInHeaders() {
        IfStmt s = (IfStmt) body("if x == (T{}) {\n}").getFirst();
        Operation eq = (Operation) s.cond;
        assertInstanceOf(ParenExpr.class, eq.y);
        assertInstanceOf(CompositeLit.class, ((ParenExpr) eq.y).x);
        ForStmt fs = (ForStmt) body("for _, v := range []int{1, 2} {\n}").getFirst();
        RangeClause rc = (RangeClause) fs.init;
        assertTrue(rc.def);
        assertInstanceOf(CompositeLit.class, rc.x);
    }

    @Test void statements() {
        List<Stmt> l = body("""
                x := 1
                x++
                x += 2
                ch <- x
                go f()
                defer g()
                for i := range 10 { continue }
                for range seq { break }
                for { break }
                for i := 0; i < n; i++ {}
                switch y := x.(type) { case int: default: }
                select { case v := <-ch: _ = v; default: }
                L: for { break L }
                goto M
                M:
                return
                """);
        AssignStmt def = (AssignStmt) l.get(0);
        assertEquals(Operator.DEF, def.op);
        AssignStmt inc = (AssignStmt) l.get(1);
        assertEquals(Operator.ADD, inc.op);
        assertNull(inc.rhs);
        assertEquals(Operator.ADD, ((AssignStmt) l.get(2)).op);
        assertInstanceOf(SendStmt.class, l.get(3));
        assertEquals(Token.GO, ((CallStmt) l.get(4)).tok);
        assertEquals(Token.DEFER, ((CallStmt) l.get(5)).tok);
        ForStmt r = (ForStmt) l.get(6);
        assertInstanceOf(RangeClause.class, r.init);
        BranchStmt cont = (BranchStmt) r.body.stmts.getFirst();
        assertSame(r, cont.target);
        ForStmt r2 = (ForStmt) l.get(7);
        assertNull(((RangeClause) r2.init).lhs);
        ForStmt three = (ForStmt) l.get(9);
        assertInstanceOf(AssignStmt.class, three.init);
        assertInstanceOf(Operation.class, three.cond);
        assertInstanceOf(AssignStmt.class, three.post);
        SwitchStmt sw = (SwitchStmt) l.get(10);
        TypeSwitchGuard g = (TypeSwitchGuard) sw.tag;
        assertEquals("y", g.lhs.value);
        assertEquals(2, sw.body.size());
        assertNull(sw.body.get(1).cases);
        SelectStmt sel = (SelectStmt) l.get(11);
        assertInstanceOf(AssignStmt.class, sel.body.get(0).comm);
        assertNull(sel.body.get(1).comm);
        LabeledStmt lab = (LabeledStmt) l.get(12);
        BranchStmt brk = (BranchStmt) ((ForStmt) lab.stmt).body.stmts.getFirst();
        assertSame(lab.stmt, brk.target);
        BranchStmt gt = (BranchStmt) l.get(13);
        assertSame(l.get(14), gt.target);
        assertInstanceOf(ReturnStmt.class, ((LabeledStmt) l.get(14)).stmt);
    }

    @Test void structsAndTags() {
        File f = TestUtil.parseOk("package p\ntype S struct {\n\ta, b int `json:\"a\"`\n\t*io.Reader\n\tT[int]\n\tc string\n}\n");
        StructType s = (StructType) ((TypeDecl) f.decls.getFirst()).type;
        assertEquals(5, s.fields.size());
        assertSame(s.fields.get(0).type, s.fields.get(1).type);
        assertEquals("`json:\"a\"`", s.tags.get(1).value);
        assertNull(s.fields.get(2).name);
        assertNull(s.fields.get(3).name);
        assertInstanceOf(IndexExpr.class, s.fields.get(3).type);
        assertEquals("c", s.fields.get(4).name.value);
    }

    @Test void literals() {
        File f = TestUtil.parseOk("package p\nvar a, b, c, d, e = 0x_1F, 1.5e3, 2i, '\\n', `raw`\n");
        List<Expr> v = Syntax.unpackList(((VarDecl) f.decls.getFirst()).values);
        assertEquals(List.of(LitKind.INT, LitKind.FLOAT, LitKind.IMAG, LitKind.RUNE, LitKind.STRING),
                v.stream().map(x -> ((BasicLit) x).kind).toList());
        assertEquals("0x_1F", ((BasicLit) v.getFirst()).value);
    }

    @Test void directivesAndBuildLine() {
        File f = TestUtil.parseOk("//go:build linux && go1.22\n\npackage p\n\n//go:noinline\n//go:nosplit\nfunc f() {}\n\n//go:linkname g runtime.g\nvar g int\n");
        assertEquals("//go:build linux && go1.22", f.buildLine);
        assertEquals("go1.22", f.goVersion);
        FuncDecl fd = (FuncDecl) f.decls.getFirst();
        assertTrue(fd.pragma.has("go:noinline"));
        assertTrue(fd.pragma.has("go:nosplit"));
        VarDecl vd = (VarDecl) f.decls.get(1);
        assertEquals(List.of("g", "runtime.g"), vd.pragma.all("go:linkname").getFirst().args());
        assertEquals(4, f.directives.size());
        assertEquals("x.go:5:3", fd.pragma.directives.getFirst().pos().toString());
    }

    @Test void lineDirectives() {
        File f = TestUtil.parseOk("package p\n//line a/b.go:100\nvar x int\n/*line :7:3*/var y int\n");
        VarDecl x = (VarDecl) f.decls.get(0);
        Pos p = x.names.getFirst().pos();
        assertEquals("a/b.go", p.filename());
        assertEquals(100, p.line());
        assertEquals(0, p.col()); // no column in the directive: unknown
        assertEquals("a/b.go:100", p.toString());
        assertEquals(3, p.absLine());
        assertEquals("x.go", p.absFilename());
        VarDecl y = (VarDecl) f.decls.get(1);
        Pos q = y.names.getFirst().pos();
        assertEquals("a/b.go:7:7", q.toString());
        assertEquals(q.offset(), "package p\n//line a/b.go:100\nvar x int\n/*line :7:3*/var ".length());
    }

    @Test void commentsKeptOnRequest() {
        List<Diagnostic> errs = new java.util.ArrayList<>();
        File f = Syntax.parse("x.go", "// doc\npackage p /* c */\n".getBytes(), errs::add, Syntax.KEEP_COMMENTS);
        assertTrue(errs.isEmpty());
        assertEquals(List.of("// doc", "/* c */"), f.comments.stream().map(Comment::text).toList());
    }

    @Test void positionsCountBytes() {
        File f = TestUtil.parseOk("package p\nvar s = \"héllo\"; var t int\n");
        VarDecl t = (VarDecl) f.decls.get(1);
        assertEquals(23, t.names.getFirst().pos().col()); // é is 2 bytes
    }

    @Test void walkVisitsEverything() {
        File f = TestUtil.parseOk("package p\nfunc f(a int) int { return a + 1 }\n");
        int[] names = {0};
        Walk.inspect(f, n -> {
            if (n instanceof Name) names[0]++;
            return true;
        });
        assertEquals(6, names[0]); // p f a int int a
        assertFalse(f.decls.isEmpty());
    }

    @Test void shortStrings() {
        assertEquals("func(x int) {…}", Printer.string(expr("func(x int) { return }")));
        assertEquals("T{…}", Printer.string(expr("T{1, 2}")));
        assertEquals("a + b*c", Printer.string(expr("a + b*c")).replace(" * ", "*"));
    }

    @Test void deepNestingDoesNotCrash() {
        String src = "package p\nvar x = " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + "\n";
        List<Diagnostic> errs = new java.util.ArrayList<>();
        Syntax.parse("x.go", src.getBytes(), errs::add, 0); // either parses or reports; must not throw
    }
}
