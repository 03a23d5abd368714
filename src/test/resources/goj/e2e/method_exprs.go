package main

type I interface {
	M(int) int
	Name() string
}

type T struct{ x int }

func (t T) M(k int) int      { return t.x + k }
func (t T) Name() string     { return "T" }
func (t *T) Set(v int)       { t.x = v }
func (t T) Two() (int, bool) { return t.x, true }

type E struct {
	*T
	y int
}

type V struct {
	T
}

type N int

func (n N) M(k int) int  { return int(n) * k }
func (n N) Name() string { return "N" }
func (n *N) Inc()        { *n++ }

type W struct {
	N
}

func apply(f func(T, int) int, t T) int { return f(t, 1) }

func main() {
	t := T{10}
	f := T.M
	println(f(t, 5), apply(T.M, t))
	g := (*T).M
	println(g(&t, 6))
	set := (*T).Set
	set(&t, 42)
	println(t.x)
	two := T.Two
	a, b := two(t)
	println(a, b)
	im := I.M
	println(im(t, 1), im(N(3), 4))
	nm := I.Name
	println(nm(N(1)), nm(t))
	e := E{&T{7}, 1}
	println(E.M(e, 1), (*E).M(&e, 2))
	E.Set(e, 8)
	println(e.x)
	v := V{T{3}}
	println(V.M(v, 1))
	(*V).Set(&v, 9)
	println(v.x)
	nmeth := N.M
	println(nmeth(5, 5))
	inc := (*N).Inc
	var n N = 1
	inc(&n)
	n.Inc()
	println(n)
	w := W{N(4)}
	w.Inc()
	(*W).Inc(&w)
	println(w.N)
	var i I = t
	mv := i.M
	println(mv(100))
	nv := i.Name
	i = N(2)
	println(nv(), i.Name())
	pm := n.Inc
	pm()
	pm()
	println(n)
	vm := n.M
	n = 100
	println(vm(2))
}
