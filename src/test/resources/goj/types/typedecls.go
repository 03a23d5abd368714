package p

import "unsafe"

type S struct {
	m map[S]bool
}

type M map[K]int
type K [1]M

type T *struct {
	T
}

type U struct {
	unsafe.Pointer
	*I
}

type I interface{}

const big = 1 << 511
const _ = big * 2
const _ = -big - big
const _ = ^(-big * 2)
const _ = big<<1 + 0
const _ = 123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890

func shifts(s uint) {
	_ = float64(1 << s)
	_ = string(1 << s)
	_ = complex64(1 << s)
	_ = int64(1 << s)
	_ = interface{}(1 << s)
}
