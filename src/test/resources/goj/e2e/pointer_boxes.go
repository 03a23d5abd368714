package main

type I interface{ Get() int }
type J interface {
	I
	Inc()
}

type N int

func (n N) Get() int { return int(n) }
func (n *N) Inc()    { *n++ }

type S string

func main() {
	var n N = 5
	var j J = &n
	j.Inc()
	println(n, j.Get())
	var i I = &n
	println(i.Get())
	i = n
	_, ok := i.(J)
	println(ok)
	var x any = &n
	switch v := x.(type) {
	case *int:
		println("*int")
	case *N:
		*v = 42
		println("*N", n)
	}
	k := 3
	x = &k
	if p, ok := x.(*int); ok {
		*p = 7
	}
	println(k, x == any(&k), x == any(&n))
	var s S = "s"
	x = &s
	_, ok = x.(*string)
	println(ok)
	a := []int{1, 2}
	x = &a[1]
	println(x == any(&a[1]), x == any(&a[0]))
}
