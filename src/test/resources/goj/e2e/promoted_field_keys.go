package main

type D struct{ x, y int }
type C struct {
	c int
	D
}
type B struct {
	b int
	C
}
type A struct {
	a int
	B
	*D
}

type G[T any] struct {
	C
	v T
}

func main() {
	b := B{b: 1, c: 2, x: 3, y: 4}
	println(b.b, b.c, b.x, b.y, b.C.D.x)
	a := A{a: 5, b: 6, c: 7}
	println(a.a, a.b, a.c, a.B.C.D.y, a.D == nil)
	p := &B{C: C{c: 9}, b: 10}
	println(p.c, p.b)
	q := []B{{x: 11}, {y: 12, c: 13}}
	println(q[0].x, q[1].y, q[1].c)
	g := G[string]{v: "s", x: 14}
	println(g.v, g.x, g.C.D.x)
}
