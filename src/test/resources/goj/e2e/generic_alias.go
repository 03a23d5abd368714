package main

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Set[T comparable] = map[T]struct{}
type IntPair[V any] = Pair[int, V]
type List[T any] = []T

func (p Pair[K, V]) String() string { return "pair" }

func keys[T comparable](s Set[T]) int { return len(s) }

func main() {
	s := Set[string]{"a": {}, "b": {}}
	println(keys(s))
	p := IntPair[string]{1, "x"}
	var q Pair[int, string] = p
	println(q.Key, q.Val, p.String())
	var l List[float64] = []float64{1.5}
	l = append(l, 2)
	println(len(l), l[1])
}
