package main

var g int

type S struct{ f int }

func pick(c int) *int {
	x := 1
	a := []int{5, 6}
	var s S
	var p *int
	switch c {
	case 0:
		p = &x
	case 1:
		p = &a[1]
	case 2:
		p = &g
	default:
		p = &s.f
	}
	*p += 10
	return p
}

func main() {
	for i := 0; i < 4; i++ {
		println(*pick(i))
	}
	var q *int
	if g == 0 {
		q = new(int)
	} else {
		q = &g
	}
	println(*q)
}
