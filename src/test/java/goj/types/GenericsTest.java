package goj.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import goj.syntax.Diagnostic;
import goj.syntax.Syntax;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker's generics: inference, instantiation, constraint satisfaction and gc's errors. */
class GenericsTest {
    private record Result(Checker checker, Info info, List<String> errors) {}

    private static Result check(String src) {
        List<Diagnostic> diags = new ArrayList<>();
        var file = Syntax.parse("p.go", src.getBytes(StandardCharsets.UTF_8), diags::add, Syntax.CHECK_BRANCHES);
        Info info = new Info();
        Checker c = new Checker(new Package("p", "p"), info, diags::add);
        c.checkFiles(List.of(file));
        List<String> errors = diags.stream().map(d -> d.pos().line() + ":" + d.pos().col() + ": " + d.msg()).toList();
        return new Result(c, info, errors);
    }

    private static List<String> instanceNames(Result r) {
        return r.checker().instances().stream().map(f -> (f.isMethod() ? f.recvBase.obj().name() + "." : "") + f.name()).toList();
    }

    @Test void infersFromArgumentsAndCoreTypes() {
        Result r = check("""
                package p
                func Map[T, U any](xs []T, f func(T) U) []U { return nil }
                func Sorted[S ~[]E, E int | string](s S) S { return s }
                type Names []string
                var a = Map([]int{1}, func(int) string { return "" })
                var b = Sorted(Names{"x"})
                var c = Sorted([]int{1})
                """);
        assertEquals(List.of(), r.errors());
        assertEquals(List.of("Map[int,string]", "Sorted[p.Names,string]", "Sorted[[]int,int]"), instanceNames(r));
    }

    @Test void untypedArgumentsTakeTheLargestDefaultType() {
        Result r = check("""
                package p
                func Max[T int | float64](a, b T) T { return a }
                var x = Max(1, 2.5)
                var y = Max(1, 2)
                """);
        assertEquals(List.of(), r.errors());
        assertEquals(List.of("Max[float64]", "Max[int]"), instanceNames(r));
    }

    @Test void untypedArgumentsComeAfterCoreTypes() {
        Result r = check("""
                package p
                func Contains[S ~[]E, E comparable](s S, v E) bool { return false }
                func Two[T any](a, b T) T { return a }
                var x = Contains([]byte("a.b"), '.')
                var y = Two(1, "a")
                """);
        assertEquals(List.of("5:16: in call to Two, mismatched types untyped int and untyped string (cannot infer T)"), r.errors());
        assertEquals(List.of("Contains[[]uint8,uint8]"), instanceNames(r));
    }

    @Test void genericFunctionArgumentsAreInstantiatedFromTheParameterType() {
        Result r = check("""
                package p
                func Compare[S ~[]E, E int | string](a, b S) int { return 0 }
                func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {}
                func f(all [][]string) { SortFunc(all, Compare) }
                func g(all [][]float64) { SortFunc(all, Compare) }
                """);
        assertEquals(List.of("5:41: float64 does not satisfy interface { int | string } (float64 missing in int | string)"), r.errors());
        assertEquals(List.of("SortFunc[[][]string,[]string]", "Compare[[]string,string]", "SortFunc[[][]float64,[]float64]"), instanceNames(r));
    }

    @Test void instancesAreCanonical() {
        Result r = check("""
                package p
                type List[T any] struct { next *List[T]; val T }
                func (l *List[T]) Len() int { return 0 }
                var a List[int]
                var b List[int]
                var c = a.next == b.next
                var d List[string]
                """);
        assertEquals(List.of(), r.errors());
        // one instance per type argument list, each with its methods
        assertEquals(List.of("List[int].Len", "List[string].Len"), instanceNames(r));
    }

    @Test void reportsGcErrors() {
        Result r = check("""
                package p
                type Number interface{ ~int | ~float64 }
                func Sum[T Number](xs ...T) T { var s T; return s }
                func Zero[T any]() T { var z T; return z }
                type Pair[K comparable, V any] struct { k K; v V }
                var _ = Sum("a", "b")
                var _ = Zero()
                var p Pair[int]
                var q Pair
                var f = Zero
                var _ = Pair[[]int, int]{}
                var _ = Sum[int, int](1)
                """);
        assertEquals(List.of(
                "6:12: string does not satisfy Number (string missing in ~int | ~float64)",
                "7:13: in call to Zero, cannot infer T (declared at p.go:4:11)",
                "8:7: not enough type arguments for type Pair: have 1, want 2",
                "9:7: cannot use generic type Pair[K comparable, V any] without instantiation",
                "10:9: cannot use generic function Zero without instantiation",
                "11:14: []int does not satisfy comparable",
                "12:18: got 2 type arguments but want 1"), r.errors());
    }

    @Test void methodsOfTypeParametersComeFromTheConstraint() {
        Result r = check("""
                package p
                type Shape interface{ Area() float64 }
                func Total[S Shape](xs []S) float64 { t := 0.0; for _, s := range xs { t += s.Area() }; return t }
                type Sq float64
                func (s Sq) Area() float64 { return float64(s) }
                var t = Total([]Sq{1})
                var u = Total([]int{1})
                """);
        assertEquals(List.of("7:14: in call to Total, S (type int) does not satisfy Shape (missing method Area)"), r.errors());
    }

    @Test void genericAliasesAreInstantiatedBySubstitution() {
        Result r = check("""
                package p
                type Pair[K comparable, V any] struct { Key K; Val V }
                type IntPair[V any] = Pair[int, V]
                type Set[T comparable] = map[T]struct{}
                var p IntPair[string]
                var q Pair[int, string] = p
                var s Set[int] = map[int]struct{}{}
                var bad Set
                type R[T any] = T
                """);
        assertEquals(List.of("8:9: cannot use generic type Set[T comparable] without instantiation",
                "9:17: cannot use type parameter declared in alias declaration as RHS"), r.errors().stream().sorted().toList()); // q = p: identical types
    }
}
