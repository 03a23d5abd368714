package main

type I interface{ Name() string }

type Base struct{ n string }

func (b Base) Name() string { return "base:" + b.n }

func f() interface{} {
	type T struct{ a, b int }
	return T{1, 2}
}

func g() interface{} {
	type T struct{ a, b int }
	return T{1, 2}
}

func main() {
	type T int
	var x T = 3
	println(x)
	type L struct {
		next *L
		v    int
	}
	l := &L{v: 1, next: &L{v: 2}}
	println(l.v, l.next.v, l.next.next == nil)
	a, b := f(), g()
	println(a == b, a == f())
	switch a.(type) {
	case T:
		println("T")
	default:
		println("other")
	}
	_, ok := a.(T)
	println(ok)
	{
		type T string
		var y T = "inner"
		println(y)
	}
	type E struct {
		Base
		k int
	}
	e := E{Base{"e"}, 1}
	println(e.Name())
	m := map[T]string{1: "one"}
	println(m[1])
	fn := func() {
		type T struct{ s string }
		t := T{"closure"}
		println(t.s)
	}
	fn()
	type A = []int
	var s A = A{1, 2}
	println(len(s))
}
