package p

import "unsafe"

type E [1 << 30]int64

var e [1 << 30]E
var s struct {
	a [1 << 30]E
	x int
}

type T [1 << 30]struct{ s [1 << 30]struct{ y [1 << 30]byte } }

var _ = unsafe.Sizeof([1 << 30]E{})
var _ = unsafe.Sizeof(e)
var _ = unsafe.Offsetof(s.x)
var _ = unsafe.Sizeof(T{})

func f(t T) uintptr { return unsafe.Sizeof(t) }
