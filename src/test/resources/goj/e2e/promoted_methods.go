package main

type I interface{ M() string }
type J interface {
	I
	Set(int)
}

type A struct{ n int }

func (a A) M() string { return "A.M" }
func (a *A) Set(n int) { a.n = n }

type B struct {
	A
	x int
}

type C struct {
	*A
}

type D struct {
	B
}

type N int

func (n N) M() string { return "N.M" }
func (n *N) Set(k int) { *n = N(k) }

type E struct {
	N
}

type F struct {
	I
}

func main() {
	var i I = B{}
	println(i.M())
	var j J = &B{}
	j.Set(4)
	println(j.M(), j.(*B).n)
	c := C{&A{1}}
	j = c
	j.Set(9)
	println(c.n, j.M())
	i = D{}
	println(i.M())
	_, ok := i.(J)
	println(ok)
	e := &E{3}
	j = e
	j.Set(11)
	println(e.N, j.M())
	i = E{}
	println(i.M())
	f := F{N(1)}
	i = f
	println(i.M())
	var x any = D{}
	if y, ok := x.(I); ok {
		println("any->I", y.M())
	}
	type L struct{ A }
	i = L{}
	println(i.M())
}
