package main

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

// SortedCopy: S is inferred from the argument, E from S's core type.
func SortedCopy[S ~[]E, E Ordered](s S) S {
	out := make(S, len(s))
	copy(out, s)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return "pair" }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type Set[T comparable] struct{ m map[T]bool }

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]bool)}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T)           { s.m[x] = true }
func (s *Set[T]) Has(x T) bool      { return s.m[x] }
func (s *Set[T]) Len() int          { return len(s.m) }
func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		r.Add(k)
	}
	for k := range o.m {
		r.Add(k)
	}
	return r
}

type Tree[T Ordered] struct {
	left, right *Tree[T]
	val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{val: v}
	}
	if v < t.val {
		t.left = t.left.Insert(v)
	} else {
		t.right = t.right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.left.Walk(f)
	f(t.val)
	t.right.Walk(f)
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Counter[T any]() func(T) int {
	n := 0
	return func(T) int { n++; return n }
}

type Shape interface {
	Area() float64
}

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func Total[S Shape](shapes []S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func Zero[T any]() T {
	var z T
	return z
}

func Fact[T ~int | ~int64](n T) T {
	if n <= 1 {
		return 1
	}
	return n * Fact(n-1)
}

type Celsius float64

type names []string

type Number interface{ ~int | ~float64 }

func Scale[T Number](x T, k T) T { return x * k }

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

// Generic methods (Go 1.27): type parameters of their own, inferred per call.
type Box struct{ n int }

func (b Box) Map[U any](f func(int) U) U { return f(b.n) }

type Opt[T any] struct{ v T }

func (o Opt[T]) Then[U any](f func(T) U) Opt[U] { return Opt[U]{f(o.v)} }

// Inference in assignment contexts: from the function type a generic function is assigned to.
func Double[T int | float64](x T) T { return x * 2 }
func Apply(f func(int) int, x int) int { return f(x) }
func Pick() func(float64) float64 { return Double }

func main() {
	var dbl func(int) int = Double
	println(dbl(3), Apply(Double, 5), Pick()(1.5))
	var bm func(func(int) int) int = Box{7}.Map
	println(bm(func(i int) int { return i + 1 }))

	b := Box{3}
	println(b.Map(func(i int) string { return "x" }), b.Map(func(i int) int { return i + 1 }))
	o := Opt[int]{4}.Then(func(i int) bool { return i > 3 })
	println(o.v, Opt[string]{"s"}.Then(func(s string) int { return len(s) }).v)

	println(len(SortedCopy([]int{3, 1, 2})), SortedCopy([]string{"b", "c", "a"})[0])
	ns := SortedCopy(names{"z", "y"})
	println(ns[0], ns[1])

	p := MakePair("a", 1)
	println(p.Key, p.Val, p.String())
	var st interface{ String() string } = MakePair(1, 2.5)
	println(st.String())
	var any1 interface{} = p
	switch v := any1.(type) {
	case Pair[int, int]:
		println("int pair", v.Key)
	case Pair[string, int]:
		println("string-int pair", v.Key, v.Val)
	}
	println(p == Pair[string, int]{"a", 1}, p == MakePair("a", 2))

	s := NewSet(1, 2, 3)
	u := s.Union(NewSet(3, 4))
	println(u.Len(), u.Has(4), u.Has(5))

	var t *Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		t = t.Insert(w)
	}
	t.Walk(func(s string) { print(s, " ") })
	println()

	sum := Reduce([]int{1, 2, 3, 4}, 0, func(a, x int) int { return a + x })
	cat := Reduce([]int{1, 2}, "", func(a string, x int) string { return a + string(rune('0'+x)) })
	println(sum, cat)
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 })
	println(len(evens), evens[2])

	c := Counter[string]()
	c("a")
	println(c("b"))

	println(Total([]Sq{1, 2, 3}))
	println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil)
	println(Fact(10), Fact(int64(20)))
	println(Scale(Celsius(1.5), 2), Scale(3, 4))
	println(Keys(map[string]int{"a": 1, "b": 2}))
	f := Reduce[float64, float64]
	println(f([]float64{0.5, 0.25}, 0, func(a, x float64) float64 { return a + x }))
}
