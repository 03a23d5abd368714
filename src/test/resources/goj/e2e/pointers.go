package main

var g int
var gs = "glob"

type P struct {
	n    int
	name string
	f    float64
	b    byte
}

type N int

func (n *N) Inc() { *n++ }
func (n N) Get() int { return int(n) }

func inc(p *int) { *p++ }

func main() {
	p := &g
	*p = 5
	inc(&g)
	println(g, *p, p == &g)
	q := &gs
	*q += "!"
	println(gs)

	a := [4]int{1, 2, 3, 4}
	e := &a[2]
	*e = 30
	inc(&a[0])
	println(a[0], a[2], &a[1] == &a[1], &a[1] == &a[2])

	s := []byte("hello")
	b := &s[1]
	*b = 'E'
	println(string(s), *b)
	s2 := []int{1, 2, 3}
	old := &s2[0]
	s2 = append(s2, 4, 5, 6)
	*old = 100
	println(s2[0], *old)

	var x P
	pn := &x.n
	*pn = 7
	pf := &x.f
	*pf = 2.5
	pb := &x.b
	*pb = 255
	*pb++
	pname := &x.name
	*pname = "nm"
	println(x.n, x.f, x.b, x.name, pn == &x.n)

	var m [2][3]int
	row := &m[1]
	row[2] = 9
	cell := &m[1][2]
	*cell += 1
	println(m[1][2])

	var k N = 3
	k.Inc()
	pk := &k
	pk.Inc()
	println(k, pk.Get(), k.Get())

	arr := &[3]string{"a", "b", "c"}
	println(arr[1], arr[2])
	sp := &[]int{1, 2}
	println(len(*sp))
	ns := []N{1, 2}
	ns[1].Inc()
	println(ns[1])
	var z *int
	defer func() { println(recover() != nil) }()
	println(*z)
}
