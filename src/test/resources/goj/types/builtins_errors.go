package p

const c64 complex64 = 1e30
const _ = c64 * c64

var x complex128
var s []int
var _ int = 1i
var _ float64 = 1 + 1i
var _ = int(1i)
var _ = 1i / 0
var _ = x < x
var _ = real("a")
var _ = complex(1, "a")
var _ = complex(float32(1), float64(2))
var _ = complex(1)
var _ = min()
var _ = max(1, "a")
var _ = min(s)
var _ = min(1.5, 2, int(3))
var _ = 1.5 + int(3)
var _ = 1 << 1.5
var _ = complex(1, 2) % 2

func f() {
	clear(1)
	clear(s, s)
}

var f32 float32
var _ = complex("a", f32)
var _ = min(f32, "b")
var sh uint
var _ = real(1 << sh)
var _ = complex(1<<sh, 0)
