// exit 2
package main

type Point struct {
	X, Y int
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

type Named struct {
	Point
	Name string
	tags []string
}

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func newNamed(n string) *Named {
	return &Named{Name: n, Point: Point{1, 2}}
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	println(p.X, q.X)
	r := p.Add(q)
	println(r.X, r.Y)
	pp := &p
	pp.Scale(3)
	println(p.X, p.Y, pp.X)
	p.Scale(2)
	println(p.X, p.Y, pp.Y)
	n := newNamed("a")
	n.Scale(5)
	n.tags = append(n.tags, "x")
	println(n.X, n.Y, n.Name, len(n.tags), n.Point.X)
	var c Celsius = 100
	println(c.F())
	println(p == Point{6, 12}, p != q)
	var z *Named
	println(z == nil, n != nil)
	ps := []Point{{1, 1}, {2, 2}}
	ps[1].X = 7
	for _, v := range ps {
		v.X = 100
	}
	println(ps[0].X, ps[1].X, ps[1].Y)
	var arr [2]Point
	arr[0].Y = 5
	b := arr
	b[0].Y = 6
	println(arr[0].Y, b[0].Y)
	s := new(Point)
	s.X = 4
	*s = Point{9, 9}
	println(s.X)
	println(z.Name)
}
