package p

import "unsafe"

// Array lengths are representable as int (checked by the type checker); a type's size must stay
// below gc's 1<<50 bytes (checked after type checking, at the declaration).
const arrayMax = 1<<50 - 1

type elem struct{ a, b, c uint64 }

var (
	fits     *[arrayMax / unsafe.Sizeof(elem{})]elem
	bytesMax *[arrayMax]bool
	tooLarge *[1 << 60]int16
	words    [1 << 62]int64
)

type V [1 << 50]bool

type list struct {
	next *list
	arr  *[1 << 48]float64
}

func f() {
	var local [1 << 51]int32
	_ = local
}
