// exit 2
package main

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func double(x int) int { return 2 * x }

type Op func(a, b int) int

func main() {
	k := 3
	ys := apply([]int{1, 2, 3}, func(x int) int { return x * k })
	println(ys[0], ys[1], ys[2])
	zs := apply(ys, double)
	println(zs[2])
	next, reset := counter()
	println(next(), next(), next())
	reset()
	println(next())
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var add Op = func(a, b int) int { return a + b }
	println(add(2, 5))
	var nf func()
	println(nf == nil, add != nil)
	fib := func(n int) int { return n }
	var rec func(int) int
	rec = func(n int) int {
		if n < 2 {
			return n
		}
		return rec(n-1) + rec(n-2)
	}
	println(fib(3), rec(15))
	s := "abc"
	func() { s += "d" }()
	println(s)
	nf()
}
