package p

type S struct{ f int }

func (*S) pm() {}
func (S) vm()  {}

func f(m map[int][3]int, ms map[int]S, mi map[int]int) {
	_ = &m[0]
	m[0][1] = 2
	_ = m[0][:]
	ms[0].f = 1
	ms[0].pm()
	ms[0].vm()
	mi[0]++
	mi[0] += 2
	mi[1] = 3
	_ = [3]int{}[:]
	_ = 1[:]
}

type T struct {
	next *T
}

type TP *T
type Ti interface{}

func g() {
	_ = &T{next: {}}
	_ = &T{{}}
	_ = TP{}
	_ = &Ti{}
	_ = int{1}
	_ = make(int)
	_ = make()
	_ = append()
	_ = []*T{{}}
}
