package main

// Defined types declared as other defined types that refer back to them through pointers.

type T1 struct {
	Next *T2
	N    int
}

type T2 T1

type T3 struct {
	Next *T4
}

type T4 T5
type T5 T6
type T6 T3

func main() {
	a := &T2{N: 1}
	b := T1{Next: a, N: 2}
	println(b.N, b.Next.N, b.Next.Next == nil)
	var t T4
	t.Next = &T4{}
	println(t.Next.Next == nil)
}
