package p

type S struct {
	x int "foo"
}

type T struct {
	x int "bar"
}

type PS *S

func f(s S, t T, ps *S, pt *T, p PS) {
	s = S(t)
	t = T(s)
	ps = (*S)(pt)
	pt = (*T)(p)
	s = t
	var u struct{ x int }
	s = S(u)
	u = struct{ x int }(t)
	_ = (*struct{ y int })(ps)
}
