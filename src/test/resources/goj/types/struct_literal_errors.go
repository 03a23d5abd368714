package p

import "unsafe"

// nil converts to unsafe.Pointer, also in a constant expression
const ptrSize = unsafe.Sizeof(unsafe.Pointer(nil))

var _ [ptrSize]int = [8]int{}

type D struct{ x, y, z int }
type C struct {
	c int
	D
}
type B struct {
	b int
	C
}
type A struct {
	a int
	B
	C
	*D
	m int
}

func (C) M() {}

var (
	_ = A{x: 0}
	_ = B{C: C{}, x: 0}
	_ = A{b: 0, B: B{}}
	_ = A{B: B{}, b: 0}
	_ = B{b: 0, b: 1}
	_ = B{M: 1}
	_ = A{c: 1}
	_ = B{q: 1}
	_ = B{x: 1, D: D{}, y: 2}
)

// promoted fields as keys (Go 1.27), through embedded structs only
var (
	_ = B{b: 1, c: 2, x: 3, y: 4}
	_ = A{a: 5, b: 6, c: 7, m: 8}
	_ = B{C: C{c: 9}, b: 10}
)
