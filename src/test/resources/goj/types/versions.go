package p

type I interface{ M() }

type J interface {
	I
	I
	int
	M()
}

type G[T any] int

func F[T any]() {}

var s int
var _ = 1 << s
var _ = 1_000 + 0b1 + 0o7 + 0x1p4

func f() {
	for range 10 {
	}
}
