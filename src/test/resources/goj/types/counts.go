package p

func three() (int, int, int) { return 1, 2, 3 }
func one() int                 { return 1 }
func f0()                      {}
func f2(a, b int)              {}
func fv(a int, b ...string)    {}

var a = three()
var b, c = one()
var d, e = 1, 2, 3
var g, h, i = 1, 2

func k() (int, error) {
	x := three()
	x, y := one()
	_, _ = x, y
	_ = nil
	_, _ = nil, 1
	z, w := nil, 1
	_, _ = z, w
	f0(1)
	f2(1)
	f2(1, "a", true)
	fv()
	fv(1, nil...)
	f2(three()...)
	fv(three()...)
	append([]int{})
	_ = append([]int{}...)
	_ = append(nil, 1)
	_ = append(1, 2)
	copy(1, []int{})
	_ = len([]int{}...)
	if x > 0 {
		return 1
	}
	return 1, nil, 2
}
