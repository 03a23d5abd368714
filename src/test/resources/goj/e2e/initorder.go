package main

var (
	a = c + b
	b = f()
	c = f()
	d = 3
)

func f() int {
	d++
	return d
}

var x = trace("x", y)
var y = trace("y", 1)

func trace(s string, v int) int {
	println("init", s, v)
	return v + 1
}

func init() { println("init func", a, b, c, d) }

func main() { println(a, b, c, d, x, y) }
