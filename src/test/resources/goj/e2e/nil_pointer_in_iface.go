package main

type I interface{ M() string }

type T struct{ x int }

func (t *T) M() string {
	if t == nil {
		return "nil T"
	}
	return "T"
}

type V struct{}

func (v V) M() string { return "V" }

func main() {
	var p *T
	var i I = p
	println(i != nil, i.M())
	q, ok := i.(*T)
	println(q == nil, ok)
	var x any = p
	switch y := x.(type) {
	case nil:
		println("nil")
	case *T:
		println("*T", y == nil)
	}
	x = &T{}
	println(x.(*T).M())
	var a, b any = p, (*T)(nil)
	println(a == b)
	var pv *V
	i = pv
	defer func() { println(recover() != nil) }()
	println(i.M())
}
