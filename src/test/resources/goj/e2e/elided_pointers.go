package main

type P struct{ x, y int }

func main() {
	ps := []*P{{1, 2}, {x: 3}}
	m := map[string]*P{"a": {5, 6}}
	as := []*[2]int{{7, 8}}
	println(ps[0].y, ps[1].x, m["a"].x, as[0][1], len(ps))
	ps[0].x = 9
	q := ps[0]
	println(q.x)
}
