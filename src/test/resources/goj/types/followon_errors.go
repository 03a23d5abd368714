package p

var a [3][...]byte = [3][5]byte{}

type T int

func (T) m(b []byte) (x int, y undefinedType) { return }

type I interface{ m() int }

var _ I = T(0)

func g() (U, string) { return 0, "" }

func h(f func() int) {
	_ = f < 1
	return "a" > 1
}

func r(c chan int, s []int) {
	for i, j, k := range c {
	}
	for i, j, k := range s {
		_, _ = i, j
	}
}

type S struct {
	x int
	x string
}

func sel(s S) int { return s.x }

type N struct{ f int }

func (N) m() {}

type P *N

func ptr(p P) {
	_ = p.f
	p.m()
}
