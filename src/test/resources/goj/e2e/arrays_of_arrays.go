package main

type M [3][2]int

type S struct {
	g [2][2]string
}

func main() {
	var a [3][2]int
	a[1][1] = 5
	b := a
	b[1][1] = 7
	println(a[1][1], b[1][1], a == b)
	c := [][2]int{{1, 2}, {3, 4}}
	c = append(c, [2]int{5, 6})
	println(len(c), c[2][1])
	var m M
	m[2] = [2]int{8, 9}
	println(m[2][0], m[2][1])
	var s S
	s.g[1][0] = "x"
	t := s
	t.g[1][0] = "y"
	println(s.g[1][0], t.g[1][0], s == t)
	d := make([][3]byte, 2)
	d[1][2] = 200
	println(d[1][2], d[0][2])
	x := [2][2]float64{{1, 2}, {3, 4}}
	println(x[1][0])
}
