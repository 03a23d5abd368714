// exit 2
package main

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Sq int

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string      { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string   { return "circle" }
func (s Sq) Area() float64       { return float64(s * s) }
func (s Sq) Name() string        { return "sq" }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "myerr" }

func find(n int) error {
	if n < 0 {
		return &MyErr{n}
	}
	return nil
}

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case string:
		return "string:" + v
	case Shape:
		return "shape:" + v.Name()
	default:
		return "other"
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Sq(4)}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		println(s.Name(), s.Area())
	}
	println(total)
	var i any = 42
	n, ok := i.(int)
	s, ok2 := i.(string)
	println(n, ok, s == "", ok2)
	println(describe(nil), describe(7), describe("x"), describe(Rect{}), describe(1.5))
	err := find(-1)
	println(err != nil, err.Error())
	if e, ok := err.(*MyErr); ok {
		println(e.code)
	}
	println(find(1) == nil)
	var a, b any = 3, 3
	println(a == b, a != "3")
	r1 := Rect{1, 2}
	var sh Shape = r1
	r1.W = 100
	println(sh.Area())
	var x any = "str"
	println(x.(int))
}
