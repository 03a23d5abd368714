package p

func f() {
	var x int
	(x) := 0
	x, x := 1, 2
	a, a := 1, 2
	f := 1
	_ = f
	var s struct{ y int }
	s.y := 3
	for k, k := range []int{} {
	}
	var v int
	var v string
}

const c = 0

func g() {
	c, d := 1, 2
	_ = d
}
