package main

type P struct{ x int }

func main() {
	p := new(42)
	s := new("hi")
	v := P{3}
	q := new(v)
	q.x = 4
	*p++
	println(*p, *s, v.x, q.x)
}
