package p

type I interface{ M(int) }

type T1 struct{}

func (*T1) m(int) {}

type T2 struct{}

func (T2) M(string) {}

type T3 struct{}

func (*T3) M(int) {}

type R struct {
	Floats bool
	inner  int
}

type P *int
type Q *int

type E interface{}

func f(i I, r R, e E) {
	i = new(T1)
	i = T2{}
	i = T3{}
	i = new(I)
	var t *T1 = e
	_ = I(new(T1))
	var p *I = new(T2)
	_ = r.floats
	_ = R{floats: true}
	_ = R{Inner: 1}
	_ = i.(T2)
	var x Q
	_ = P(x)
	_, _, _, _ = i, t, p, x
}

type F interface {
	m(a, a int)
	_()
}

type G func(b int) (b int)

type S struct {
	*I
	*P
}

func g() int {
L:
	for {
		for {
			break L
		}
	}
}

func h() int {
	var panic = func(int) {}
	panic(1)
}

const big = 1e+1000000000
