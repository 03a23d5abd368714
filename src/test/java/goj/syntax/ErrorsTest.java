package goj.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Error wording and positions. Each expected list is what {@code go tool compile -e} of Go 1.27
 * printed for the same source (type-checking errors, which gc reports only for syntactically valid
 * files, left out).
 */
class ErrorsTest {
    private static Arguments c(String src, String... expected) {
        return Arguments.of(src, List.of(expected));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            c("package p\nfunc f() {\n\tx := \"abc\n}\n",
                "x.go:3:11: newline in string"),
            c("package p\nvar x = 0x\n",
                "x.go:2:11: hexadecimal literal has no digits"),
            c("package p\nfunc f() {\n\tif x := 1 {\n\t}\n}\n",
                "x.go:3:7: syntax error: cannot use x := 1 as value"),
            c("package p\nvar z = 09\n",
                "x.go:2:10: invalid digit '9' in octal literal"),
            c("package p\nx := 1\n",
                "x.go:2:1: syntax error: non-declaration statement outside function body"),
            c("package p\nfunc f() {\n\tif x {} else for {}\n}\n",
                "x.go:3:15: syntax error: else must be followed by if or statement block"),
            c("package p\nvar r = '\n",
                "x.go:2:10: newline in rune literal"),
            c("package p\nvar r = 'ab'\n",
                "x.go:2:9: more than one character in rune literal"),
            c("package p\nvar s = \"\\q\"\n",
                "x.go:2:11: unknown escape"),
            c("package p\nvar a = 1__0\n",
                "x.go:2:11: '_' must separate successive digits"),
            c("package p\nvar a = 0b12\n",
                "x.go:2:12: invalid digit '2' in binary literal"),
            c("package p\nvar a = 1e\n",
                "x.go:2:11: exponent has no digits"),
            c("package p\nvar a = 0x1.0\n",
                "x.go:2:14: hexadecimal mantissa requires a 'p' exponent"),
            c("package p\nvar a = \u0001\n",
                "x.go:2:9: invalid character U+0001"),
            c("package p\nvar a\u00ef\u00bb\u00bf = 1\n",
                "x.go:2:6: invalid BOM in the middle of the file"),
            c("package p\nvar a = 1 \u00ff\n",
                "x.go:2:11: invalid UTF-8 encoding"),
            c("package p\nfunc f() {\n\tfor i := 0; i < 10; i := 1 {}\n}\n",
                "x.go:3:24: syntax error: cannot declare in post statement of for loop"),
            c("package p\nfunc f() {\n\tgo (f())\n}\n",
                "x.go:3:5: expression in go must not be parenthesized"),
            c("package p\nfunc f() {\n\tx[1:2:] = 1\n}\n",
                "x.go:3:8: final index required in 3-index slice"),
            c("package p\nfunc f(a, b int, c) {}\n",
                "x.go:2:19: syntax error: missing parameter type"),
            c("package p\nfunc f(a ...int, b int) {}\n",
                "x.go:2:10: can only use ... with final parameter"),
            c("package p\ntype T[P] int\n"),
            c("package p\ntype I interface { M[P any]() }\n",
                "x.go:2:21: interface method must have no type parameters"),
            c("package p\nfunc f() {\n\tswitch x { case 1: fallthrough }\n}\n",
                "x.go:3:21: cannot fallthrough final case in switch"),
            c("package p\nfunc f() {\n\tbreak\n\tL: x := 1\n\tgoto L\n}\n",
                "x.go:3:2: break is not in a loop, switch, or select"),
            c("package p\nfunc f() {\n\tgoto L\n\tx := 1\nL:\n\t_ = x\n}\n",
                "x.go:3:7: goto L jumps over declaration of x at x.go:4:4"),
            c("package p\nfunc f() {\n\tvar x = []int{1, 2\n\t}\n}\n",
                "x.go:3:20: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
            c("package p\nfunc f() {\n\tf(a b)\n}\n",
                "x.go:3:6: syntax error: unexpected name b in argument list; possibly missing comma or )"),
            c("package p\nimport \"fmt\"\nfunc f() {}\nimport \"os\"\n",
                "x.go:4:1: syntax error: imports must appear before other declarations"),
            c("package p\nfunc f()\n{\n}\n",
                "x.go:3:1: syntax error: unexpected semicolon or newline before {"),
            c("package p\nfunc f() {\n\tif x == T{} {}\n}\n",
                "x.go:3:14: syntax error: unexpected { at end of statement", "x.go:4:1: syntax error: non-declaration statement outside function body"),
            c("package p\nfunc f() {\n\tfor {\n}\n",
                "x.go:5:1: syntax error: unexpected EOF, expected }"),
            c("package p\nfunc f() {\n\ta := 1 +\n}\n",
                "x.go:4:1: syntax error: unexpected }, expected expression"),
            c("package p\nvar c = chan\n",
                "x.go:3:1: syntax error: missing channel element type"),
            c("package p\nfunc f() {\n\tx.()\n}\n",
                "x.go:3:5: syntax error: unexpected ), expected type"),
            c("package p\nfunc (a, b T) m() {}\n",
                "x.go:2:15: method has multiple receivers"),
            c("package p\nfunc () m() {}\n",
                "x.go:2:9: method has no receiver"),
            c("package p\nfunc f[]() {}\n",
                "x.go:2:8: syntax error: empty type parameter list"),
            c("package p\nvar f = func[T any]() {}\n",
                "x.go:2:13: syntax error: function type must have no type parameters"),
            c("package p\nfunc f() { if x = 1 { } }\n",
                "x.go:2:17: syntax error: cannot use assignment x = 1 as value"),
            c("package p\nfunc f() { switch x := y.(type) {} ; for ; ; x := 1 {} }\n",
                "x.go:2:48: syntax error: cannot declare in post statement of for loop"),
            c("package p\n//line foo.go:10:5\nvar x = )\n",
                "foo.go:10:13: syntax error: unexpected ), expected expression"),
            c("package p\n/*line bar.go:7*/var x = )\n",
                "bar.go:7: syntax error: unexpected ), expected expression"),
            c("package p\nfunc f() {\nL:\n}\n",
                "x.go:3:1: label L defined and not used"),
            c("package p\nfunc f() {\n\tcontinue L\n}\n",
                "x.go:3:11: continue label not defined: L"),
            c("x",
                "x.go:1:1: syntax error: package statement must be first"),
            c("package p\nvar x = \"\\400\"\nvar y = \"\\uD800\"\n",
                "x.go:2:14: octal escape value 256 > 255", "x.go:3:16: escape is invalid Unicode code point U+D800"),
            c("package p\nvar x = `abc\n",
                "x.go:2:9: string not terminated"),
            c("package p\n/* abc\n",
                "x.go:2:1: comment not terminated"),
            c("package p\nfunc f() { L: for { break L }; M: { break M } }\n",
                "x.go:2:43: invalid break label M"),
            c("package p\ntype T struct { (A) }\n",
                "x.go:2:17: syntax error: cannot parenthesize embedded type"),
            c("package p\nvar x = []int{1,2}[1:2:3:4]\n",
                "x.go:2:25: syntax error: unexpected :, expected ]"),
            c("package p\nfunc f() { x := 1; x++ = 2 }\n",
                "x.go:2:24: syntax error: unexpected = at end of statement"),
            c("package p\nfunc f() { var x int; x = <-chan int(nil) }\n"),
            c("package p\nvar x = 'a\n",
                "x.go:2:11: newline in rune literal"),
            c("package p\nvar \u00e2\u0082\u00ac = 1\n",
                "x.go:2:5: invalid character U+20AC '€' in identifier"),
            c("package p\nvar x\u00cc\u0081y = 1\n",
                "x.go:2:6: invalid character U+0301 '́' in identifier"),
            c("package p\nfunc f() { for x := range y; x < 1; {} }\n",
                "x.go:2:28: syntax error: unexpected semicolon, expected { after for clause"),
            c("package p\nvar x = 1.5p3\n",
                "x.go:2:12: 'p' exponent requires hexadecimal mantissa"),
            c("package p\nvar x = 0o8\n",
                "x.go:2:11: invalid digit '8' in octal literal")        );
    }

    @ParameterizedTest
    @MethodSource("cases")
    void gcWording(String src, List<String> expected) {
        assertEquals(expected, TestUtil.errors(src), src);
    }
}
