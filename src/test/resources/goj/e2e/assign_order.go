package main

var i byte
var a [10]byte
var calls int

func f() *byte {
	i++
	return &a[i-1]
}

func g() byte {
	i++
	return 'a' + i - 1
}

type S struct{ n int }

func ps() *S {
	calls++
	return &S{}
}

func pi() *int {
	calls++
	return new(int)
}

func main() {
	*f(), *f(), *f() = g(), g(), g()
	println(string(a[3:6]), a[0], a[1], a[2])
	m := map[int]int{}
	k := 0
	m[k], k = 5, 1
	println(m[0], k)
	ps().n += 2
	*pi() += 3
	*pi()++
	println(calls)
	var np *S
	defer func() { println("recovered:", recover() != nil) }()
	_ = &np.n
}
