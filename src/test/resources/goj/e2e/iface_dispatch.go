// Interface calls over many dynamic types: value and pointer receivers, a named non-struct type,
// a nil *T whose method handles nil, a value receiver the method changes (a copy), results of
// several kinds, and a nil interface (a runtime error).
package main

type Shape interface {
	Area() int
	Scale(k int) Shape
	Name() string
}

type Rect struct{ w, h int }
type Square struct{ s int }
type Unit int
type Counter struct{ n int }
type Wrapped struct {
	inner Shape
	k     int
}

func (r Rect) Area() int           { r.w *= 2; return r.w * r.h / 2 }
func (r Rect) Scale(k int) Shape   { return Rect{r.w * k, r.h * k} }
func (r Rect) Name() string        { return "rect" }
func (s Square) Area() int         { return s.s * s.s }
func (s Square) Scale(k int) Shape { return Square{s.s * k} }
func (s Square) Name() string      { return "square" }
func (u Unit) Area() int           { return int(u) }
func (u Unit) Scale(k int) Shape   { return u * Unit(k) }
func (u Unit) Name() string        { return "unit" }
func (c *Counter) Area() int {
	if c == nil {
		return -1
	}
	c.n++
	return c.n
}
func (c *Counter) Scale(k int) Shape { return c }
func (c *Counter) Name() string      { return "counter" }
func (w Wrapped) Area() int          { return w.inner.Area() * w.k }
func (w Wrapped) Scale(k int) Shape  { return Wrapped{w.inner.Scale(k), w.k} }
func (w Wrapped) Name() string       { return "wrapped " + w.inner.Name() }

func main() {
	var nilCounter *Counter
	c := &Counter{}
	shapes := []Shape{Rect{2, 3}, Square{4}, Unit(7), c, Wrapped{Square{2}, 3}, nilCounter, Wrapped{c, 10}}
	total := 0
	for round := 0; round < 3; round++ {
		for i, s := range shapes {
			a := s.Area()
			total += a
			t := s.Scale(2)
			println(round, i, s.Name(), a, t.Area(), t.Name())
		}
	}
	println("total", total, "counter", c.n)
	r := Rect{5, 1}
	var s Shape = r
	println(s.Area(), r.w)
	defer func() { println("recovered:", recover().(error).Error()) }()
	var none Shape
	println(none.Area())
}
